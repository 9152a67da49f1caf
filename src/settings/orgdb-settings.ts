import type { OrgDbOrgSettings } from '../domain/settings-model';
import { DEFAULT_ORGDB_ORG_SETTINGS } from './defaults';
import { ORGDB_RULES, type KnownOrgDbSettings } from './field-rules';
import { describeValue, isPlainObject, readSection } from './read-field';
import type { SettingsIssue } from './settings-source';
import { readOrgSettingsXml, writeOrgSettingsXml } from './orgdb-xml';

const SECTION = 'orgdborgsettings';

export interface ParsedOrgDbOrgSettings {
  settings: OrgDbOrgSettings;
  issues: SettingsIssue[];
}

function defaults(): OrgDbOrgSettings {
  return { ...DEFAULT_ORGDB_ORG_SETTINGS, unknown: {} };
}

function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  // defineProperty so that a name like __proto__ is kept as data, not as a prototype.
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function isKnownName(name: string): name is keyof KnownOrgDbSettings {
  return Object.prototype.hasOwnProperty.call(ORGDB_RULES, name);
}

/** Reads name/value pairs: known names through their rules, other names kept in `unknown`. */
function readEntries(entries: [string, unknown][], issues: SettingsIssue[]): OrgDbOrgSettings {
  const known: Record<string, unknown> = {};
  const unknown: Record<string, string> = {};

  for (const [name, value] of entries) {
    const seen = Object.prototype.hasOwnProperty.call(isKnownName(name) ? known : unknown, name);
    if (seen) {
      issues.push({
        key: name,
        found: describeValue(value),
        used: describeValue(value),
        reason: 'named more than once; the last value is used',
      });
    }
    if (isKnownName(name)) setOwn(known, name, value);
    else setOwn(unknown, name, typeof value === 'string' ? value : describeValue(value));
  }

  const settings = readSection(known, ORGDB_RULES, DEFAULT_ORGDB_ORG_SETTINGS, issues, {
    sectionName: SECTION,
  });
  return { ...settings, unknown };
}

/**
 * Parses `orgdborgsettings`: the XML text of the organization column (or, in a local document,
 * an object of name/value pairs). Empty or missing: all defaults. Malformed: all defaults and
 * an issue. Never throws.
 */
export function parseOrgDbOrgSettings(xml: unknown): ParsedOrgDbOrgSettings {
  const issues: SettingsIssue[] = [];
  if (xml === undefined || xml === null) return { settings: defaults(), issues };

  if (isPlainObject(xml)) {
    return { settings: readEntries(Object.entries(xml), issues), issues };
  }
  if (typeof xml !== 'string') {
    issues.push({
      key: SECTION,
      found: describeValue(xml),
      used: 'defaults',
      reason: 'not XML text',
    });
    return { settings: defaults(), issues };
  }
  if (xml.trim() === '') return { settings: defaults(), issues };

  const read = readOrgSettingsXml(xml);
  if (!read.ok) {
    issues.push({
      key: SECTION,
      found: describeValue(xml),
      used: 'defaults',
      reason: `malformed XML: ${read.error}`,
    });
    return { settings: defaults(), issues };
  }
  return { settings: readEntries(read.entries, issues), issues };
}

/** Writes every known setting, then the unknown names as they were read. */
export function serializeOrgDbOrgSettings(value: OrgDbOrgSettings): string {
  const entries: [string, string][] = [];
  for (const name of Object.keys(ORGDB_RULES) as (keyof KnownOrgDbSettings)[]) {
    entries.push([name, String(value[name])]);
  }
  for (const [name, text] of Object.entries(value.unknown)) {
    if (!isKnownName(name)) entries.push([name, text]);
  }
  return writeOrgSettingsXml(entries);
}
