import type { CrmRecord, RecordRef, TrackedEmail } from './crm-records';

export type Verdict = 'track' | 'skip' | 'tracked';

/** Reason codes of spec §5, one per row of the decision table. */
export type ReasonCode =
  | 'Duplicate'
  | 'AutoTrackOff'
  | 'NotInScope'
  | 'InvalidSender'
  | 'ReplyForwardDisabled'
  | 'InternalEmailReject'
  | 'FilteredOut'
  | 'SenderConflict'
  | 'CorrelationMatch'
  | 'NoCorrelationMatch'
  | 'SenderMatch'
  | 'AcceptAll';

/** How a regarding suggestion was found (spec §3, plus `existing` for an already tracked copy). */
export type CorrelationVia =
  'in-reply-to' | 'references' | 'token' | 'thread-index' | 'smart-match' | 'existing';

export interface RegardingSuggestion extends RecordRef {
  via: CorrelationVia;
  /** The tracked email the suggestion came from. */
  activityId: string;
}

export type PartyRole = 'from' | 'to' | 'cc' | 'bcc';

/** What one sender or recipient resolved to (spec §4). */
export interface PartyResolution {
  role: PartyRole;
  /** Normalized address (domain in punycode, lower case), or the raw value when not SMTP. */
  address: string;
  name: string;
  /** Sender: the one chosen record or none; recipients: every match kept as a party. */
  resolved: RecordRef[];
  /**
   * resolved: one record; several: recipients with several records (all kept);
   * ambiguous: several matches left unresolved by a setting; unresolved: no match;
   * invalid: not an SMTP address, never looked up.
   */
  status: 'resolved' | 'several' | 'ambiguous' | 'unresolved' | 'invalid';
  /** Every candidate row found for the address (before any setting narrowed it). */
  candidates: CrmRecord[];
}

/** The automatic-tracking decision for one message (spec §5). */
export interface Evaluation {
  verdict: Verdict;
  reason: ReasonCode;
  /** The sentence the user reads. */
  sentence: string;
  /** Filled whenever correlation found something, whatever the verdict. */
  regarding: RegardingSuggestion | null;
  parties: PartyResolution[];
  /** The activity that makes the message a duplicate (verdict 'tracked'). */
  existing: TrackedEmail | null;
  /** True when the sender's address matched several records. */
  senderConflict: boolean;
}
