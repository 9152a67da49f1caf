import { decodeWithCharset } from './mime/charset';

/**
 * RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header text. Adjacent encoded words are
 * joined (the whitespace between them is dropped, as the RFC says) and words of the same
 * charset are decoded together, so that a character split across two words survives.
 */

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface EncodedWord {
  start: number;
  end: number;
  charset: string;
  bytes: Uint8Array;
}

/** Lenient base64: characters outside the alphabet are skipped, padding ends the data. */
export function decodeBase64Lenient(text: string): Uint8Array {
  const bytes: number[] = [];
  let bits = 0;
  let bitCount = 0;

  for (const char of text) {
    if (char === '=') break;
    const value = BASE64_ALPHABET.indexOf(char);
    if (value < 0) continue;
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes.push((bits >> bitCount) & 0xff);
    }
  }

  return Uint8Array.from(bytes);
}

/** The Q encoding: `_` is a space, `=XX` a byte; anything else stands for itself. */
function decodeQ(text: string): Uint8Array {
  const bytes: number[] = [];

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const hex = text.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else if (char === '_') {
      bytes.push(0x20);
    } else if (char.charCodeAt(0) < 0x80) {
      bytes.push(char.charCodeAt(0));
    } else {
      bytes.push(...new TextEncoder().encode(char));
    }
  }

  return Uint8Array.from(bytes);
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function findEncodedWords(text: string): EncodedWord[] {
  const words: EncodedWord[] = [];
  for (const match of text.matchAll(ENCODED_WORD)) {
    const [whole, charset, encoding, payload] = match;
    const start = match.index ?? 0;
    const bytes = encoding.toUpperCase() === 'B' ? decodeBase64Lenient(payload) : decodeQ(payload);
    words.push({ start, end: start + whole.length, charset, bytes });
  }
  return words;
}

/**
 * Stateful charsets (ISO-2022-*, UTF-7) return to ASCII at the end of each word, and joining
 * their bytes would put two escape sequences side by side, which decoders reject; they are
 * decoded word by word. Other charsets are decoded from the joined bytes.
 */
function decodeRun(run: EncodedWord[], charset: string): string | null {
  if (!/^(iso-2022|utf-?7)/i.test(charset.trim())) {
    return decodeWithCharset(concatBytes(run.map((word) => word.bytes)), charset);
  }

  const parts = run.map((word) => decodeWithCharset(word.bytes, charset));
  return parts.some((part) => part === null) ? null : parts.join('');
}

/** Decodes every encoded word in the text; words in unknown charsets are left as written. */
export function decodeEncodedWords(text: string): string {
  const words = findEncodedWords(text);
  if (words.length === 0) return text;

  let result = '';
  let cursor = 0;
  let index = 0;

  while (index < words.length) {
    // Gather a run of words separated only by whitespace and sharing one charset.
    const first = words[index];
    const run = [first];
    while (index + run.length < words.length) {
      const next = words[index + run.length];
      const previous = run[run.length - 1];
      const gap = text.slice(previous.end, next.start);
      if (!/^\s*$/.test(gap) || next.charset.toLowerCase() !== first.charset.toLowerCase()) break;
      run.push(next);
    }

    // Whitespace between this run and an encoded word just before it is dropped too.
    const gap = text.slice(cursor, first.start);
    const afterWord = index > 0 && words[index - 1].end === cursor;
    result += afterWord && /^\s*$/.test(gap) ? '' : gap;

    const last = run[run.length - 1];
    result += decodeRun(run, first.charset) ?? text.slice(first.start, last.end);
    cursor = last.end;
    index += run.length;
  }

  return result + text.slice(cursor);
}
