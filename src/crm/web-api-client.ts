import type { EmailActivityDraft, SenderRecordDraft } from '../domain/activity-draft';
import type { RecordRef, TrackedEmail } from '../domain/crm-records';
import { TrackerError } from '../domain/errors';
import type { CrmClient } from './crm-client';
import {
  emailCreateBody,
  regardingBind,
  regardingNavigation,
  senderRecordBody,
} from './email-body';
import { buildQuery, entityPath, normalizeGuid, requireGuid } from './odata';
import {
  asRow,
  asRows,
  lookupRef,
  textColumn,
  toTrackedEmail,
  type WebApiRow,
} from './row-mapping';
import {
  findRecordsByAddresses,
  findTrackedEmails,
  type LookupWarning,
  PARTIES_EXPAND,
  searchRegarding,
  TRACKED_EMAIL_SELECT,
  whoAmI,
} from './web-api-lookups';
import { createTransport, type Transport, type TransportOptions } from './web-api-transport';

export interface WebApiClientOptions extends TransportOptions {
  /** Where lookups report what they left out (a capped message); default console.warn. */
  onWarning?: LookupWarning;
}

/**
 * The CRM client over the Dataverse Web API v9.2 (the bundled mock or a real organization).
 * TODO(#2): real organizations need an OAuth bearer token; only the mock's X-CRM-User is sent.
 */
export function createWebApiClient(options: WebApiClientOptions): CrmClient {
  const send = createTransport(options);
  const warn: LookupWarning = options.onWarning ?? ((message) => console.warn(message));

  return {
    whoAmI: () => whoAmI(send),
    findRecordsByAddresses: (addresses) => findRecordsByAddresses(send, addresses, warn),
    findTrackedEmails: (query) => findTrackedEmails(send, query, warn),
    searchRegarding: (text, searchOptions) => searchRegarding(send, text, searchOptions),
    createEmail: (draft) => createEmail(send, draft),
    getEmail: (activityId) => getEmail(send, activityId),
    setRegarding: (activityId, regarding) => setRegarding(send, activityId, regarding),
    deleteEmail: async (activityId) => {
      await send('DELETE', emailPath(activityId));
    },
    createSenderRecord: (draft, ownerId) => createSenderRecord(send, draft, ownerId),
    getUserSettingsRow: async (systemUserId) =>
      withoutContext(
        asRow((await send('GET', entityPath('usersettingscollection', systemUserId))).body),
      ),
    patchUserSettingsRow: async (systemUserId, patch) => {
      await send('PATCH', entityPath('usersettingscollection', systemUserId), { body: patch });
    },
    getOrganizationRow: () => getOrganizationRow(send),
  };
}

function emailPath(activityId: string): string {
  return `emails(${requireGuid(activityId, 'Email activity')})`;
}

function withoutContext(row: WebApiRow): WebApiRow {
  const { '@odata.context': _context, ...rest } = row;
  return rest;
}

async function createEmail(send: Transport, draft: EmailActivityDraft): Promise<string> {
  const response = await send('POST', 'emails', { body: emailCreateBody(draft) });
  const fromHeader = /\(([^()]+)\)\s*$/.exec(response.entityId ?? '')?.[1];
  const id = normalizeGuid(fromHeader ?? textColumn(asRow(response.body ?? {}), 'activityid'));
  if (id === null) {
    throw new TrackerError('CrmRejected', 'The CRM created the email but did not say its id.');
  }
  return id;
}

async function getEmail(send: Transport, activityId: string): Promise<TrackedEmail> {
  const query = buildQuery({ $select: TRACKED_EMAIL_SELECT, $expand: PARTIES_EXPAND });
  return toTrackedEmail(asRow((await send('GET', `${emailPath(activityId)}${query}`)).body));
}

/** A new regarding is bound with PATCH; clearing deletes the current lookup's $ref. */
async function setRegarding(
  send: Transport,
  activityId: string,
  regarding: RecordRef | null,
): Promise<void> {
  if (regarding) {
    await send('PATCH', emailPath(activityId), { body: regardingBind(regarding) });
    return;
  }

  const query = buildQuery({ $select: '_regardingobjectid_value' });
  const current = lookupRef(
    asRow((await send('GET', `${emailPath(activityId)}${query}`)).body),
    'regardingobjectid',
  );
  if (!current) return;
  await send('DELETE', `${emailPath(activityId)}/${regardingNavigation(current.table)}/$ref`);
}

async function createSenderRecord(
  send: Transport,
  draft: SenderRecordDraft,
  ownerId: string,
): Promise<RecordRef> {
  const entitySet = draft.table === 'contact' ? 'contacts' : 'leads';
  const key = `${draft.table}id`;
  const response = await send('POST', `${entitySet}${buildQuery({ $select: `${key},fullname` })}`, {
    body: senderRecordBody(draft, ownerId),
    prefer: ['return=representation'],
  });

  const row = asRow(response.body);
  const id = normalizeGuid(textColumn(row, key));
  if (id === null)
    throw new TrackerError('CrmRejected', `The CRM did not return the new ${draft.table}.`);
  const name =
    typeof row.fullname === 'string' ? row.fullname : `${draft.firstname} ${draft.lastname}`.trim();
  return { table: draft.table, id, name };
}

async function getOrganizationRow(send: Transport): Promise<WebApiRow> {
  const rows = asRows((await send('GET', `organizations${buildQuery({ $top: 1 })}`)).body);
  if (rows.length === 0) throw new TrackerError('CrmNotFound', 'The CRM has no organization row.');
  return rows[0];
}
