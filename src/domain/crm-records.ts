/** Tables whose rows have email addresses that resolve parties (spec §4), in resolution order. */
export const EMAIL_ENABLED_TABLES = ['systemuser', 'contact', 'account', 'lead', 'queue'] as const;
export type EmailEnabledTable = (typeof EMAIL_ENABLED_TABLES)[number];

/** Tables Set Regarding searches (spec §6); incident is shown as "Case". */
export const REGARDING_TABLES = ['account', 'contact', 'lead', 'opportunity', 'incident'] as const;
export type RegardingTable = (typeof REGARDING_TABLES)[number];

/** A pointer to a CRM row, as the pane shows it. */
export interface RecordRef {
  /** Logical name, e.g. 'contact'. */
  table: string;
  id: string;
  name: string;
}

/** A row of an email-enabled table, as the lookups return it (inactive rows included). */
export interface CrmRecord extends RecordRef {
  table: EmailEnabledTable;
  /** Every email column of the row, as stored (not normalized). */
  addresses: string[];
  ownerId: string | null;
  /** ISO 8601. */
  createdOn: string;
  /** statecode === 0. */
  active: boolean;
  /** systemuser.isdisabled; always false for other tables. */
  disabled: boolean;
}

/** The signed-in CRM user (WhoAmI plus the systemuser row). */
export interface CrmUser {
  id: string;
  name: string;
  address: string;
}

/** An email activity already in the CRM. */
export interface TrackedEmail {
  activityId: string;
  /** As stored (Dataverse keeps the brackets); compare with normalizeMessageId. */
  messageId: string | null;
  /** directioncode: true = outgoing. */
  direction: 'incoming' | 'outgoing';
  trackingToken: string | null;
  subject: string;
  regarding: RecordRef | null;
  ownerId: string | null;
  ownerName: string | null;
  /** ISO 8601. */
  createdOn: string;
  /** Parties' addresses (addressused), for smart matching and display. */
  partyAddresses?: string[];
  /**
   * The 22-byte root of the stored `conversationindex` (the Thread-Index the email carried), as
   * threadIndexRoot returns it; null when the column is empty, not base64 or too short.
   */
  conversationIndexRoot?: string | null;
}
