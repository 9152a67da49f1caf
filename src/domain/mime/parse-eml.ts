import PostalMime from 'postal-mime';

import { decodeEncodedWords } from '../encoded-words';
import { mailboxesOf, parseMailDate } from '../facts';
import { firstHeaderValue, parseHeaderBlock } from '../headers';
import { normalizeMessageId } from '../message-id';
import type { Mailbox } from '../message-facts';
import { decodeUtf7 } from './utf7';
import { readHeaderSection } from './header-section';

/**
 * Parses a raw .eml message. postal-mime reads bodies and attachments; the headers are read
 * with this project's own modules, which keep every From mailbox and every References header,
 * decode UTF-7 and survive broken folding. Never throws on a readable message: what went
 * wrong is listed in `problems`. Loaded on demand by the harness; the rules never import it.
 */

export interface ParsedAttachment {
  filename: string | null;
  mimeType: string;
  size: number;
}

export interface ParsedEml {
  /** The header block as text (each line decoded as UTF-8, or Latin-1 when not UTF-8). */
  rawHeaders: string;
  /** Decoded subject; '' when the message has none. */
  subject: string;
  /** Every mailbox of every From header. */
  from: Mailbox[];
  sender: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  /** The Message-ID as carried (brackets included), or null when missing or empty. */
  messageId: string | null;
  /** The Date header as ISO 8601, or null when missing or unreadable. */
  date: string | null;
  html: string | null;
  text: string | null;
  attachments: ParsedAttachment[];
  problems: string[];
}

function toBytes(source: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof source === 'string') return new TextEncoder().encode(source);
  return source instanceof Uint8Array ? source : new Uint8Array(source);
}

// TODO(#2): postal-mime drops backslashes from filenames (`C:\TEMP\a.png` becomes `C:TEMPa.png`).
function contentSize(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

/**
 * postal-mime leaves UTF-7 bodies as written; decode them when the message says UTF-7.
 * TODO(#2): only a top-level UTF-7 charset is seen; a UTF-7 part inside a multipart is not.
 */
function fixUtf7Text(text: string | null, rawHeaders: string): string | null {
  if (text === null || !/charset\s*=\s*"?utf-7/i.test(rawHeaders)) return text;
  return decodeUtf7(text);
}

interface BodyParts {
  html: string | null;
  text: string | null;
  attachments: ParsedAttachment[];
}

async function readBodies(bytes: Uint8Array, problems: string[]): Promise<BodyParts> {
  try {
    const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
    return {
      html: email.html ?? null,
      text: email.text ?? null,
      attachments: email.attachments.map((attachment) => ({
        filename: attachment.filename,
        mimeType: attachment.mimeType,
        size: contentSize(attachment.content),
      })),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(`The message body could not be read: ${reason}`);
    return { html: null, text: null, attachments: [] };
  }
}

export async function parseEml(source: ArrayBuffer | Uint8Array | string): Promise<ParsedEml> {
  const problems: string[] = [];
  const section = readHeaderSection(toBytes(source), problems);
  const fields = parseHeaderBlock(section.rawHeaders, problems);

  if (fields.length === 0) problems.push('The message has no header fields.');
  const from = mailboxesOf(fields, 'From');
  if (from.length === 0) problems.push('The message has no From address.');

  const rawSubject = firstHeaderValue(fields, 'Subject');
  const carriedId = firstHeaderValue(fields, 'Message-ID')?.trim() ?? null;
  const messageId = normalizeMessageId(carriedId) === null ? null : carriedId;
  if (messageId === null) problems.push('The message has no Message-ID.');

  const rawDate = firstHeaderValue(fields, 'Date');
  const date = parseMailDate(rawDate);
  if (rawDate !== null && date === null) problems.push(`The Date "${rawDate}" is not readable.`);

  const bodies = await readBodies(section.repairedMessage, problems);

  return {
    rawHeaders: section.rawHeaders,
    subject: rawSubject === null ? '' : decodeEncodedWords(rawSubject),
    from,
    sender: mailboxesOf(fields, 'Sender')[0] ?? null,
    to: mailboxesOf(fields, 'To'),
    cc: mailboxesOf(fields, 'Cc'),
    bcc: mailboxesOf(fields, 'Bcc'),
    messageId,
    date,
    html: bodies.html,
    text: fixUtf7Text(bodies.text, section.rawHeaders),
    attachments: bodies.attachments,
    problems,
  };
}
