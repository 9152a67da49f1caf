import { TrackerError } from '../domain/errors';

/**
 * Building OData query text safely. Every value placed in a query goes through these helpers:
 * strings are quoted with inner quotes doubled, GUIDs are checked, and each query option is
 * URL-encoded as a whole.
 */

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** `O'Brien` → `O''Brien` (the OData string-literal escape). */
export function escapeODataString(value: string): string {
  return value.replace(/'/g, "''");
}

/** A quoted OData string literal: `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${escapeODataString(value)}'`;
}

/** The GUID in canonical lower-case form (braces removed), or null when it is not a GUID. */
export function normalizeGuid(value: string): string | null {
  const match = GUID.exec(value.trim());
  return match ? match[1].toLowerCase() : null;
}

/** The canonical GUID; throws TrackerError (CrmNotFound by default) for anything else. */
export function requireGuid(
  value: string,
  what: string,
  code: 'CrmNotFound' | 'CrmRejected' = 'CrmNotFound',
): string {
  const guid = normalizeGuid(value);
  if (guid === null) throw new TrackerError(code, `${what} "${value}" is not a valid CRM id.`);
  return guid;
}

/** A column or navigation name; refuses anything that could change the query's meaning. */
export function odataIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TrackerError('CrmRejected', `Bad column name "${name}".`);
  return name;
}

/** `column eq 'value'` with the value escaped. */
export function eqString(column: string, value: string): string {
  return `${odataIdentifier(column)} eq ${odataString(value)}`;
}

/** `column eq <guid>` with the GUID checked. */
export function eqGuid(column: string, value: string): string {
  return `${odataIdentifier(column)} eq ${requireGuid(value, column, 'CrmRejected')}`;
}

/** `contains(column,'text')` with the text escaped. */
export function containsString(column: string, text: string): string {
  return `contains(${odataIdentifier(column)},${odataString(text)})`;
}

/** `startswith(column,'text')` with the text escaped (case-insensitive in Dataverse). */
export function startsWithString(column: string, text: string): string {
  return `startswith(${odataIdentifier(column)},${odataString(text)})`;
}

/** Joins clauses with `or` inside parentheses; null for no clauses (nothing can match). */
export function anyOf(clauses: readonly string[]): string | null {
  if (clauses.length === 0) return null;
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' or ')})`;
}

export function allOf(clauses: readonly string[]): string {
  return clauses.join(' and ');
}

export type QueryOptions = Partial<
  Record<'$select' | '$filter' | '$orderby' | '$top' | '$expand' | '$count', string | number>
>;

/** `?$select=a,b&$filter=...` with each option value URL-encoded; '' when there is none. */
export function buildQuery(options: QueryOptions): string {
  const parts = Object.entries(options)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** `contacts(<guid>)`: the path of one row. */
export function entityPath(entitySet: string, id: string): string {
  return `${odataIdentifier(entitySet)}(${requireGuid(id, entitySet)})`;
}

/** The value of an `@odata.bind`: `/contacts(<guid>)`. */
export function bindValue(entitySet: string, id: string): string {
  return `/${odataIdentifier(entitySet)}(${requireGuid(id, entitySet, 'CrmRejected')})`;
}

/** Splits a list into chunks, for queries that would otherwise grow too long. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}
