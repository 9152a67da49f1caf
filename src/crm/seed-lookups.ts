import { addressKey } from '../domain/address';
import type { CrmLookups } from '../domain/crm-lookups';
import type {
  CrmRecord,
  CrmUser,
  EmailEnabledTable,
  RecordRef,
  TrackedEmail,
} from '../domain/crm-records';
import { TrackerError } from '../domain/errors';
import { normalizeMessageId } from '../domain/message-id';
import { sameRecordId } from '../domain/record-id';
import { threadIndexQueryPrefix, threadIndexRoot } from '../domain/thread-index';

type Row = Record<string, unknown>;

/** How each table of the seed document is read (format: data/demo-seed.json). */
interface TableShape {
  set: string;
  idColumn: string;
  emailColumns: string[];
  name(row: Row): string;
}

const personName = (row: Row) =>
  text(row.fullname) || [text(row.firstname), text(row.lastname)].filter(Boolean).join(' ');

const TABLES: Record<string, TableShape> = {
  systemuser: {
    set: 'systemusers',
    idColumn: 'systemuserid',
    emailColumns: ['internalemailaddress'],
    name: personName,
  },
  contact: {
    set: 'contacts',
    idColumn: 'contactid',
    emailColumns: emailColumns(),
    name: personName,
  },
  account: {
    set: 'accounts',
    idColumn: 'accountid',
    emailColumns: emailColumns(),
    name: (row) => text(row.name),
  },
  lead: { set: 'leads', idColumn: 'leadid', emailColumns: emailColumns(), name: personName },
  queue: {
    set: 'queues',
    idColumn: 'queueid',
    emailColumns: ['emailaddress'],
    name: (row) => text(row.name),
  },
  opportunity: {
    set: 'opportunities',
    idColumn: 'opportunityid',
    emailColumns: [],
    name: (row) => text(row.name),
  },
  incident: {
    set: 'incidents',
    idColumn: 'incidentid',
    emailColumns: [],
    name: (row) => text(row.title),
  },
};

const EMAIL_TABLES: EmailEnabledTable[] = ['systemuser', 'contact', 'account', 'lead', 'queue'];
const LOOKUP_TABLE = '@Microsoft.Dynamics.CRM.lookuplogicalname';
const FORMATTED = '@OData.Community.Display.V1.FormattedValue';

/**
 * CrmLookups over a seed document held in memory, for the command-line tool. `userAddress`
 * picks the current user (default: the first systemuser). Throws TrackerError 'BadOption' with
 * the offending place when the document does not have the seed shape.
 */
export function createSeedLookups(seed: unknown, userAddress?: string): CrmLookups {
  const document = validateSeed(seed);
  const records = EMAIL_TABLES.flatMap((table) =>
    rows(document, TABLES[table].set).map((row) => toRecord(table, row)),
  );
  const emails = rows(document, 'emails').map((row) => ({
    email: toTrackedEmail(row, document),
    conversationIndex: text(row.conversationindex).toLowerCase(),
  }));
  const user = pickUser(document, userAddress);

  return {
    whoAmI: settle(() => user),

    findRecordsByAddresses: settle((addresses) => {
      const wanted = new Set(addresses.map((address) => addressKey(address)));
      return records.filter((record) =>
        record.addresses.some((address) => wanted.has(addressKey(address))),
      );
    }),

    findTrackedEmails: settle(({ messageIds, tokens, activityIds, threadIndexRoots = [] }) => {
      const ids = new Set(messageIds.map((id) => normalizeMessageId(id)).filter(Boolean));
      const upperTokens = new Set(tokens.map((token) => token.trim().toUpperCase()));
      // The same candidates as the Web API's startswith(conversationindex, prefix), which
      // Dataverse compares case-insensitively; the rules compare whole roots exactly.
      const prefixes = threadIndexRoots
        .map((root) => threadIndexQueryPrefix(root.trim()).toLowerCase())
        .filter((prefix) => prefix !== '');
      return emails
        .filter(
          ({ email, conversationIndex }) =>
            ids.has(normalizeMessageId(email.messageId)) ||
            (email.trackingToken !== null && upperTokens.has(email.trackingToken.toUpperCase())) ||
            activityIds.some((id) => sameRecordId(id, email.activityId)) ||
            prefixes.some((prefix) => conversationIndex.startsWith(prefix)),
        )
        .map(({ email }) => email);
    }),
  };
}

/** A lookup over memory as an asynchronous call: its result resolves, its throw rejects. */
function settle<A extends unknown[], R>(lookup: (...args: A) => R): (...args: A) => Promise<R> {
  return (...args) => new Promise((resolve) => resolve(lookup(...args)));
}

/** The rows of one entity set (empty when the set is absent). */
export function seedRows(seed: unknown, set: string): Row[] {
  return rows(validateSeed(seed), set);
}

function validateSeed(seed: unknown): Row {
  if (!isRow(seed)) throw bad('the seed document must be a JSON object of entity sets');

  for (const shape of [...Object.values(TABLES), { set: 'emails', idColumn: 'activityid' }]) {
    const value = seed[shape.set];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw bad(`"${shape.set}" must be an array of rows`);
    value.forEach((row, index) => {
      const where = `${shape.set}[${index}]`;
      if (!isRow(row)) throw bad(`${where} must be an object`);
      if (typeof row[shape.idColumn] !== 'string' || row[shape.idColumn] === '') {
        throw bad(`${where}.${shape.idColumn} must be a non-empty string`);
      }
      const columns = 'emailColumns' in shape ? shape.emailColumns : [];
      for (const column of columns) {
        const cell = row[column];
        if (cell !== undefined && cell !== null && typeof cell !== 'string') {
          throw bad(`${where}.${column} must be a string or null`);
        }
      }
    });
  }
  if (rows(seed, 'systemusers').length === 0) throw bad('"systemusers" must have at least one row');
  return seed;
}

/** The sets a seed document may hold besides the looked-up tables (read for settings). */
const SETTINGS_SETS = ['organizations', 'usersettingscollection'];

/** The top-level sets of a seed document that nothing here reads (a typo, say). */
export function unreadSeedSets(seed: unknown): string[] {
  const known = new Set([...Object.values(TABLES).map((shape) => shape.set), 'emails']);
  SETTINGS_SETS.forEach((set) => known.add(set));
  return Object.keys(validateSeed(seed)).filter((set) => !known.has(set));
}

/**
 * The system user with an address (any letter case), or null. Throws like createSeedLookups
 * when the document does not have the seed shape.
 */
export function findSeedUser(seed: unknown, userAddress: string): CrmUser | null {
  const row = rows(validateSeed(seed), 'systemusers').find(
    (user) => addressKey(text(user.internalemailaddress)) === addressKey(userAddress),
  );
  return row ? toUser(row) : null;
}

function pickUser(seed: Row, userAddress: string | undefined): CrmUser {
  if (!userAddress) return toUser(rows(seed, 'systemusers')[0]);
  const user = findSeedUser(seed, userAddress);
  // Not the data file's fault: the caller asked for a user it does not hold.
  if (!user) throw new TrackerError('BadOption', `No system user has the address ${userAddress}.`);
  return user;
}

function toUser(row: Row): CrmUser {
  return {
    id: text(row.systemuserid),
    name: personName(row),
    address: text(row.internalemailaddress),
  };
}

function toRecord(table: EmailEnabledTable, row: Row): CrmRecord {
  const shape = TABLES[table];
  return {
    table,
    id: text(row[shape.idColumn]),
    name: shape.name(row),
    addresses: shape.emailColumns.map((column) => text(row[column])).filter(Boolean),
    ownerId: text(row._ownerid_value) || null,
    createdOn: text(row.createdon),
    active: row.statecode === undefined || row.statecode === null || row.statecode === 0,
    disabled: table === 'systemuser' && row.isdisabled === true,
  };
}

function toTrackedEmail(row: Row, seed: Row): TrackedEmail {
  const ownerId = text(row._ownerid_value) || null;
  const owner = ownerId ? findRow(seed, 'systemuser', ownerId) : null;
  const parties = Array.isArray(row.email_activity_parties) ? row.email_activity_parties : [];
  return {
    activityId: text(row.activityid),
    messageId: text(row.messageid) || null,
    direction: row.directioncode === true ? 'outgoing' : 'incoming',
    trackingToken: text(row.trackingtoken).trim() || null,
    subject: text(row.subject),
    regarding: regardingOf(row, seed),
    ownerId,
    ownerName: (owner ? personName(owner) : '') || text(row[`_ownerid_value${FORMATTED}`]) || null,
    createdOn: text(row.createdon),
    conversationIndexRoot: threadIndexRoot(text(row.conversationindex)),
    partyAddresses: parties
      .filter(isRow)
      .map((party) => text(party.addressused))
      .filter(Boolean),
  };
}

function regardingOf(row: Row, seed: Row): RecordRef | null {
  const id = text(row._regardingobjectid_value);
  const table = text(row[`_regardingobjectid_value${LOOKUP_TABLE}`]);
  if (!id || !table) return null;
  const target = findRow(seed, table, id);
  const formatted = text(row[`_regardingobjectid_value${FORMATTED}`]);
  const name = formatted || (target && TABLES[table] ? TABLES[table].name(target) : '') || id;
  return { table, id, name };
}

function findRow(seed: Row, table: string, id: string): Row | null {
  const shape = TABLES[table];
  if (!shape) return null;
  return rows(seed, shape.set).find((row) => sameRecordId(text(row[shape.idColumn]), id)) ?? null;
}

function rows(seed: Row, set: string): Row[] {
  const value = seed[set];
  return Array.isArray(value) ? value.filter(isRow) : [];
}

function emailColumns(): string[] {
  return ['emailaddress1', 'emailaddress2', 'emailaddress3'];
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function bad(message: string): TrackerError {
  return new TrackerError('BadOption', `The CRM data file is not valid: ${message}.`);
}
