import { addressKey, parseMailboxList } from './address';
import { decodeEncodedWords } from './encoded-words';
import { firstHeaderValue, headerValues, parseHeaderBlock, type HeaderField } from './headers';
import { normalizeMessageId, parseMessageIdList } from './message-id';
import type { Direction, Folder, Mailbox, MessageFacts } from './message-facts';
import { subjectKind } from './subject';

/**
 * Builds the message facts (spec §2) from what the host gives and the raw internet headers.
 * Host values win where both exist, except From, which is always read from the raw headers when
 * they have it: hosts report one From mailbox even when the message has several.
 */

export interface ItemFactsInput {
  rawHeaders: string;
  subject?: string;
  internetMessageId?: string | null;
  from?: Mailbox | null;
  to?: Mailbox[];
  cc?: Mailbox[];
  bcc?: Mailbox[];
  sentOn?: string | null;
  receivedOn?: string | null;
  conversationId?: string | null;
  /** The mailbox owner's SMTP address. */
  mailboxOwner: string;
  folder?: Folder | null;
  trackedActivityId?: string | null;
  recipientsMayBeTruncated?: boolean;
}

/** A date header value as ISO 8601, or null when it does not parse. */
export function parseMailDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // Drop a trailing comment such as "(PDT)", which some engines refuse.
  const time = Date.parse(value.replace(/\([^)]*\)\s*$/, '').trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Every mailbox of every occurrence of an address header. */
export function mailboxesOf(fields: readonly HeaderField[], name: string): Mailbox[] {
  return headerValues(fields, name).flatMap((value) => parseMailboxList(value));
}

/**
 * Outgoing when the mailbox owner is the sender: the (first) From mailbox. Decision: a message
 * with several From mailboxes counts as sent only when the owner is the first of them.
 */
export function deriveDirection(from: readonly Mailbox[], mailboxOwner: string): Direction {
  const owner = addressKey(mailboxOwner);
  const first = from[0];
  const sentByOwner =
    owner !== '' && first !== undefined && addressKey(first.address) === owner;
  return sentByOwner ? 'outgoing' : 'incoming';
}

/** The folder when the host does not know it (an .eml file): Sent if the owner sent it. */
export function deriveFolder(direction: Direction, known?: Folder | null): Folder {
  if (known) return known;
  return direction === 'outgoing' ? 'sent' : 'inbox';
}

/** The time the message arrived, from the topmost Received header (after its `;`). */
function receivedTime(fields: readonly HeaderField[]): string | null {
  const topmost = firstHeaderValue(fields, 'Received');
  const semicolon = topmost?.lastIndexOf(';') ?? -1;
  return topmost && semicolon >= 0 ? parseMailDate(topmost.slice(semicolon + 1)) : null;
}

function uniqueInOrder(ids: string[]): string[] {
  return [...new Set(ids)];
}

export function buildMessageFacts(input: ItemFactsInput): MessageFacts {
  const fields = parseHeaderBlock(input.rawHeaders);

  const rawFromHeader = firstHeaderValue(fields, 'Message-ID');
  const carriedId = input.internetMessageId?.trim() || rawFromHeader?.trim() || null;

  const headerFrom = mailboxesOf(fields, 'From');
  const from = headerFrom.length > 0 ? headerFrom : input.from ? [input.from] : [];
  const direction = deriveDirection(from, input.mailboxOwner);

  const headerSubject = firstHeaderValue(fields, 'Subject');
  const subject =
    input.subject ?? (headerSubject === null ? '' : decodeEncodedWords(headerSubject));

  const inReplyTo = parseMessageIdList(firstHeaderValue(fields, 'In-Reply-To') ?? '')[0] ?? null;
  const references = uniqueInOrder(
    headerValues(fields, 'References').flatMap((value) => parseMessageIdList(value)),
  );

  return {
    messageId: normalizeMessageId(carriedId),
    rawMessageId: normalizeMessageId(carriedId) === null ? null : carriedId,
    subject,
    from,
    sender: mailboxesOf(fields, 'Sender')[0] ?? null,
    to: input.to ?? mailboxesOf(fields, 'To'),
    cc: input.cc ?? mailboxesOf(fields, 'Cc'),
    bcc: input.bcc ?? mailboxesOf(fields, 'Bcc'),
    sentOn: input.sentOn ?? parseMailDate(firstHeaderValue(fields, 'Date')),
    receivedOn: input.receivedOn ?? receivedTime(fields),
    direction,
    folder: deriveFolder(direction, input.folder),
    inReplyTo,
    references,
    threadIndex: firstHeaderValue(fields, 'Thread-Index')?.trim() || null,
    conversationId: input.conversationId ?? null,
    recipientsMayBeTruncated: input.recipientsMayBeTruncated ?? false,
    trackedActivityId: input.trackedActivityId ?? null,
  };
}

/** A reply or forward: In-Reply-To or References present, or a reply/forward subject prefix. */
export function isReplyOrForward(facts: MessageFacts): boolean {
  if (facts.inReplyTo !== null || facts.references.length > 0) return true;
  return subjectKind(facts.subject).firstPrefix !== null;
}

/** A forward: the subject's first prefix is a forward prefix. */
export function isForward(facts: MessageFacts): boolean {
  return subjectKind(facts.subject).isForward;
}
