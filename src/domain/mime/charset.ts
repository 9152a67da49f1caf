import { decodeUtf7Bytes } from './utf7';

/**
 * Turns bytes in a named charset into text with whatever the platform's TextDecoder knows,
 * plus UTF-7, which it does not. Works the same in Node and in browsers.
 */

/** Charset labels seen in mail that TextDecoder spells differently. */
const CHARSET_ALIASES: Record<string, string> = {
  'x-unknown': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  ansi_x3_4_1968: 'windows-1252',
  'x-user-defined': 'windows-1252',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  'x-sjis': 'shift_jis',
  ks_c_5601: 'euc-kr',
};

/** Strips an RFC 2231 language suffix (`utf-8*en`) and quotes; lower-cases the label. */
export function cleanCharsetLabel(charset: string): string {
  const label = charset.trim().replace(/^"|"$/g, '').split('*')[0].trim().toLowerCase();
  return CHARSET_ALIASES[label] ?? label;
}

/** Decodes bytes in the charset, or returns null when the charset is unknown here. */
export function decodeWithCharset(bytes: Uint8Array, charset: string): string | null {
  const label = cleanCharsetLabel(charset);
  if (label === 'utf-7' || label === 'utf7' || label === 'unicode-1-1-utf-7') {
    return decodeUtf7Bytes(bytes);
  }

  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as Latin-1 (Windows-1252). */
export function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
