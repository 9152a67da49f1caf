import type { TrackingSettings } from '../../domain/settings-model';
import {
  parseSettingsDocument,
  serializeOrgDbOrgSettings,
  type OrganizationDocument,
  type SettingsIssue,
} from '../../settings';

/** The sections the organization editor holds; personal options stay in the form. */
const EDITED_SECTIONS = ['organization', 'orgdborgsettings'];

export type OrganizationDocumentRead =
  | { ok: true; document: OrganizationDocument; issues: SettingsIssue[] }
  | { ok: false; message: string };

/** The editor's starting text: the organization settings in force, as a local document part. */
export function organizationDocumentText(settings: TrackingSettings): string {
  const document = {
    organization: settings.organization,
    orgdborgsettings: serializeOrgDbOrgSettings(settings.orgdborgsettings),
  };
  return JSON.stringify(document, null, 2);
}

function describeJsonError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The editor's text as the document part to save, with what loading it would ignore or change
 * (parseSettingsDocument's issues). Malformed JSON, or JSON that is not an object, is refused.
 */
export function readOrganizationDocument(text: string): OrganizationDocumentRead {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return {
      ok: false,
      message: `The organization settings are not valid JSON (${describeJsonError(error)}).`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      message:
        'The organization settings must be a JSON object: ' +
        '{"organization": {...}, "orgdborgsettings": "<OrgSettings>…</OrgSettings>"}.',
    };
  }

  const record = value as Record<string, unknown>;
  const issues: SettingsIssue[] = [];
  for (const key of Object.keys(record)) {
    if (EDITED_SECTIONS.includes(key)) continue;
    const personal = key === 'usersettings' || key === 'client';
    issues.push({
      key,
      found: personal ? 'a section' : (JSON.stringify(record[key]) ?? String(record[key])),
      used: '(ignored)',
      reason: personal
        ? 'personal options are edited in the form, not here'
        : 'not organization or orgdborgsettings',
    });
  }

  const document = { organization: record.organization, orgdborgsettings: record.orgdborgsettings };
  issues.push(...parseSettingsDocument(document).issues);
  return { ok: true, document, issues };
}
