import * as v from 'valibot';

import { checkCrmAddress } from './crm-address';

/**
 * Valibot schemas that coerce one raw settings value to its typed form. Values arrive from JSON
 * documents, Web API rows and OrgDBOrgSettings XML (where everything is text), so numbers and
 * booleans are also accepted as text.
 */

const booleanText = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.picklist(['true', 'false', '1', '0']),
  v.transform((text) => text === 'true' || text === '1'),
);

/** true/false and 1/0, as booleans, numbers or text in any letter case. */
export const booleanValue = v.union([
  v.boolean(),
  v.pipe(
    v.picklist([0, 1]),
    v.transform((bit) => bit === 1),
  ),
  booleanText,
]);

/** OrgDB 0/1 switches: the same spellings as booleanValue, as 0 or 1. */
export const bitValue = v.pipe(
  booleanValue,
  v.transform((on): 0 | 1 => (on ? 1 : 0)),
);

const numberText = v.pipe(v.string(), v.trim(), v.regex(/^[+-]?\d+(\.\d+)?$/), v.transform(Number));

/**
 * A whole number, as a number or as decimal text. Huge values (1e20) are still whole numbers:
 * the field's range then clamps them, rather than the value being thrown away.
 */
export const integerValue = v.pipe(
  v.union([v.pipe(v.number(), v.finite()), numberText]),
  v.integer(),
);

/** One of the listed words, letter case and surrounding spaces ignored. */
export function choiceValue<const T extends string>(values: readonly T[]) {
  return v.pipe(v.string(), v.trim(), v.toLowerCase(), v.picklist(values));
}

/** Any text, trimmed. */
export const textValue = v.pipe(v.string(), v.trim());

/** A table logical name such as `account`, or empty. */
export const logicalNameValue = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^([a-z_][a-z0-9_]*)?$/),
);

/** Prefixes separated by ';' (current first); blanks dropped; at least one prefix. */
export const prefixListValue = v.pipe(
  v.string(),
  v.transform((text) =>
    text
      .split(';')
      .map((prefix) => prefix.trim())
      .filter((prefix) => prefix !== '')
      .join(';'),
  ),
  v.nonEmpty(),
);

function compilesAsRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A regular expression's source that JavaScript can compile. */
export const regExpValue = v.pipe(v.string(), v.check(compilesAsRegExp));

/** '' or an https base URL without a query; trailing slashes and a Web API path dropped. */
export const baseUrlValue = v.pipe(
  v.string(),
  v.check((text) => checkCrmAddress(text).ok),
  v.transform((text) => {
    const checked = checkCrmAddress(text);
    return checked.ok ? checked.value : '';
  }),
);
