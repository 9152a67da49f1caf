/**
 * Raw header blocks (RFC 5322 §2.2): one field per header line, folded lines unfolded, every
 * occurrence kept in order. Tolerant of what real servers write: LF or CRLF, an mbox `From `
 * separator first, and continuation lines that lost their leading whitespace (Exchange Online).
 */

export interface HeaderField {
  /** The name as written (compare case-insensitively). */
  name: string;
  /** Unfolded value: each fold becomes one space; trimmed. */
  value: string;
}

/** How one line of a header block reads. */
export type HeaderLineKind = 'field' | 'folded' | 'bare-continuation' | 'mbox-from' | 'end';

/**
 * A header name as mail software writes it: letters, digits, `-`, `_`, `.`. RFC 5322 allows
 * more, but accepting only these is what lets a stray line such as `ds;MX:1;A:1` (a broken
 * fold) read as the continuation it is.
 */
const FIELD_LINE = /^([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*:(.*)$/s;

/** Splits text into lines on CRLF, LF or a lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Classifies a line; `index` is its position in the block (the mbox line can only be first). */
export function classifyHeaderLine(line: string, index: number): HeaderLineKind {
  if (line === '') return 'end';
  if (index === 0 && line.startsWith('From ')) return 'mbox-from';
  if (line.startsWith(' ') || line.startsWith('\t')) return 'folded';
  return FIELD_LINE.test(line) ? 'field' : 'bare-continuation';
}

/**
 * Parses a header block (it stops at the first empty line, so a whole message may be given).
 * Problems found on the way are appended to `problems` when given.
 */
export function parseHeaderBlock(raw: string, problems?: string[]): HeaderField[] {
  const fields: HeaderField[] = [];
  const lines = splitLines(raw);

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const kind = classifyHeaderLine(line, index);
    if (kind === 'end') break;
    if (kind === 'mbox-from') continue;

    const current = fields[fields.length - 1];
    if (kind === 'field') {
      const match = FIELD_LINE.exec(line);
      if (match) fields.push({ name: match[1], value: match[2].trim() });
      continue;
    }

    if (current === undefined) {
      problems?.push(`Header line ${index + 1} is not a header field and was ignored.`);
      continue;
    }

    if (kind === 'bare-continuation') {
      problems?.push(`Header line ${index + 1} continues ${current.name} without indentation.`);
    }

    // A whitespace-only fold adds nothing; any other fold becomes one space.
    const piece = line.trim();
    if (piece !== '') current.value = current.value === '' ? piece : `${current.value} ${piece}`;
  }

  return fields;
}

/** Every value of the named header, in order (name compared case-insensitively). */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return fields.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value);
}

/** The first value of the named header, or null when the header is missing. */
export function firstHeaderValue(fields: readonly HeaderField[], name: string): string | null {
  return headerValues(fields, name)[0] ?? null;
}
