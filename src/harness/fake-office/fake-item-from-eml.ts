import { firstHeaderValue, parseHeaderBlock } from '../../domain/headers';
import type { Mailbox } from '../../domain/message-facts';
import type { ParsedEml } from '../../domain/mime/parse-eml';
import { normalizeSubjectForComparison } from '../../domain/subject';
import { threadIndexRoot } from '../../domain/thread-index';
import type { FakeAttachment, FakeEmailAddress, FakeMessageItem } from './fake-message-item';

export interface FakeItemFromEmlOptions {
  itemId: string;
  /** dateTimeCreated when the message has no usable Date header; default the Unix epoch. */
  fallbackDate?: Date;
}

/** The message of a parsed .eml file as Outlook would show it in the reading pane. */
export function fakeItemFromEml(
  parsed: ParsedEml,
  options: FakeItemFromEmlOptions,
): FakeMessageItem {
  const created = parseDate(parsed.date) ?? options.fallbackDate ?? new Date(0);
  const from = parsed.from.length > 0 ? toAddress(parsed.from[0]) : null;

  return {
    itemId: options.itemId,
    itemType: 'message',
    subject: parsed.subject,
    internetMessageId: parsed.messageId ?? '',
    from,
    sender: parsed.sender ? toAddress(parsed.sender) : from,
    to: parsed.to.map(toAddress),
    cc: parsed.cc.map(toAddress),
    dateTimeCreated: created,
    dateTimeModified: created,
    conversationId: deriveConversationId(parsed),
    internetHeaders: parsed.rawHeaders,
    bodyHtml: parsed.html ?? textToHtml(parsed.text ?? ''),
    attachments: parsed.attachments.map((attachment, index): FakeAttachment => ({
      id: `${options.itemId}#${index}`,
      name: attachment.filename ?? `attachment-${index + 1}`,
      contentType: attachment.mimeType,
      size: attachment.size,
      attachmentType: attachment.mimeType === 'message/rfc822' ? 'item' : 'file',
      isInline: false,
    })),
  };
}

/**
 * A stable stand-in for Outlook's ConversationId: from the Thread-Index root when the message
 * has one (Outlook groups by it), otherwise from the subject without reply/forward prefixes.
 */
export function deriveConversationId(parsed: Pick<ParsedEml, 'rawHeaders' | 'subject'>): string {
  const threadIndex = firstHeaderValue(parseHeaderBlock(parsed.rawHeaders), 'Thread-Index');
  const root = threadIndex === null ? null : threadIndexRoot(threadIndex);
  if (root !== null) {
    return `fake-conversation-${root}`;
  }
  return `fake-conversation-subject-${fnv1a(normalizeSubjectForComparison(parsed.subject))}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function toAddress(mailbox: Mailbox): FakeEmailAddress {
  return { displayName: mailbox.name, emailAddress: mailbox.address };
}

function parseDate(iso: string | null): Date | null {
  if (iso === null) {
    return null;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Plain text as HTML that shows the same text: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return `<div style="white-space: pre-wrap">${escaped}</div>`;
}
