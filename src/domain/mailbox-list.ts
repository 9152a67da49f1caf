import { decodeEncodedWords } from './encoded-words';
import type { Mailbox } from './message-facts';

/**
 * RFC 5322 address lists as real clients write them: groups (also empty ones with a comment),
 * quoted names with `;`, `,` and escaped quotes, unquoted names containing `@`, comments,
 * trailing commas, folded lines and RFC 2047 encoded words in names.
 */

interface WordToken {
  kind: 'word';
  text: string;
  quoted: boolean;
}

type Token =
  | WordToken
  | { kind: 'comment'; text: string }
  | { kind: 'angle'; text: string }
  | { kind: 'special'; text: ',' | ';' | ':' };

const ENCODED_WORD_AT = /=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=/y;

/** Reads a quoted string or comment body starting after its opening character. */
function readDelimited(text: string, start: number, close: string, nests: string | null) {
  let depth = 1;
  let value = '';
  let index = start;

  while (index < text.length) {
    const char = text[index];
    if (char === '\\' && index + 1 < text.length) {
      value += text[index + 1];
      index += 2;
      continue;
    }
    if (char === nests) depth += 1;
    if (char === close) depth -= 1;
    if (depth === 0) return { value, next: index + 1 };
    value += char;
    index += 1;
  }

  // Unterminated: take the rest rather than lose the mailbox.
  return { value, next: index };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;

  while (index < text.length) {
    const char = text[index];

    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '"') {
      const { value, next } = readDelimited(text, index + 1, '"', null);
      tokens.push({ kind: 'word', text: value, quoted: true });
      index = next;
    } else if (char === '(') {
      const { value, next } = readDelimited(text, index + 1, ')', '(');
      tokens.push({ kind: 'comment', text: value });
      index = next;
    } else if (char === '<') {
      const close = text.indexOf('>', index + 1);
      const end = close < 0 ? text.length : close;
      tokens.push({ kind: 'angle', text: text.slice(index + 1, end) });
      index = end + 1;
    } else if (char === ',' || char === ';' || char === ':') {
      tokens.push({ kind: 'special', text: char });
      index += 1;
    } else {
      // An encoded word is one atom even when it holds specials such as `,`.
      ENCODED_WORD_AT.lastIndex = index;
      const encoded = ENCODED_WORD_AT.exec(text);
      let end = encoded ? index + encoded[0].length : index;
      while (end < text.length && !/[\s"(<,;:]/.test(text[end])) end += 1;
      tokens.push({ kind: 'word', text: text.slice(index, end), quoted: false });
      index = end;
    }
  }

  return tokens;
}

/** Cleans an angle address: folding removed, an obsolete route (`@a,@b:`) dropped. */
function angleAddress(text: string): string {
  const compact = text.replace(/\s+/g, '');
  const route = compact.lastIndexOf(':');
  return route >= 0 && compact.startsWith('@') ? compact.slice(route + 1) : compact;
}

function displayName(words: string[]): string {
  return decodeEncodedWords(words.join(' ')).replace(/\s+/g, ' ').trim();
}

interface Pending {
  words: WordToken[];
  comments: string[];
  angle: string | null;
}

function emptyPending(): Pending {
  return { words: [], comments: [], angle: null };
}

/** Turns the collected tokens of one mailbox into a Mailbox, or null when there is none. */
function finishMailbox(pending: Pending): Mailbox | null {
  const texts = pending.words.map((token) => token.text);
  const commentName = displayName(pending.comments);

  if (pending.angle !== null) {
    const name = displayName(texts);
    return { name: name || commentName, address: angleAddress(pending.angle) };
  }
  if (texts.length === 0) return null;

  // Without brackets, the unquoted word holding an `@` is the address; the rest is a name.
  const addressIndex = pending.words.findIndex(
    (token) => !token.quoted && token.text.includes('@'),
  );
  if (addressIndex < 0) return { name: commentName, address: texts.join(' ') };

  const rest = texts.filter((_, index) => index !== addressIndex);
  return { name: displayName(rest) || commentName, address: texts[addressIndex] };
}

/** Every mailbox of an address-list header value; group members are listed flat. */
export function parseMailboxList(headerValue: string): Mailbox[] {
  const mailboxes: Mailbox[] = [];
  let pending = emptyPending();
  let inGroup = false;

  const flush = () => {
    const mailbox = finishMailbox(pending);
    if (mailbox && mailbox.address !== '') mailboxes.push(mailbox);
    pending = emptyPending();
  };

  for (const token of tokenize(headerValue.replace(/\r?\n/g, ' '))) {
    if (token.kind === 'word') pending.words.push(token);
    else if (token.kind === 'comment') pending.comments.push(token.text);
    else if (token.kind === 'angle') pending.angle = token.text;
    else if (token.text === ':' && !inGroup && pending.angle === null) {
      // The words so far were the group's name, not a mailbox.
      inGroup = true;
      pending = emptyPending();
    } else {
      flush();
      if (token.text === ';') inGroup = false;
    }
  }

  flush();
  return mailboxes;
}
