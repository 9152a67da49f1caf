/**
 * Reply and forward prefixes of subjects (spec §2). The prefix lists are data: add a word here
 * and every rule that reads subjects follows.
 */

/** Localized reply prefixes, upper-case, without the colon. */
export const REPLY_PREFIXES: readonly string[] = [
  'RE',
  'AW',
  'SV',
  'ANTW',
  'ANTWORT',
  'RES',
  'R',
  'ODP',
  'YNT',
  'ATB',
  'REF',
  'RIF',
  'HV',
];

/** Localized forward prefixes, upper-case, without the colon. */
export const FORWARD_PREFIXES: readonly string[] = [
  'FW',
  'FWD',
  'WG',
  'TR',
  'RV',
  'ENC',
  'I',
  'VS',
  'VB',
  'VL',
  'PD',
  'WT',
  'DOORST',
  'FS',
  'TRS',
  'YML',
  'ILT',
];

/** A word, an optional `[n]`/`(n)` counter, then `:` or the full-width `：`. */
const PREFIX_AT_START = /^([\p{L}]+)[ \t]?(?:\[\d+\]|\(\d+\))?[ \t]?[:：]/u;
const TAG_AT_START = /^\[[^\]]*\]/;

export interface SubjectKind {
  /** The first prefix is a reply prefix. */
  isReply: boolean;
  /** The first prefix is a forward prefix. */
  isForward: boolean;
  /** The first prefix as written, upper-cased (`R`, `FWD`), or null when there is none. */
  firstPrefix: string | null;
}

interface PrefixRun {
  prefixes: string[];
  rest: string;
}

/** Upper case for comparison; Turkish dotted `İ` counts as `I` (Turkish Outlook writes `İLT:`). */
function foldPrefix(word: string): string {
  return word.toUpperCase().replace(/\u0130/g, 'I');
}

function isKnownPrefix(word: string): boolean {
  const folded = foldPrefix(word);
  return REPLY_PREFIXES.includes(folded) || FORWARD_PREFIXES.includes(folded);
}

/**
 * Reads the leading run of prefixes. Bracket tags (`[EXTERNAL]`) count as part of the run when
 * a prefix follows them (decision: a tag after the last prefix is kept, being subject text).
 */
function readPrefixRun(subject: string): PrefixRun {
  const prefixes: string[] = [];
  let rest = subject.trimStart();
  let afterLastPrefix = rest;

  for (;;) {
    const tag = TAG_AT_START.exec(rest);
    if (tag) {
      rest = rest.slice(tag[0].length).trimStart();
      continue;
    }

    const prefix = PREFIX_AT_START.exec(rest);
    if (!prefix || !isKnownPrefix(prefix[1])) break;
    prefixes.push(foldPrefix(prefix[1]));
    rest = rest.slice(prefix[0].length).trimStart();
    afterLastPrefix = rest;
  }

  return { prefixes, rest: afterLastPrefix };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The subject without its leading reply/forward prefixes (and tags among them). */
export function stripSubjectPrefixes(subject: string): string {
  return collapseWhitespace(readPrefixRun(subject).rest);
}

/** Whether the subject reads as a reply or forward; the first prefix decides which. */
export function subjectKind(subject: string): SubjectKind {
  const firstPrefix = readPrefixRun(subject).prefixes[0] ?? null;
  return {
    isReply: firstPrefix !== null && REPLY_PREFIXES.includes(firstPrefix),
    isForward: firstPrefix !== null && FORWARD_PREFIXES.includes(firstPrefix),
    firstPrefix,
  };
}

/** The form subjects are compared in: prefixes stripped, whitespace collapsed, case folded. */
export function normalizeSubjectForComparison(subject: string): string {
  return stripSubjectPrefixes(subject).normalize('NFC').toLowerCase();
}
