/**
 * The Thread-Index header (Outlook's conversation index): base64 of a 22-byte root that names
 * the conversation, followed by a 5-byte block for each reply or forward. Messages of one
 * conversation share the root, which is what correlation step 3 (spec §3) compares.
 */

/** Bytes of the root: one reserved byte, five of the FILETIME, sixteen of the GUID. */
export const THREAD_INDEX_ROOT_BYTES = 22;

/**
 * Base64 characters that a Thread-Index shares with every index of its conversation: 28
 * characters carry exactly the first 21 bytes, so they do not depend on what follows the root.
 */
export const THREAD_INDEX_PREFIX_CHARS = 28;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/**
 * The bytes of a Thread-Index value, or null when it is not base64. Whitespace (folding, line
 * breaks) is ignored and padding may be missing; anything else outside the alphabet is invalid.
 */
export function decodeThreadIndex(value: string): Uint8Array | null {
  const compact = value.replace(/\s+/g, '');
  const body = compact.replace(/={1,2}$/, '');
  if (body === '' || body.length % 4 === 1) return null;
  // Padding only at the end, and only as much as the length calls for.
  if (compact.length !== body.length && compact.length % 4 !== 0) return null;

  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of body) {
    const sextet = VALUES.get(char);
    if (sextet === undefined) return null;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Canonical base64 (with padding) of some bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 3) {
    const [a, b = 0, c = 0] = bytes.subarray(start, start + 3);
    const group = (a << 16) | (b << 8) | c;
    const count = Math.min(3, bytes.length - start);
    for (let i = 0; i < 4; i += 1) {
      text += i <= count ? ALPHABET[(group >> (18 - 6 * i)) & 0x3f] : '=';
    }
  }
  return text;
}

/**
 * The conversation root of a Thread-Index as canonical base64 of exactly 22 bytes (32
 * characters), or null when the value is not base64 or is shorter than a root.
 */
export function threadIndexRoot(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const bytes = decodeThreadIndex(value);
  if (bytes === null || bytes.length < THREAD_INDEX_ROOT_BYTES) return null;
  return encodeBase64(bytes.subarray(0, THREAD_INDEX_ROOT_BYTES));
}

/**
 * The stored-value prefix that finds candidates for a root in a CRM query: every
 * conversationindex of the conversation starts with it. It is shorter than the root (the 22nd
 * byte shares a character with what follows), so the rules still compare whole roots.
 */
export function threadIndexQueryPrefix(root: string): string {
  return root.slice(0, THREAD_INDEX_PREFIX_CHARS);
}
