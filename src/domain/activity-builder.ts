import { addressKey, isSmtpAddress } from './address';
import {
  PARTICIPATION,
  type ActivityPartyDraft,
  type EmailActivityDraft,
  type SenderRecordDraft,
} from './activity-draft';
import type { CrmSnapshot } from './crm-lookups';
import type { RecordRef } from './crm-records';
import type { Evaluation, PartyResolution, PartyRole } from './evaluation';
import type { Mailbox, MessageFacts } from './message-facts';
import type { OrganizationSettings, TrackingSettings } from './settings-model';
import { findTrackingTokens } from './tracking-token';

/** MaxLength of email.description in Dataverse. */
export const DESCRIPTION_MAX_LENGTH = 1_048_576;

/** MaxLength of email.subject (activitypointer.subject) in Dataverse. */
export const SUBJECT_MAX_LENGTH = 400;

/** Appended to a body that had to be cut, so that readers in the CRM know. */
export const TRUNCATION_NOTE =
  '<p>[The message body was too long for the CRM and has been cut here.]</p>';

/**
 * The email activity Track in CRM creates (spec §6). `regarding` is the record the user chose;
 * when null, the correlated suggestion is used. Pass `organization` so that the subject's tracking
 * token is carried over.
 */
export function buildEmailActivityDraft(
  facts: MessageFacts,
  evaluation: Evaluation,
  options: { regarding: RecordRef | null; bodyHtml: string; organization?: OrganizationSettings },
): EmailActivityDraft {
  const chosen = options.regarding ?? evaluation.regarding;
  const tokens = options.organization
    ? findTrackingTokens(facts.subject, options.organization)
    : [];

  return {
    subject: cleanSubject(facts.subject),
    description: truncateDescription(withoutControls(options.bodyHtml, true)),
    messageId: facts.rawMessageId,
    direction: facts.direction,
    sentOn: facts.sentOn,
    trackingToken: tokens[0] ?? null,
    regarding: chosen ? { table: chosen.table, id: chosen.id, name: chosen.name } : null,
    parties: activityParties(facts, evaluation.parties),
  };
}

/* eslint-disable no-control-regex -- these match control characters on purpose */
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const CONTROL_RUNS = /[\u0000-\u001f\u007f]+/g;
/* eslint-enable no-control-regex */

/**
 * Text without C0 control characters (NUL and the like come from broken messages and are
 * refused or mangled by the CRM); line breaks and tabs are kept where asked.
 */
export function withoutControls(text: string, keepLineBreaks = false): string {
  const controls = keepLineBreaks ? CONTROLS_BUT_LINE_BREAKS : CONTROL_RUNS;
  return text.replace(controls, keepLineBreaks ? '' : ' ');
}

/** The subject as a single line within the column's limit, never cutting a surrogate pair. */
function cleanSubject(subject: string): string {
  const line = withoutControls(subject).replace(/ {2,}/g, ' ').trim();
  if (line.length <= SUBJECT_MAX_LENGTH) return line;
  const code = line.charCodeAt(SUBJECT_MAX_LENGTH - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? SUBJECT_MAX_LENGTH - 1 : SUBJECT_MAX_LENGTH;
  return line.slice(0, cut);
}

/** Cuts an HTML body to the column limit, never inside a tag or a surrogate pair. */
export function truncateDescription(html: string, limit = DESCRIPTION_MAX_LENGTH): string {
  if (html.length <= limit) return html;

  let cut = Math.max(0, limit - TRUNCATION_NOTE.length);
  const code = html.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let kept = html.slice(0, cut);
  const openTag = kept.lastIndexOf('<');
  if (openTag > kept.lastIndexOf('>')) kept = kept.slice(0, openTag);
  return kept + TRUNCATION_NOTE;
}

/** One party per resolved record; an unresolved address is one party with only the address. */
function activityParties(facts: MessageFacts, parties: PartyResolution[]): ActivityPartyDraft[] {
  const written = writtenAddresses(facts);
  const seen: Record<PartyRole, number> = { from: 0, to: 0, cc: 0, bcc: 0 };
  const drafts: ActivityPartyDraft[] = [];

  for (const party of parties) {
    const index = seen[party.role]++;
    // An email activity has one sender; several From mailboxes keep only the first.
    if (party.role === 'from' && index > 0) continue;

    const address = withoutControls(written[party.role][index] ?? party.address).trim();
    const participationtypemask = PARTICIPATION[party.role];
    if (party.resolved.length === 0) drafts.push({ participationtypemask, address, party: null });
    for (const record of party.resolved) {
      drafts.push({ participationtypemask, address, party: record });
    }
  }
  return drafts;
}

function writtenAddresses(facts: MessageFacts): Record<PartyRole, string[]> {
  const of = (list: Mailbox[]) => list.map((mailbox) => mailbox.address.trim());
  return { from: of(facts.from), to: of(facts.to), cc: of(facts.cc), bcc: of(facts.bcc) };
}

/**
 * The contact or lead to create for an unresolved sender (spec §6), or null when none is due:
 * the options say no, the sender is invalid, or any record or user already has the address.
 */
export function planSenderRecord(
  facts: MessageFacts,
  evaluation: Evaluation,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): SenderRecordDraft | null {
  const kind = settings.usersettings.autocreatecontactonpromote;
  if (kind === 0 || !settings.orgdborgsettings.AutoCreateContactOnPromote) return null;
  if (facts.from.length !== 1) return null;

  const mailbox = facts.from[0];
  const address = mailbox.address.trim();
  if (!isSmtpAddress(address)) return null;

  // Inactive rows and disabled users count too: never create a duplicate.
  const wanted = addressKey(address);
  const sender = evaluation.parties.find((party) => party.role === 'from');
  const known =
    (sender?.candidates.length ?? 0) > 0 ||
    snapshot.records.some((record) =>
      record.addresses.some((stored) => addressKey(stored) === wanted),
    ) ||
    addressKey(snapshot.currentUser.address) === wanted;
  if (known) return null;

  const { firstname, lastname } = splitDisplayName(mailbox.name, address);
  const draft: SenderRecordDraft = {
    table: kind === 1 ? 'contact' : 'lead',
    firstname,
    lastname,
    emailaddress1: address,
  };
  return kind === 2 ? { ...draft, subject: facts.subject } : draft;
}

/** Last word the last name, the rest the first name; no usable name: the local part. */
export function splitDisplayName(
  name: string,
  address: string,
): { firstname: string; lastname: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  // A display name that is itself an address ("alice@contoso") is no name.
  if (words.length === 0 || name.includes('@')) {
    return { firstname: '', lastname: address.slice(0, address.lastIndexOf('@')) };
  }
  return { firstname: words.slice(0, -1).join(' '), lastname: words[words.length - 1] };
}
