import { classifyHeaderLine } from '../headers';
import { decodeUtf8OrLatin1 } from './charset';

/**
 * Splits a raw message into its header section and the rest, at the byte level. Header lines
 * are decoded one by one (UTF-8 when valid, else Latin-1), because old clients wrote raw 8-bit
 * Latin-1 into headers. Also builds a repaired copy of the message for the MIME parser: the
 * mbox `From ` line dropped and unindented continuation lines indented, so that a header block
 * broken like the Exchange Online one still yields its Content-Type and MIME parts.
 */

export interface HeaderSection {
  rawHeaders: string;
  repairedMessage: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

interface ByteLine {
  start: number;
  /** End of the line's content, before CR LF. */
  end: number;
  /** Start of the next line. */
  next: number;
}

/** The header lines, up to (not including) the first empty line or the end of the message. */
function headerLines(bytes: Uint8Array): { lines: ByteLine[]; bodyStart: number } {
  const lines: ByteLine[] = [];
  let start = 0;

  while (start < bytes.length) {
    let newline = bytes.indexOf(LF, start);
    if (newline < 0) newline = bytes.length;
    const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
    const next = Math.min(newline + 1, bytes.length);
    if (end === start) return { lines, bodyStart: start };
    lines.push({ start, end, next });
    start = next;
  }

  return { lines, bodyStart: bytes.length };
}

/** The message with the mbox line dropped and each `indent` line given a leading space. */
function repair(bytes: Uint8Array, lines: ByteLine[], drop: Set<number>, indent: Set<number>) {
  const headerBytes: number[] = [];
  lines.forEach((line, index) => {
    if (drop.has(index)) return;
    if (indent.has(index)) headerBytes.push(SPACE);
    for (let at = line.start; at < line.next; at += 1) headerBytes.push(bytes[at]);
  });

  const bodyStart = lines.length > 0 ? lines[lines.length - 1].next : 0;
  const repaired = new Uint8Array(headerBytes.length + bytes.length - bodyStart);
  repaired.set(headerBytes);
  repaired.set(bytes.subarray(bodyStart), headerBytes.length);
  return repaired;
}

export function readHeaderSection(bytes: Uint8Array, problems: string[]): HeaderSection {
  const { lines, bodyStart } = headerLines(bytes);
  if (bodyStart === bytes.length) problems.push('The message has no body after its headers.');

  const texts: string[] = [];
  const drop = new Set<number>();
  const indent = new Set<number>();

  lines.forEach((line, index) => {
    const text = decodeUtf8OrLatin1(bytes.subarray(line.start, line.end));
    const kind = classifyHeaderLine(text, index);
    if (kind === 'mbox-from') drop.add(index);
    else texts.push(text);
    if (kind === 'bare-continuation' && index > 0) indent.add(index);
  });

  const needsRepair = drop.size > 0 || indent.size > 0;
  return {
    rawHeaders: texts.join('\r\n'),
    repairedMessage: needsRepair ? repair(bytes, lines, drop, indent) : bytes,
  };
}
