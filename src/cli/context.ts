import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CrmLookups } from '../domain/crm-lookups';
import type { CrmUser } from '../domain/crm-records';
import { TrackerError, isTrackerError } from '../domain/errors';
import type { TrackingSettings } from '../domain/settings-model';
import { createSeedLookups, findSeedUser, seedRows, unreadSeedSets } from '../crm/seed-lookups';
import { DEFAULT_SETTINGS, parseSettingsDocument } from '../settings';
import type { SettingsIssue } from '../settings/settings-source';
import { sameRecordId } from '../domain/record-id';
import type { ExplainOptions } from './args';

/** The repository root, whatever the working directory (this file is src/cli/context.ts). */
export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_DATA_PATH = resolve(REPOSITORY_ROOT, 'data', 'demo-seed.json');

/** Everything every message is explained against. */
export interface ExplainContext {
  lookups: CrmLookups;
  user: CrmUser;
  settings: TrackingSettings;
  /** Settings keys that were ignored or changed, with where they came from. */
  issues: { source: string; issue: SettingsIssue }[];
  /** Other things worth telling the user on standard error (parts of --data not read). */
  notes: string[];
}

/**
 * Reads --data and --settings. The seed's organization row and the user's usersettings row give
 * the settings; a --settings document wins over them key by key (its orgdborgsettings XML
 * replaces the seed's as a whole). Throws TrackerError 'BadOption' or 'BadSettings'.
 */
export async function loadExplainContext(options: ExplainOptions): Promise<ExplainContext> {
  const dataPath = options.dataPath ?? DEFAULT_DATA_PATH;
  const seed = await readJson(dataPath, 'BadOption', 'CRM data');
  // The data file is checked first; then a --user it does not know is the option's fault.
  if (options.userAddress !== null && findSeedUser(seed, options.userAddress) === null) {
    throw new TrackerError(
      'BadOption',
      `--user: no system user has the address ${options.userAddress} in ${dataPath}.`,
    );
  }
  const lookups = createSeedLookups(seed, options.userAddress ?? undefined);
  const user = await lookups.whoAmI();
  const notes = unreadSeedSets(seed).map(
    (set) => `${dataPath}: the set "${set}" is not one the tool reads; it is ignored.`,
  );

  const fromSeed = seedSettingsDocument(seed, user.id);
  const fromFile = options.settingsPath
    ? await readJson(options.settingsPath, 'BadSettings', 'settings')
    : null;
  if (fromFile !== null && !isObject(fromFile)) {
    throw new TrackerError(
      'BadSettings',
      `The settings file ${options.settingsPath} is not a JSON object.`,
    );
  }
  if (!fromSeed && !fromFile) {
    return { lookups, user, settings: DEFAULT_SETTINGS, issues: [], notes };
  }

  const { settings, issues } = parseSettingsDocument(
    mergeDocuments(fromSeed ?? {}, fromFile ?? {}),
  );
  const source = fromFile ? `${options.settingsPath} and the CRM data` : 'the CRM data';
  return { lookups, user, settings, issues: issues.map((issue) => ({ source, issue })), notes };
}

type Doc = Record<string, unknown>;

/** The seed's settings rows in the local document format, or null when it has none. */
function seedSettingsDocument(seed: unknown, userId: string): Doc | null {
  const organization = seedRows(seed, 'organizations')[0];
  const usersettings = seedRows(seed, 'usersettingscollection').find((row) =>
    sameRecordId(typeof row.systemuserid === 'string' ? row.systemuserid : null, userId),
  );
  if (!organization && !usersettings) return null;

  const doc: Doc = {};
  if (organization) {
    const { orgdborgsettings, ...columns } = organization;
    doc.organization = onlyKeysOf(columns, DEFAULT_SETTINGS.organization);
    if (typeof orgdborgsettings === 'string') doc.orgdborgsettings = orgdborgsettings;
  }
  if (usersettings) doc.usersettings = onlyKeysOf(usersettings, DEFAULT_SETTINGS.usersettings);
  return doc;
}

function mergeDocuments(base: Doc, over: Doc): Doc {
  const merged: Doc = { ...base };
  for (const [key, value] of Object.entries(over)) {
    merged[key] = isObject(value) && isObject(base[key]) ? { ...base[key], ...value } : value;
  }
  return merged;
}

// A row has many columns that are not settings (ids, names, annotations): keep the settings.
function onlyKeysOf(row: Doc, known: object): Doc {
  return Object.fromEntries(Object.entries(row).filter(([key]) => Object.hasOwn(known, key)));
}

async function readJson(
  path: string,
  code: 'BadOption' | 'BadSettings',
  what: string,
): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TrackerError(code, `Cannot read the ${what} file ${path}: ${describeError(error)}.`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new TrackerError(
      code,
      `The ${what} file ${path} is not valid JSON: ${describeError(error)}.`,
    );
  }
}

function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

export function describeError(error: unknown): string {
  if (isTrackerError(error)) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return ERRNO_TEXT[code] ? `${ERRNO_TEXT[code]} (${code})` : error.message;
    return error.message;
  }
  return String(error);
}
