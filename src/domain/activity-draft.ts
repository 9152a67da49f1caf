import type { Direction } from './message-facts';
import type { RecordRef } from './crm-records';

/** participationtypemask values of activityparty. */
export const PARTICIPATION = { from: 1, to: 2, cc: 3, bcc: 4 } as const;

export interface ActivityPartyDraft {
  participationtypemask: 1 | 2 | 3 | 4;
  /** addressused, as written in the message. */
  address: string;
  /** The resolved row, or null for an unresolved party. */
  party: RecordRef | null;
}

/**
 * The email activity that Track in CRM creates in one request (spec §6), in neutral form; the
 * CRM client turns it into a Web API body with binds.
 */
export interface EmailActivityDraft {
  subject: string;
  /** HTML body, truncated to the column limit and marked so when cut. */
  description: string;
  /** As the message carries it (brackets kept), or null. */
  messageId: string | null;
  direction: Direction;
  /** ISO 8601 or null. */
  sentOn: string | null;
  trackingToken: string | null;
  regarding: RecordRef | null;
  parties: ActivityPartyDraft[];
}

/** A contact or lead to create for an unresolved sender (spec §6). */
export interface SenderRecordDraft {
  table: 'contact' | 'lead';
  firstname: string;
  lastname: string;
  emailaddress1: string;
  /** Lead topic: the message subject. */
  subject?: string;
}
