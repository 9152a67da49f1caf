import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Reading helpers for the demo data test: the seed as loose rows, the samples as raw headers. */

export const REPO = resolve(__dirname, '..', '..');
export const SEED_PATH = join(REPO, 'data', 'demo-seed.json');
export const SAMPLES_DIR = join(REPO, 'samples');

export type Row = Record<string, unknown>;
export type Seed = Record<string, Row[]>;

/** Primary key column and logical name of each entity set in the seed. */
export const ENTITY_SETS: Record<string, { table: string; key: string; name: string }> = {
  systemusers: { table: 'systemuser', key: 'systemuserid', name: 'fullname' },
  queues: { table: 'queue', key: 'queueid', name: 'name' },
  accounts: { table: 'account', key: 'accountid', name: 'name' },
  contacts: { table: 'contact', key: 'contactid', name: 'fullname' },
  leads: { table: 'lead', key: 'leadid', name: 'fullname' },
  opportunities: { table: 'opportunity', key: 'opportunityid', name: 'name' },
  incidents: { table: 'incident', key: 'incidentid', name: 'title' },
  emails: { table: 'email', key: 'activityid', name: 'subject' },
  organizations: { table: 'organization', key: 'organizationid', name: 'name' },
};

export const EMAIL_COLUMNS = [
  'internalemailaddress',
  'emailaddress',
  'emailaddress1',
  'emailaddress2',
  'emailaddress3',
];

export function readSeed(): Seed {
  return JSON.parse(readFileSync(SEED_PATH, 'utf8')) as Seed;
}

/** Rows of the email-enabled tables whose email columns hold the address (any letter case). */
export function rowsWithAddress(seed: Seed, address: string): { set: string; row: Row }[] {
  const wanted = address.toLowerCase();
  const sets = ['systemusers', 'contacts', 'accounts', 'leads', 'queues'];
  return sets.flatMap((set) =>
    seed[set]
      .filter((row) =>
        EMAIL_COLUMNS.some((c) => typeof row[c] === 'string' && row[c].toLowerCase() === wanted),
      )
      .map((row) => ({ set, row })),
  );
}

export interface Sample {
  file: string;
  raw: string;
  headers: { name: string; value: string }[];
}

export function readSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter((file) => file.endsWith('.eml'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(SAMPLES_DIR, file), 'latin1');
      return { file, raw, headers: parseHeaders(raw) };
    });
}

/** The header block, unfolded; every occurrence kept. Works for CRLF and LF files. */
export function parseHeaders(raw: string): { name: string; value: string }[] {
  const end = raw.search(/\r?\n\r?\n/);
  const block = end === -1 ? raw : raw.slice(0, end);
  return block
    .replace(/\r?\n(?=[ \t])/g, '')
    .split(/\r?\n/)
    .filter((line) => line.includes(':') && !line.startsWith('From '))
    .map((line) => {
      const colon = line.indexOf(':');
      return {
        name: line.slice(0, colon).trim().toLowerCase(),
        value: line.slice(colon + 1).trim(),
      };
    });
}

export function header(sample: { headers: Sample['headers'] }, name: string): string | null {
  return sample.headers.find((h) => h.name === name.toLowerCase())?.value ?? null;
}

/** The address inside the angle brackets of a one-mailbox header, or the bare value. */
export function addressOf(value: string): string {
  const match = /<([^>]+)>\s*$/.exec(value);
  return (match === null ? value : match[1]).trim();
}

/** Decodes RFC 2047 UTF-8 encoded words (B and Q), enough for the demo samples. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) => {
      if (kind.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text
        .replace(/_/g, ' ')
        .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });
}

/** Message ids of a header value, brackets kept, in order. */
export function messageIds(value: string | null): string[] {
  return value === null ? [] : (value.match(/<[^<>\s]+>/g) ?? []);
}

/** The 22-byte root of a base64 Thread-Index, as hex. */
export function threadIndexRoot(value: string): string {
  return Buffer.from(value, 'base64').subarray(0, 22).toString('hex');
}
