import type { ClientOptions, TrackingSettings } from '../domain/settings-model';
import { DEFAULT_CLIENT_OPTIONS, DEFAULT_ORGANIZATION_SETTINGS, defaultSettings } from './defaults';
import {
  CLIENT_OPTION_RULES,
  ORGANIZATION_RULES,
  userSettingsDefaults,
  userSettingsRules,
} from './field-rules';
import { parseOrgDbOrgSettings } from './orgdb-settings';
import { describeValue, isPlainObject, readSection } from './read-field';
import type { SettingsIssue } from './settings-source';

/** The key under which issues about the document as a whole are reported. */
export const DOCUMENT_KEY = '(document)';

const SECTIONS = ['usersettings', 'organization', 'orgdborgsettings', 'client'];

export interface ParsedSettings {
  settings: TrackingSettings;
  issues: SettingsIssue[];
}

/** Client options from their own stored object; `client.` + key in issues. */
export function parseClientOptions(raw: unknown, issues: SettingsIssue[]): ClientOptions {
  return readSection(raw, CLIENT_OPTION_RULES, DEFAULT_CLIENT_OPTIONS, issues, {
    sectionName: 'client',
    keyPrefix: 'client.',
    reportUnknown: true,
  });
}

export interface RawLayers {
  usersettings: unknown;
  organization: unknown;
  orgdborgsettings: unknown;
  client: unknown;
}

/** Reads the layers in dependency order: the org minimums bound the personal intervals. */
export function parseLayers(raw: RawLayers, reportUnknown: boolean): ParsedSettings {
  const issues: SettingsIssue[] = [];

  const organization = readSection(
    raw.organization,
    ORGANIZATION_RULES,
    DEFAULT_ORGANIZATION_SETTINGS,
    issues,
    { sectionName: 'organization', reportUnknown },
  );

  const orgDb = parseOrgDbOrgSettings(raw.orgdborgsettings);
  issues.push(...orgDb.issues);

  const usersettings = readSection(
    raw.usersettings,
    userSettingsRules(organization),
    userSettingsDefaults(organization),
    issues,
    { sectionName: 'usersettings', reportUnknown },
  );

  const client = parseClientOptions(raw.client, issues);
  return {
    settings: { usersettings, organization, orgdborgsettings: orgDb.settings, client },
    issues,
  };
}

export function parseJsonText(
  text: string,
  issues: SettingsIssue[],
  key: string = DOCUMENT_KEY,
): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    issues.push({
      key,
      found: describeValue(text),
      used: 'defaults',
      reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/**
 * The sections of a local document (an object or its JSON text); null when there is none.
 * A document that is not an object, and unknown sections, become issues.
 */
export function readDocumentSections(doc: unknown, issues: SettingsIssue[]): RawLayers | null {
  const value = typeof doc === 'string' ? parseJsonText(doc, issues) : doc;
  if (value === undefined || value === null) return null;

  if (!isPlainObject(value)) {
    issues.push({
      key: DOCUMENT_KEY,
      found: describeValue(value),
      used: 'defaults',
      reason: 'not an object with usersettings, organization, orgdborgsettings and client',
    });
    return null;
  }

  for (const key of Object.keys(value)) {
    if (SECTIONS.includes(key)) {
      // A missing section is fine; one written as null was meant to hold something.
      if (value[key] === null) {
        issues.push({ key, found: 'null', used: 'defaults', reason: 'the section is null' });
      }
      continue;
    }
    issues.push({
      key,
      found: describeValue(value[key]),
      used: '(ignored)',
      reason: 'not a known section of the settings document',
    });
  }
  return {
    usersettings: value.usersettings,
    organization: value.organization,
    orgdborgsettings: value.orgdborgsettings,
    client: value.client,
  };
}

/**
 * Parses a local settings document `{usersettings, organization, orgdborgsettings, client}` (an
 * object or its JSON text). Anything wrong becomes an issue and a default; never throws.
 */
export function parseSettingsDocument(doc: unknown): ParsedSettings {
  const issues: SettingsIssue[] = [];
  const sections = readDocumentSections(doc, issues);
  if (sections === null) return { settings: defaultSettings(), issues };

  const parsed = parseLayers(sections, true);
  return { settings: parsed.settings, issues: [...issues, ...parsed.issues] };
}
