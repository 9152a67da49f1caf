/** A mailbox as written in a header: display name (decoded) and the address as written. */
export interface Mailbox {
  name: string;
  address: string;
}

/** Where the item sits. Unknown folders (an .eml file) are derived by deriveFolder in facts.ts. */
export type Folder = 'inbox' | 'sent' | 'other';

export type Direction = 'incoming' | 'outgoing';

/** Everything the rules read from one message (spec §2). */
export interface MessageFacts {
  /** Normalized Message-ID (no brackets, trimmed), or null when missing or empty. */
  messageId: string | null;
  /** The Message-ID exactly as the message carries it (brackets included), stored in the CRM. */
  rawMessageId: string | null;
  /** Decoded subject; '' when the message has none. */
  subject: string;
  /** Every mailbox of every From header (more than one makes the sender invalid). */
  from: Mailbox[];
  /** The Sender header's mailbox, if any. */
  sender: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  /** Known only for messages the user sent. */
  bcc: Mailbox[];
  /** ISO 8601, or null when the message has no usable Date. */
  sentOn: string | null;
  receivedOn: string | null;
  direction: Direction;
  folder: Folder;
  /** Normalized In-Reply-To id, null when absent or empty. */
  inReplyTo: string | null;
  /** Normalized ids of every References header, in order, broken ids skipped. */
  references: string[];
  /** Base64 Thread-Index header value, if any. */
  threadIndex: string | null;
  /** Outlook conversation id, if the host gave one. */
  conversationId: string | null;
  /** True when the host may have cut the recipient lists short. */
  recipientsMayBeTruncated: boolean;
  /** The activity id stored on the Outlook item by an earlier Track, if any. */
  trackedActivityId: string | null;
}
