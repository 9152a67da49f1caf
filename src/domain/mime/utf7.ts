/**
 * UTF-7 (RFC 2152) decoding. TextDecoder does not know UTF-7, yet Outlook 2000 wrote it in
 * headers and bodies, so the corpus needs this small decoder.
 */

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Value(char: string): number {
  return BASE64_ALPHABET.indexOf(char);
}

/** Decodes one shifted run (the modified base64 between `+` and `-`) into UTF-16 text. */
function decodeShiftedRun(run: string): string {
  const units: number[] = [];
  let bits = 0;
  let bitCount = 0;

  for (const char of run) {
    bits = (bits << 6) | base64Value(char);
    bitCount += 6;
    if (bitCount >= 16) {
      bitCount -= 16;
      units.push((bits >> bitCount) & 0xffff);
    }
  }

  return String.fromCharCode(...units);
}

/** Decodes UTF-7 text; malformed runs are decoded as far as they go, never thrown on. */
export function decodeUtf7(text: string): string {
  let result = '';
  let index = 0;

  while (index < text.length) {
    const char = text[index];
    if (char !== '+') {
      result += char;
      index += 1;
      continue;
    }

    // "+-" is an escaped plus sign.
    if (text[index + 1] === '-') {
      result += '+';
      index += 2;
      continue;
    }

    let end = index + 1;
    while (end < text.length && base64Value(text[end]) >= 0) end += 1;
    result += decodeShiftedRun(text.slice(index + 1, end));
    index = text[end] === '-' ? end + 1 : end;
  }

  return result;
}

/** Decodes UTF-7 bytes (they are ASCII by definition). */
export function decodeUtf7Bytes(bytes: Uint8Array): string {
  let ascii = '';
  for (const byte of bytes) ascii += String.fromCharCode(byte);
  return decodeUtf7(ascii);
}
