import type { CrmLookups } from '../domain/crm-lookups';
import { threadIndexQueryPrefix } from '../domain/thread-index';
import {
  EMAIL_ENABLED_TABLES,
  REGARDING_TABLES,
  type CrmRecord,
  type CrmUser,
  type EmailEnabledTable,
  type RegardingTable,
  type TrackedEmail,
} from '../domain/crm-records';
import type { RegardingCandidate } from './crm-client';
import { TABLES } from './crm-tables';
import { packFilters } from './filter-batches';
import {
  endItems,
  firstItems,
  MAX_LOOKUP_ADDRESSES,
  MAX_LOOKUP_MESSAGE_IDS,
} from './lookup-limits';
import {
  allOf,
  buildQuery,
  containsString,
  entityPath,
  eqGuid,
  eqString,
  normalizeGuid,
  startsWithString,
} from './odata';
import {
  asRow,
  asRows,
  DETAIL_COLUMNS,
  toCandidate,
  textColumn,
  toCrmRecord,
  toTrackedEmail,
} from './row-mapping';
import type { Transport } from './web-api-transport';

const DEFAULT_SEARCH_TOP = 25;

export const TRACKED_EMAIL_SELECT = [
  'activityid',
  'messageid',
  'directioncode',
  'trackingtoken',
  'subject',
  '_regardingobjectid_value',
  '_ownerid_value',
  'createdon',
  'conversationindex',
].join(',');
export const PARTIES_EXPAND = 'email_activity_parties($select=addressused,participationtypemask)';

export async function whoAmI(send: Transport): Promise<CrmUser> {
  const who = asRow((await send('GET', 'WhoAmI')).body);
  const userId = textColumn(who, 'UserId');
  const query = buildQuery({ $select: 'fullname,internalemailaddress' });
  const user = asRow((await send('GET', `${entityPath('systemusers', userId)}${query}`)).body);

  return {
    id: userId.toLowerCase(),
    name: typeof user.fullname === 'string' ? user.fullname : '',
    address: typeof user.internalemailaddress === 'string' ? user.internalemailaddress : '',
  };
}

function recordSelect(table: EmailEnabledTable): string {
  const info = TABLES[table];
  const state = table === 'systemuser' ? ['isdisabled'] : ['statecode', '_ownerid_value'];
  return [info.key, info.nameColumn, ...info.emailColumns, 'createdon', ...state].join(',');
}

/** Reports what a lookup left out; the client's default writes to the console. */
export type LookupWarning = (message: string) => void;

/**
 * Every table, every email column, as few requests as the URL length allows (the transport
 * limits how many run at once). Past MAX_LOOKUP_ADDRESSES the rest are skipped and reported.
 */
export async function findRecordsByAddresses(
  send: Transport,
  addresses: readonly string[],
  warn: LookupWarning = console.warn,
): Promise<CrmRecord[]> {
  const unique = [...new Set(addresses.map((a) => a.trim()).filter((a) => a !== ''))];
  const capped = firstItems(unique, MAX_LOOKUP_ADDRESSES);
  if (capped.skipped > 0) {
    warn(
      `Looked up the first ${MAX_LOOKUP_ADDRESSES} of ${unique.length} addresses in the CRM; ` +
        `${capped.skipped} were skipped.`,
    );
  }

  let tooLong = 0;
  const requests = EMAIL_ENABLED_TABLES.flatMap((table) => {
    const info = TABLES[table];
    const path = (filter: string) =>
      `${info.entitySet}${buildQuery({ $select: recordSelect(table), $filter: filter })}`;
    const groups = capped.kept.map((address) =>
      info.emailColumns.map((column) => eqString(column, address)),
    );
    const packed = packFilters(groups, path);
    tooLong = Math.max(tooLong, packed.skipped);

    return packed.filters.map(async (filter) => {
      const rows = asRows((await send('GET', path(filter))).body);
      return rows.map((row) => toCrmRecord(table, row));
    });
  });
  if (tooLong > 0) {
    warn(`Skipped ${tooLong} address(es) too long to look up in the CRM.`);
  }

  const seen = new Set<string>();
  return (await Promise.all(requests)).flat().filter((record) => {
    const key = `${record.table}:${record.id.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Message-ids are looked up with and without brackets: both forms occur in real stores. A
 * Thread-Index root is looked up by a prefix of the stored conversationindex (Dataverse compares
 * it case-insensitively, so some candidates may not match: the rules compare roots exactly).
 * Past MAX_LOOKUP_MESSAGE_IDS, the first and last ids are kept and the rest reported.
 */
export async function findTrackedEmails(
  send: Transport,
  query: Parameters<CrmLookups['findTrackedEmails']>[0],
  warn: LookupWarning = console.warn,
): Promise<TrackedEmail[]> {
  const messageIds = query.messageIds
    .map((id) => id.trim().replace(/^<(.*)>$/, '$1'))
    .filter((id) => id !== '');
  const capped = endItems(messageIds, MAX_LOOKUP_MESSAGE_IDS);
  if (capped.skipped > 0) {
    warn(
      `Looked up ${MAX_LOOKUP_MESSAGE_IDS} of ${messageIds.length} Message-IDs (the first and ` +
        `the newest) in the CRM; ${capped.skipped} References were skipped.`,
    );
  }

  const groups = [
    ...capped.kept.map((id) => [eqString('messageid', `<${id}>`), eqString('messageid', id)]),
    ...query.tokens
      .filter((t) => t.trim() !== '')
      .map((t) => [eqString('trackingtoken', t.trim())]),
    ...query.activityIds
      .map((id) => normalizeGuid(id))
      .filter((id): id is string => id !== null)
      .map((id) => [eqGuid('activityid', id)]),
    ...(query.threadIndexRoots ?? [])
      .map((root) => threadIndexQueryPrefix(root.trim()))
      .filter((prefix) => prefix !== '')
      .map((prefix) => [startsWithString('conversationindex', prefix)]),
  ];

  const path = (filter: string) =>
    `emails${buildQuery({ $select: TRACKED_EMAIL_SELECT, $filter: filter, $expand: PARTIES_EXPAND })}`;
  const packed = packFilters(groups, path);
  if (packed.skipped > 0) {
    warn(`Skipped ${packed.skipped} id(s) too long to look up in the CRM.`);
  }

  const requests = packed.filters.map(async (filter) =>
    asRows((await send('GET', path(filter))).body).map(toTrackedEmail),
  );
  const byId = new Map<string, TrackedEmail>();
  for (const email of (await Promise.all(requests)).flat()) byId.set(email.activityId, email);
  return [...byId.values()];
}

/** Active rows whose name contains the text, the `first` table's rows first, at most `top`. */
export async function searchRegarding(
  send: Transport,
  text: string,
  options: { first?: string; top?: number } = {},
): Promise<RegardingCandidate[]> {
  const top = Math.max(1, Math.floor(options.top ?? DEFAULT_SEARCH_TOP));
  const first = REGARDING_TABLES.find((table) => table === options.first);
  const order: RegardingTable[] = first
    ? [first, ...REGARDING_TABLES.filter((table) => table !== first)]
    : [...REGARDING_TABLES];

  const results = await Promise.all(
    order.map(async (table) => {
      const info = TABLES[table];
      const query = buildQuery({
        $select: [info.key, info.nameColumn, ...DETAIL_COLUMNS[table]].join(','),
        $filter: allOf([containsString(info.nameColumn, text.trim()), 'statecode eq 0']),
        $orderby: `${info.nameColumn} asc`,
        $top: top,
      });
      const rows = asRows((await send('GET', `${info.entitySet}${query}`)).body);
      return rows.map((row) => toCandidate(table, row));
    }),
  );
  return results.flat().slice(0, top);
}
