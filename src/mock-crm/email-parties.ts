import { randomUUID } from 'node:crypto';
import {
  ACTIVITY_PARTY_COLUMNS,
  entityByLogicalName,
  PARTY_TARGETS,
  type EntityDef,
} from './entities';
import { checkTextLength } from './column-rules';
import { badPayload, propertyNotFound } from './errors';
import { LOGICAL_NAME } from './present';
import type { CrmStore, Row } from './store';
import { checkedBind } from './writes';

/** activityparty as a table, for presenting embedded party rows. */
export const ACTIVITY_PARTY: EntityDef = {
  set: 'activityparties',
  logicalName: 'activityparty',
  key: 'activitypartyid',
  primaryName: null,
  emailColumns: [],
  columns: ACTIVITY_PARTY_COLUMNS,
  lookups: { partyid: PARTY_TARGETS, activityid: ['email'] },
  creatable: false,
  deletable: false,
};

const PARTY_BIND = /^partyid_(\w+)@odata\.bind$/;

/**
 * Builds the party rows of a deep insert. Each party names its row with
 * `partyid_<table>@odata.bind`, or gives only `addressused` (an unresolved address).
 */
export function buildParties(store: CrmStore, activityId: string, value: unknown): Row[] {
  if (!Array.isArray(value)) throw badPayload("'email_activity_parties' must be an array.");

  return value.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw badPayload(`Party ${index} is not an object.`);
    }
    const party: Row = {
      activitypartyid: randomUUID(),
      _activityid_value: activityId,
      [`_activityid_value${LOGICAL_NAME}`]: 'email',
    };

    for (const [key, field] of Object.entries(item as Row)) {
      applyPartyField(store, party, key, field, index);
    }

    if (party._partyid_value === undefined && typeof party.addressused !== 'string') {
      throw badPayload(`Party ${index} has neither a partyid bind nor an addressused.`);
    }
    if (typeof party.participationtypemask !== 'number') {
      throw badPayload(`Party ${index} has no participationtypemask.`);
    }
    party.addressused ??= primaryAddress(store, party);
    return party;
  });
}

function applyPartyField(store: CrmStore, party: Row, key: string, value: unknown, index: number) {
  const bind = PARTY_BIND.exec(key);
  if (bind) {
    const target = bind[1];
    if (!(PARTY_TARGETS as readonly string[]).includes(target)) {
      throw propertyNotFound('activityparty', key.replace('@odata.bind', ''));
    }
    if (party._partyid_value !== undefined) {
      throw badPayload(`Party ${index} binds more than one partyid; bind only one.`);
    }
    party._partyid_value = checkedBind(store, `partyid_${target}`, target, value);
    party[`_partyid_value${LOGICAL_NAME}`] = target;
  } else if (key === 'addressused') {
    if (typeof value !== 'string') throw badPayload(`Party ${index}: addressused is not text.`);
    checkTextLength('activityparty', 'addressused', value);
    party.addressused = value;
  } else if (key === 'participationtypemask') {
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 11) {
      throw badPayload(`Party ${index}: participationtypemask must be 1 to 11.`);
    }
    party.participationtypemask = value;
  } else if (!key.includes('@')) {
    throw propertyNotFound('activityparty', key);
  }
}

/** The first email column of the bound row, as Dataverse fills addressused. */
function primaryAddress(store: CrmStore, party: Row): string | null {
  const target = entityByLogicalName(String(party[`_partyid_value${LOGICAL_NAME}`]));
  const row = target ? store.get(target.set, String(party._partyid_value)) : null;
  const column = target?.emailColumns.find((name) => typeof row?.[name] === 'string');
  return column ? String(row?.[column]) : null;
}

/** `$select` inside the parties expansion; `partyid` is read as `_partyid_value`. */
export function partySelect(select: string[] | null): string[] | null {
  if (!select) return null;
  return select.map((name) => {
    const column = name === 'partyid' ? '_partyid_value' : name;
    if (!(column in ACTIVITY_PARTY_COLUMNS)) throw propertyNotFound('activityparty', name);
    return column;
  });
}
