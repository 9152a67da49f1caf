import { defaultSettings, parseSettingsDocument } from '../../../src/settings';
import {
  organizationDocumentText,
  readOrganizationDocument,
} from '../../../src/taskpane/options/organization-document';

function settingsWithChanges() {
  const settings = defaultSettings();
  settings.organization.trackingprefix = 'CASE:';
  settings.orgdborgsettings.AllowPromoteDuplicates = true;
  settings.orgdborgsettings.unknown = { FutureSwitch: '1' };
  return settings;
}

describe('organizationDocumentText', () => {
  it('holds only the organization sections, and reads back to the values in force', () => {
    const settings = settingsWithChanges();

    const text = organizationDocumentText(settings);
    const value = JSON.parse(text) as Record<string, unknown>;

    expect(Object.keys(value)).toEqual(['organization', 'orgdborgsettings']);
    expect(value.orgdborgsettings).toMatch(/^<OrgSettings>.*<\/OrgSettings>$/);
    const reread = parseSettingsDocument(value);
    expect(reread.issues).toEqual([]);
    expect(reread.settings.organization).toEqual(settings.organization);
    expect(reread.settings.orgdborgsettings).toEqual(settings.orgdborgsettings);
  });
});

describe('readOrganizationDocument', () => {
  it('accepts the text it was given, with no issues', () => {
    const text = organizationDocumentText(settingsWithChanges());

    const read = readOrganizationDocument(text);

    expect(read).toEqual({ ok: true, document: JSON.parse(text), issues: [] });
  });

  it.each([
    ['{"organization": {', /not valid JSON/],
    ['', /not valid JSON/],
    ['[1, 2]', /must be a JSON object/],
    ['null', /must be a JSON object/],
    ['"text"', /must be a JSON object/],
  ])('refuses %p', (text, message) => {
    const read = readOrganizationDocument(text);

    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('reports values that would be changed and sections that are not its own', () => {
    const read = readOrganizationDocument(
      JSON.stringify({
        organization: { maximumtrackingnumber: 'lots', trackingprefix: 'A:' },
        orgdborgsettings: '<OrgSettings><AllowPromoteDuplicates>perhaps</AllowPromoteDuplicates>',
        usersettings: { offlinesyncinterval: 30 },
        extra: 1,
      }),
    );

    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.issues.map((issue) => issue.key)).toEqual([
      'usersettings',
      'extra',
      'maximumtrackingnumber',
      'orgdborgsettings',
    ]);
    expect(read.issues[0].reason).toMatch(/edited in the form/);
    // Only the organization sections are saved; the personal ones stay with the form.
    expect(Object.keys(read.document)).toEqual(['organization', 'orgdborgsettings']);
  });
});
