import type { CrmRecord, EmailEnabledTable, RecordRef, TrackedEmail } from '../domain/crm-records';
import { TrackerError } from '../domain/errors';
import { threadIndexRoot } from '../domain/thread-index';
import type { RegardingCandidate } from './crm-client';
import { TABLES } from './crm-tables';

/** Rows are plain Web API JSON: column logical names and OData annotations. */
export type WebApiRow = Record<string, unknown>;

export const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
export const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

export function asRow(body: unknown): WebApiRow {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TrackerError('CrmRejected', 'The CRM answered with an unexpected document.');
  }
  return body as WebApiRow;
}

/** The `value` array of a collection answer. */
export function asRows(body: unknown): WebApiRow[] {
  const value = asRow(body).value;
  if (!Array.isArray(value)) {
    throw new TrackerError('CrmRejected', 'The CRM answered without a list of rows.');
  }
  return value.map(asRow);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A text column's value, or '' when the column is missing or holds something else. */
export function textColumn(row: WebApiRow, column: string): string {
  return text(row[column]) ?? '';
}

/** A lookup column as a RecordRef, using the annotations Prefer asked for. */
export function lookupRef(row: WebApiRow, lookup: string): RecordRef | null {
  const column = `_${lookup}_value`;
  const id = text(row[column]);
  if (id === null) return null;
  return {
    table: text(row[column + LOGICAL_NAME]) ?? '',
    id,
    name: text(row[column + FORMATTED]) ?? '',
  };
}

export function toCrmRecord(table: EmailEnabledTable, row: WebApiRow): CrmRecord {
  const info = TABLES[table];
  const statecode = row.statecode;
  return {
    table,
    id: text(row[info.key]) ?? '',
    name: text(row[info.nameColumn]) ?? '',
    addresses: info.emailColumns
      .map((column) => text(row[column]))
      .filter((address): address is string => address !== null && address.trim() !== ''),
    ownerId: text(row._ownerid_value),
    createdOn: text(row.createdon) ?? '',
    // systemuser has no statecode: its state is isdisabled.
    active: statecode === undefined || statecode === null || statecode === 0,
    disabled: table === 'systemuser' && row.isdisabled === true,
  };
}

export function toTrackedEmail(row: WebApiRow): TrackedEmail {
  const parties = Array.isArray(row.email_activity_parties) ? row.email_activity_parties : [];
  const owner = lookupRef(row, 'ownerid');
  return {
    activityId: text(row.activityid) ?? '',
    messageId: text(row.messageid),
    direction: row.directioncode === true ? 'outgoing' : 'incoming',
    trackingToken: text(row.trackingtoken),
    subject: text(row.subject) ?? '',
    regarding: lookupRef(row, 'regardingobjectid'),
    ownerId: owner?.id ?? null,
    ownerName: owner?.name || null,
    createdOn: text(row.createdon) ?? '',
    conversationIndexRoot: threadIndexRoot(text(row.conversationindex)),
    partyAddresses: parties
      .map((party) => text(asRow(party).addressused))
      .filter((address): address is string => address !== null && address !== ''),
  };
}

/** Columns read for the second line of a Set Regarding result. */
export const DETAIL_COLUMNS: Readonly<Record<RegardingCandidate['table'], readonly string[]>> = {
  account: ['emailaddress1', 'address1_city'],
  contact: ['emailaddress1', '_parentcustomerid_value'],
  lead: ['companyname', 'emailaddress1'],
  opportunity: ['_customerid_value'],
  incident: ['ticketnumber', '_customerid_value'],
};

export function toCandidate(
  table: RegardingCandidate['table'],
  row: WebApiRow,
): RegardingCandidate {
  const info = TABLES[table];
  const detail = DETAIL_COLUMNS[table]
    .map((column) => (column.startsWith('_') ? text(row[column + FORMATTED]) : text(row[column])))
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
  return {
    table,
    id: text(row[info.key]) ?? '',
    name: text(row[info.nameColumn]) ?? '',
    detail,
  };
}
