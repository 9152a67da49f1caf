import type { EmailActivityDraft, SenderRecordDraft } from '../domain/activity-draft';
import type { RecordRef } from '../domain/crm-records';
import { REGARDING_TABLES } from '../domain/crm-records';
import { TrackerError } from '../domain/errors';
import { tableInfo } from './crm-tables';
import { bindValue } from './odata';

/** Email statuscode values of the completed state. */
const STATUS_SENT = 3;
const STATUS_RECEIVED = 4;

function bindTo(record: RecordRef): string {
  const info = tableInfo(record.table);
  if (!info) throw new TrackerError('CrmRejected', `The CRM has no table "${record.table}".`);
  return bindValue(info.entitySet, record.id);
}

/** The navigation property of the email's regarding lookup for one table. */
export function regardingNavigation(table: string): string {
  if (!(REGARDING_TABLES as readonly string[]).includes(table)) {
    throw new TrackerError('CrmRejected', `A ${table} cannot be the regarding of an email.`);
  }
  return `regardingobjectid_${table}_email`;
}

export function regardingBind(regarding: RecordRef): Record<string, string> {
  return { [`${regardingNavigation(regarding.table)}@odata.bind`]: bindTo(regarding) };
}

/**
 * The deep-insert body that creates the email with its parties and regarding in one request,
 * completed (tracked email is never a draft).
 */
export function emailCreateBody(draft: EmailActivityDraft): Record<string, unknown> {
  const outgoing = draft.direction === 'outgoing';
  const body: Record<string, unknown> = {
    subject: draft.subject,
    description: draft.description,
    directioncode: outgoing,
    statecode: 1,
    statuscode: outgoing ? STATUS_SENT : STATUS_RECEIVED,
    email_activity_parties: draft.parties.map((party) => ({
      participationtypemask: party.participationtypemask,
      addressused: party.address,
      ...(party.party ? { [`partyid_${party.party.table}@odata.bind`]: bindTo(party.party) } : {}),
    })),
  };

  if (draft.messageId !== null) body.messageid = draft.messageId;
  if (draft.sentOn !== null) body.senton = draft.sentOn;
  if (draft.trackingToken !== null) body.trackingtoken = draft.trackingToken;
  if (draft.regarding) Object.assign(body, regardingBind(draft.regarding));
  return body;
}

/** A contact or lead for an unresolved sender, owned by the given user. */
export function senderRecordBody(
  draft: SenderRecordDraft,
  ownerId: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    firstname: draft.firstname,
    lastname: draft.lastname,
    emailaddress1: draft.emailaddress1,
    'ownerid@odata.bind': bindValue('systemusers', ownerId),
  };
  if (draft.table === 'lead' && draft.subject !== undefined) body.subject = draft.subject;
  return body;
}
