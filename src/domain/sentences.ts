import type { RecordRef } from './crm-records';
import type { CorrelationVia, ReasonCode } from './evaluation';
import type { Folder } from './message-facts';
import type { FilteringMethod } from './settings-model';
import { tableLabel } from './record-labels';

/**
 * What a verdict's sentence needs to know, one shape per reason code of spec §5. Every sentence
 * the user reads about a verdict is written here and nowhere else.
 */
export type SentenceDetail =
  | { reason: 'Duplicate'; regarding: RecordRef | null; ownerName: string | null; mine: boolean }
  | { reason: 'AutoTrackOff'; by: 'you' | 'organization' | 'both' }
  | { reason: 'NotInScope'; folder: Folder }
  | { reason: 'InvalidSender'; problem: 'missing' | 'not-smtp' | 'several'; detail: string }
  | { reason: 'ReplyForwardDisabled' }
  | { reason: 'InternalEmailReject'; senderName: string }
  | { reason: 'FilteredOut'; method: FilteringMethod; forced: boolean }
  | { reason: 'SenderConflict'; count: number }
  | {
      reason: 'CorrelationMatch';
      via: CorrelationVia;
      regarding: RecordRef | null;
      /** The message is a forward (its subject's first prefix), not a reply. */
      forward?: boolean;
    }
  | { reason: 'NoCorrelationMatch' }
  | { reason: 'SenderMatch'; record: RecordRef }
  | { reason: 'AcceptAll'; forced: boolean };

type Writer<R extends ReasonCode> = (detail: Extract<SentenceDetail, { reason: R }>) => string;

const WRITERS: { [R in ReasonCode]: Writer<R> } = {
  Duplicate: (d) => {
    const who = d.mine || !d.ownerName ? '' : ` by ${d.ownerName}`;
    const about = d.regarding ? `, regarding ${describe(d.regarding)}` : '';
    return `Already tracked in CRM${who}${about}.`;
  },
  AutoTrackOff: (d) => {
    if (d.by === 'you') return 'Automatic tracking is off: you turned off background tracking.';
    if (d.by === 'organization')
      return 'Automatic tracking is off: your organization turned it off.';
    return 'Automatic tracking is off: both you and your organization turned it off.';
  },
  NotInScope: (d) =>
    d.folder === 'sent'
      ? 'Only received mail is tracked automatically; your organization does not track sent items.'
      : 'Only received mail in the Inbox is tracked automatically.',
  InvalidSender: (d) => {
    if (d.problem === 'missing') return 'The sender cannot be checked: the message has no sender.';
    if (d.problem === 'several') {
      return `The sender cannot be checked: the message has ${d.detail} From addresses.`;
    }
    return `The sender cannot be checked: "${d.detail}" is not an email address.`;
  },
  ReplyForwardDisabled: () =>
    'Your organization does not track replies and forwards automatically.',
  InternalEmailReject: (d) =>
    `Mail between CRM users is tracked once, from the sender (${d.senderName} is a CRM user).`,
  FilteredOut: (d) => {
    if (d.method === 4) {
      return d.forced
        ? 'Your organization tracks no email automatically.'
        : 'Your options track no email automatically.';
    }
    if (d.method === 2) return 'The sender is not a CRM contact, account or lead.';
    return 'The sender is not a CRM record with an email address.';
  },
  SenderConflict: (d) =>
    `${d.count} CRM records share the sender's address, so it is not tracked automatically.`,
  CorrelationMatch: (d) => {
    const how =
      d.via === 'token'
        ? 'Its tracking token belongs to tracked mail'
        : d.via === 'thread-index'
          ? 'It is in the same Outlook conversation as tracked mail'
          : d.forward
            ? 'A forward of tracked mail'
            : 'A reply to tracked mail';
    return d.regarding ? `${how}, regarding ${describe(d.regarding)}.` : `${how}.`;
  },
  NoCorrelationMatch: () =>
    'Not a reply to tracked mail; your options track only replies to tracked email.',
  SenderMatch: (d) => `The sender is the ${tableLabel(d.record.table)} ${d.record.name}.`,
  AcceptAll: (d) =>
    d.forced ? 'Your organization tracks all email.' : 'Your options track all email.',
};

/** The sentence the user reads for a verdict. */
export function userSentence(detail: SentenceDetail): string {
  const write = WRITERS[detail.reason];
  return write(detail as never);
}

function describe(record: RecordRef): string {
  return `the ${tableLabel(record.table)} ${record.name}`;
}
