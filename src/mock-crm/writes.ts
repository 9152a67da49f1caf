import { entityBySet, navigationProperty, type EntityDef } from './entities';
import { checkTextLength, checkWholeNumber } from './column-rules';
import { badPayload, propertyNotFound, recordNotFound } from './errors';
import { isGuid } from './guid';
import { LOGICAL_NAME } from './present';
import type { CrmStore, Row } from './store';

const BIND = '@odata.bind';

/** A lookup target named by a bind: `/contacts(<id>)`, `contacts(<id>)` or an absolute URL. */
export function parseBindTarget(value: unknown): { set: string; id: string } {
  const match =
    typeof value === 'string'
      ? /(?:^|\/)([A-Za-z_]\w*)\(\{?([0-9a-fA-F-]{36})\}?\)$/.exec(value.trim())
      : null;
  if (!match || !isGuid(match[2])) {
    throw badPayload(`The bind value '${String(value)}' is not an entity reference.`);
  }
  return { set: match[1], id: match[2].toLowerCase() };
}

/** The lookup and target table a navigation property name stands for, long or short spelling. */
export function resolveNavigation(
  entity: EntityDef,
  name: string,
): { lookup: string; target: string } | null {
  for (const [lookup, targets] of Object.entries(entity.lookups)) {
    for (const target of targets) {
      const spellings = [navigationProperty(entity, lookup, target), `${lookup}_${target}`];
      if (spellings.includes(name)) return { lookup, target };
    }
  }
  return null;
}

/** Checks the bind's target exists and is of the lookup's table; returns its id. */
export function checkedBind(
  store: CrmStore,
  navigation: string,
  target: string,
  value: unknown,
): string {
  const bound = parseBindTarget(value);
  const targetEntity = entityBySet(bound.set);
  if (!targetEntity || targetEntity.logicalName !== target) {
    throw badPayload(`'${navigation}' must point to a ${target}, not to '${bound.set}'.`);
  }
  if (!store.get(bound.set, bound.id)) throw recordNotFound(target, bound.id);
  return bound.id;
}

/** Set by the system only: a value in a body is ignored (Dataverse does the same). */
const SYSTEM_SET = new Set(['createdon', 'modifiedon']);
const OVERRIDDEN_CREATED_ON = 'overriddencreatedon';

/**
 * Applies a POST or PATCH body to a row: columns type-checked, binds resolved. Unknown columns,
 * direct writes of `_x_value` and two binds of one lookup are refused with 400, as Dataverse
 * does. `createdon` can only be back-dated on create, through `overriddencreatedon`.
 */
export function applyWrite(
  store: CrmStore,
  entity: EntityDef,
  row: Row,
  body: Record<string, unknown>,
  columns: Set<string>,
  options: { creating?: boolean } = {},
): void {
  const bound = new Map<string, string>();

  for (const [key, value] of Object.entries(body)) {
    if (key.endsWith(BIND)) {
      const navigation = key.slice(0, -BIND.length);
      const lookup = applyBind(store, entity, row, navigation, value);
      const earlier = bound.get(lookup);
      if (earlier !== undefined) {
        throw badPayload(`'${earlier}' and '${navigation}' both set '${lookup}'; bind only one.`);
      }
      bound.set(lookup, navigation);
    } else if (key.includes('@') || SYSTEM_SET.has(key)) {
      continue;
    } else if (/^_\w+_value$/.test(key)) {
      throw badPayload(
        `Direct update of '${key}' is not supported; use the navigation property with @odata.bind.`,
      );
    } else if (!columns.has(key)) {
      throw propertyNotFound(entity.logicalName, key);
    } else if (key === OVERRIDDEN_CREATED_ON) {
      if (options.creating && value !== null) {
        // The row shows the given date; overriddencreatedon keeps when it was really created.
        row.overriddencreatedon = row.createdon;
        row.createdon = checkedValue(entity, key, value);
      }
    } else {
      row[key] = checkedValue(entity, key, value);
    }
  }

  if (entity.columns.fullname && ('firstname' in body || 'lastname' in body)) {
    row.fullname = [row.firstname, row.lastname].filter((part) => part).join(' ');
  }
}

/** Sets the lookup a navigation property stands for; returns the lookup's name. */
function applyBind(
  store: CrmStore,
  entity: EntityDef,
  row: Row,
  navigation: string,
  value: unknown,
): string {
  const resolved = resolveNavigation(entity, navigation);
  if (!resolved) throw propertyNotFound(entity.logicalName, navigation);

  const column = `_${resolved.lookup}_value`;
  if (value === null) {
    delete row[column + LOGICAL_NAME];
    row[column] = null;
    return resolved.lookup;
  }
  row[column] = checkedBind(store, navigation, resolved.target, value);
  row[column + LOGICAL_NAME] = resolved.target;
  return resolved.lookup;
}

const EDM_TYPE: Record<string, string> = {
  string: 'Edm.String',
  number: 'Edm.Int32',
  decimal: 'Edm.Decimal',
  boolean: 'Edm.Boolean',
  guid: 'Edm.Guid',
  datetime: 'Edm.DateTimeOffset',
};

function checkedValue(entity: EntityDef, key: string, value: unknown): unknown {
  const type = entity.columns[key];
  if (value === null || type === undefined) return value;

  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'number' && Number.isInteger(value)) ||
    (type === 'decimal' && typeof value === 'number' && Number.isFinite(value)) ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'guid' && typeof value === 'string' && isGuid(value)) ||
    (type === 'datetime' && typeof value === 'string' && !Number.isNaN(Date.parse(value)));
  if (!ok) {
    throw badPayload(
      `Cannot convert the literal '${JSON.stringify(value)}' to the expected type ` +
        `'${EDM_TYPE[type] ?? type}' of '${key}'.`,
    );
  }

  if (type === 'number') checkWholeNumber(entity.logicalName, key, value as number);
  if (type === 'string') checkTextLength(entity.logicalName, key, value as string);
  return type === 'guid' ? (value as string).toLowerCase() : value;
}
