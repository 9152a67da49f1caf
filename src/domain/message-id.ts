/**
 * Message-ID normalization (spec §2): trimmed, unfolded, angle brackets removed, compared
 * case-sensitively. An empty value is unknown and never a correlation key.
 */

/** The normalized id, or null when missing or empty. */
export function normalizeMessageId(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;

  let id = raw.replace(/\r?\n[ \t]*/g, '').trim();
  if (id.startsWith('<')) id = id.slice(1);
  if (id.endsWith('>')) id = id.slice(0, -1);
  id = id.trim();

  return id === '' ? null : id;
}

/** A msg-id body is one run of visible characters without brackets. */
function isUsableId(id: string): boolean {
  return id !== '' && !/[\s<>]/.test(id);
}

/**
 * Reads a References or In-Reply-To value: bracketed ids separated by spaces or commas (or
 * nothing), folding tolerated, bare `local@domain` ids accepted. A broken id, such as one with
 * whitespace inside its brackets or an unclosed bracket, is skipped. Comments and phrases
 * (`<id> (message of Monday)`) are ignored.
 */
export function parseMessageIdList(raw: string): string[] {
  const ids: string[] = [];
  const text = raw.replace(/\r?\n/g, ' ');
  let index = 0;

  while (index < text.length) {
    const char = text[index];

    if (char === '<') {
      const close = text.indexOf('>', index + 1);
      if (close < 0) break;
      // An id left unclosed ("<garbage <id>") is skipped: the next one starts at the inner '<'.
      const reopen = text.indexOf('<', index + 1);
      if (reopen >= 0 && reopen < close) {
        index = reopen;
        continue;
      }
      const id = text.slice(index + 1, close).trim();
      if (isUsableId(id)) ids.push(id);
      index = close + 1;
      continue;
    }

    if (char === '(') {
      const close = text.indexOf(')', index + 1);
      index = close < 0 ? text.length : close + 1;
      continue;
    }

    if (/[\s,]/.test(char)) {
      index += 1;
      continue;
    }

    // A bare token runs to the next separator; only one that looks like an id is kept.
    let end = index;
    while (end < text.length && !/[\s,<(]/.test(text[end])) end += 1;
    const token = text.slice(index, end);
    if (token.includes('@') && isUsableId(token)) ids.push(token);
    index = end;
  }

  return ids;
}
