import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entityBySet, type EntityDef } from './entities';
import { isGuid } from './guid';
import {
  DEFAULT_ORGANIZATION_ID,
  ORGANIZATION_DEFAULTS,
  USERSETTINGS_DEFAULTS,
} from './settings-defaults';
import type { Row } from './store';

export const DEFAULT_SEED_PATH = resolve(__dirname, '..', '..', 'data', 'demo-seed.json');

const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

/** Used when no seed file exists yet: the demo mailbox owner only. */
const BUILT_IN_SEED = {
  systemusers: [
    {
      systemuserid: '5b1f3c9e-7a51-4c1d-9a55-b0b0b0b0b001',
      fullname: 'Bob Fabrikam',
      firstname: 'Bob',
      lastname: 'Fabrikam',
      internalemailaddress: 'bob@fabrikam.example',
      isdisabled: false,
    },
  ],
};

/** The seed file to read: the option, else data/demo-seed.json, else null (built-in seed). */
export function resolveSeedPath(option: string | undefined): string | null {
  if (option !== undefined) return option;
  if (existsSync(DEFAULT_SEED_PATH)) return DEFAULT_SEED_PATH;

  console.warn(`Mock CRM: ${DEFAULT_SEED_PATH} is missing; starting with a one-user seed.`);
  return null;
}

/** Reads and checks a seed document; throws an Error naming the first bad row. */
export function loadSeedRows(path: string | null): { set: string; id: string; row: Row }[] {
  const document: unknown = path === null ? BUILT_IN_SEED : JSON.parse(readFileSync(path, 'utf8'));
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new Error(`Seed ${path}: expected a JSON object of entity sets.`);
  }

  const rows: { set: string; id: string; row: Row }[] = [];
  const now = new Date().toISOString();
  for (const [set, value] of Object.entries(document)) {
    const entity = entityBySet(set);
    if (!entity) {
      console.warn(`Mock CRM seed: ignoring unknown entity set '${set}'.`);
      continue;
    }
    if (!Array.isArray(value)) throw new Error(`Seed ${path}: '${set}' is not an array.`);

    for (const [index, item] of value.entries()) {
      const row = normalizeSeedRow(entity, item, now, `${set}[${index}]`);
      rows.push({ set, id: row[entity.key] as string, row });
    }
  }

  if (!rows.some((r) => r.set === 'organizations')) {
    rows.push({ set: 'organizations', id: DEFAULT_ORGANIZATION_ID, row: defaultOrganization() });
  }
  return rows;
}

function defaultOrganization(): Row {
  return { organizationid: DEFAULT_ORGANIZATION_ID, ...ORGANIZATION_DEFAULTS };
}

function normalizeSeedRow(entity: EntityDef, item: unknown, now: string, where: string): Row {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new Error(`Seed row ${where} is not an object.`);
  }

  const row: Row = { ...(item as Row) };
  const id = row[entity.key];
  if (typeof id !== 'string' || !isGuid(id)) {
    throw new Error(`Seed row ${where} has no GUID ${entity.key}.`);
  }
  row[entity.key] = id.toLowerCase();

  if (entity.set === 'organizations') Object.assign(row, { ...ORGANIZATION_DEFAULTS, ...row });
  if (entity.set === 'usersettingscollection') {
    Object.assign(row, { ...USERSETTINGS_DEFAULTS, ...row });
  }
  if (entity.set !== 'organizations' && entity.set !== 'usersettingscollection') {
    row.statecode ??= entity.set === 'emails' ? 1 : 0;
    row.createdon ??= now;
  }

  normalizeLookups(entity.lookups, row);
  if (entity.set === 'emails') row.email_activity_parties = seedParties(row, where);
  return row;
}

/** Lower-cases lookup GUIDs and adds the logical-name annotation when a lookup has one target. */
function normalizeLookups(lookups: Readonly<Record<string, readonly string[]>>, row: Row): void {
  for (const [name, targets] of Object.entries(lookups)) {
    const column = `_${name}_value`;
    const value = row[column];
    if (typeof value !== 'string') continue;

    row[column] = value.toLowerCase();
    if (row[column + LOGICAL_NAME] === undefined && targets.length === 1) {
      row[column + LOGICAL_NAME] = targets[0];
    }
  }
}

function seedParties(email: Row, where: string): Row[] {
  const parties = email.email_activity_parties ?? [];
  if (!Array.isArray(parties)) throw new Error(`Seed row ${where}: parties are not an array.`);

  return parties.map((party: Row) => {
    const row: Row = { ...party };
    row.activitypartyid =
      typeof row.activitypartyid === 'string' ? row.activitypartyid : randomUUID();
    row._activityid_value = email.activityid;
    if (typeof row._partyid_value === 'string')
      row._partyid_value = row._partyid_value.toLowerCase();
    return row;
  });
}
