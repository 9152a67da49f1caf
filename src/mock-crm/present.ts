import { entityByLogicalName, navigationProperty, type EntityDef } from './entities';
import { textOf, type CrmStore, type Row } from './store';

export const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
export const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';
export const NAVIGATION = '@Microsoft.Dynamics.CRM.associatednavigationproperty';

const STATE_LABELS: Record<string, string[]> = {
  email: ['Open', 'Completed', 'Canceled', 'Scheduled'],
  opportunity: ['Open', 'Won', 'Lost'],
  incident: ['Active', 'Resolved', 'Canceled'],
  default: ['Active', 'Inactive'],
};

export interface PresentOptions {
  select: string[] | null;
  /** `Prefer: odata.include-annotations` asked for them. */
  annotations: boolean;
}

/** A stored row as the Web API returns it: selected columns, lookups annotated on request. */
export function presentRow(
  store: CrmStore,
  entity: EntityDef,
  row: Row,
  options: PresentOptions,
): Row {
  const columns = options.select
    ? [entity.key, ...options.select.filter((name) => name !== entity.key)]
    : Object.keys(row).filter((key) => !key.includes('@') && key !== 'email_activity_parties');

  const result: Row = {};
  for (const column of columns) {
    const value = row[column] ?? null;
    if (options.annotations && value !== null) {
      Object.assign(result, annotationsFor(store, entity, row, column, value));
    }
    result[column] = value;
  }
  return result;
}

function annotationsFor(
  store: CrmStore,
  entity: EntityDef,
  row: Row,
  column: string,
  value: unknown,
): Row {
  const lookup = /^_(\w+)_value$/.exec(column);
  if (lookup && typeof value === 'string') {
    const target = textOf(row[column + LOGICAL_NAME]) ?? entity.lookups[lookup[1]]?.[0] ?? '';
    return {
      [column + FORMATTED]: recordName(store, target, value) ?? '',
      [column + NAVIGATION]: navigationProperty(entity, lookup[1], target),
      [column + LOGICAL_NAME]: target,
    };
  }

  if (column === 'statecode' && typeof value === 'number') {
    const labels = STATE_LABELS[entity.logicalName] ?? STATE_LABELS.default;
    return { [column + FORMATTED]: labels[value] ?? String(value) };
  }
  if (column === 'directioncode' && typeof value === 'boolean') {
    return { [column + FORMATTED]: value ? 'Outgoing' : 'Incoming' };
  }
  if (entity.columns[column] === 'boolean' && typeof value === 'boolean') {
    return { [column + FORMATTED]: value ? 'Yes' : 'No' };
  }
  return {};
}

/** The primary name of a row, or null when the table or row is unknown. */
export function recordName(store: CrmStore, logicalName: string, id: string): string | null {
  const target = entityByLogicalName(logicalName);
  if (!target?.primaryName) return null;

  const row = store.get(target.set, id);
  const name = row?.[target.primaryName];
  return typeof name === 'string' ? name : null;
}

/** Whether the Prefer header asks for annotations (`*` or any list that names some). */
export function wantsAnnotations(prefer: string | undefined): boolean {
  return /odata\.include-annotations\s*=\s*"?[^",;]+/i.test(prefer ?? '');
}

export function wantsRepresentation(prefer: string | undefined): boolean {
  return /return\s*=\s*representation/i.test(prefer ?? '');
}
