import type { ParsedEml } from '../domain/mime/parse-eml';
import { addressKey } from '../domain/address';
import { fakeItemFromEml, type FakeMessageItem } from './fake-office';

export type MessageSource = 'samples' | 'corpus' | 'added';

/** One row of GET /harness/messages. */
export interface ListedMessage {
  id: string;
  source: 'samples' | 'corpus';
  file: string;
}

/** A message of the harness list: loading, readable (with its item), or unreadable. */
export interface CatalogEntry {
  id: string;
  source: MessageSource;
  file: string;
  state: 'loading' | 'ready' | 'failed';
  item: FakeMessageItem | null;
  /** The body as plain text, for the reading pane. */
  previewText: string;
  /** The Date header as ISO 8601; null when the message has none (or an unreadable one). */
  sentOn: string | null;
  /** True when the mailbox owner sent it: Outlook would show it in Sent Items. */
  sentByOwner: boolean;
  /** What went wrong (failed) or what the parser tolerated (ready). */
  problems: string[];
}

type Fetch = typeof fetch;

let parser: Promise<(source: Uint8Array) => Promise<ParsedEml>> | null = null;

/** The MIME parser, loaded on first use so the harness opens before postal-mime arrives. */
function loadParser() {
  parser ??= import('../domain/mime/parse-eml').then((module) => module.parseEml);
  return parser;
}

export function loadingEntry(id: string, source: MessageSource, file: string): CatalogEntry {
  return {
    id,
    source,
    file,
    state: 'loading',
    item: null,
    previewText: '',
    sentOn: null,
    sentByOwner: false,
    problems: [],
  };
}

/** GET /harness/messages: the samples and corpus files the server offers. */
export async function fetchMessageList(fetchImpl: Fetch): Promise<ListedMessage[]> {
  const response = await fetchImpl('/harness/messages');
  if (!response.ok) {
    throw new Error(`The message list could not be loaded (HTTP ${response.status}).`);
  }
  const rows: unknown = await response.json();
  if (!Array.isArray(rows)) {
    throw new Error('The message list is not a JSON array.');
  }
  return rows.filter(isListedMessage);
}

function isListedMessage(row: unknown): row is ListedMessage {
  const candidate = row as Partial<ListedMessage> | null;
  return (
    typeof candidate?.id === 'string' &&
    typeof candidate.file === 'string' &&
    (candidate.source === 'samples' || candidate.source === 'corpus')
  );
}

/** Fetches and parses one listed message; never rejects: failures become a failed entry. */
export async function loadListedMessage(
  listed: ListedMessage,
  fetchImpl: Fetch,
  ownerAddress: string,
): Promise<CatalogEntry> {
  try {
    const url = `/harness/messages/${listed.source}/${encodeURIComponent(listed.file)}`;
    const response = await fetchImpl(url);
    if (!response.ok) {
      throw new Error(`The server answered HTTP ${response.status}.`);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    return await entryFromBytes(listed.id, listed.source, listed.file, bytes, ownerAddress);
  } catch (error) {
    return failedEntry(listed.id, listed.source, listed.file, error);
  }
}

/**
 * Parses .eml bytes into an entry; never rejects. A message without a usable Date header is
 * dated when it was loaded, as a mail client dates what it receives (not 1970).
 */
export async function entryFromBytes(
  id: string,
  source: MessageSource,
  file: string,
  bytes: Uint8Array,
  ownerAddress: string,
  loadedAt: Date = new Date(),
): Promise<CatalogEntry> {
  try {
    const parsed = await (await loadParser())(bytes);
    const item = fakeItemFromEml(parsed, { itemId: `harness:${id}`, fallbackDate: loadedAt });
    const owner = addressKey(ownerAddress);
    return {
      id,
      source,
      file,
      state: 'ready',
      item,
      previewText: parsed.text ?? htmlToPreview(parsed.html ?? ''),
      sentOn: validDate(parsed.date),
      sentByOwner: parsed.from.some((mailbox) => addressKey(mailbox.address) === owner),
      problems: parsed.problems,
    };
  } catch (error) {
    return failedEntry(id, source, file, error);
  }
}

function failedEntry(
  id: string,
  source: MessageSource,
  file: string,
  error: unknown,
): CatalogEntry {
  const reason = error instanceof Error ? error.message : String(error);
  return { ...loadingEntry(id, source, file), state: 'failed', problems: [reason] };
}

/** A short stable key for file contents (32-bit FNV-1a, hex). */
export function contentKey(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Elements whose text is code or markup, not something the reader of the mail sees. */
const NOT_SHOWN = 'script, style, noscript, template, head, title';

/**
 * Text of an HTML body for display. DOMParser runs no scripts and loads nothing (the document is
 * inert); the text of scripts and style sheets is dropped, as a mail client would not show it.
 */
export function htmlToPreview(html: string): string {
  if (html === '' || typeof DOMParser === 'undefined') {
    return '';
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(NOT_SHOWN).forEach((element) => element.remove());
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

function validDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}
