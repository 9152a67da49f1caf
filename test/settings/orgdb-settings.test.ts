import {
  DEFAULT_ORGDB_ORG_SETTINGS,
  parseOrgDbOrgSettings,
  serializeOrgDbOrgSettings,
} from '../../src/settings';
import { readOrgSettingsXml } from '../../src/settings/orgdb-xml';

describe('readOrgSettingsXml', () => {
  const good: [string, string, [string, string][]][] = [
    ['empty root', '<OrgSettings></OrgSettings>', []],
    ['self-closed root', '<OrgSettings/>', []],
    ['one element', '<OrgSettings><A>1</A></OrgSettings>', [['A', '1']]],
    [
      'declaration, comments and whitespace',
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!-- org -->\n' +
        '<OrgSettings>\n  <A> true </A>\n  <!-- note -->\n  <B/>\n</OrgSettings>\n',
      [
        ['A', 'true'],
        ['B', ''],
      ],
    ],
    [
      'entities and character references',
      '<OrgSettings><R>a &lt; b &amp;&amp; c &gt; d &quot;&apos; &#65;&#x42;</R></OrgSettings>',
      [['R', 'a < b && c > d "\' AB']],
    ],
    ['CDATA', '<OrgSettings><R><![CDATA[x < y & z]]></R></OrgSettings>', [['R', 'x < y & z']]],
    ['attributes', '<OrgSettings xmlns="urn:x"><A type="b">1</A></OrgSettings>', [['A', '1']]],
  ];

  it.each(good)('reads %s', (_name, xml, entries) => {
    expect(readOrgSettingsXml(xml)).toEqual({ ok: true, entries });
  });

  const malformed: [string, string][] = [
    ['no root', '<Settings><A>1</A></Settings>'],
    ['plain text', 'VerboseErrorsOnPromoteToCRM=1'],
    ['unclosed root', '<OrgSettings><A>1</A>'],
    ['unclosed element', '<OrgSettings><A>1</OrgSettings>'],
    ['mismatched end tag', '<OrgSettings><A>1</B></OrgSettings>'],
    ['nested element', '<OrgSettings><A><B>1</B></A></OrgSettings>'],
    ['unknown entity', '<OrgSettings><A>&nbsp;</A></OrgSettings>'],
    ['bare ampersand', '<OrgSettings><A>a & b</A></OrgSettings>'],
    ['text after the root', '<OrgSettings></OrgSettings><A>1</A>'],
    ['stray text inside the root', '<OrgSettings>hello<A>1</A></OrgSettings>'],
  ];

  it.each(malformed)('rejects %s', (_name, xml) => {
    expect(readOrgSettingsXml(xml).ok).toBe(false);
  });
});

describe('parseOrgDbOrgSettings', () => {
  it('reads known names with their types and keeps unknown names', () => {
    const xml =
      '<OrgSettings><VerboseErrorsOnPromoteToCRM>1</VerboseErrorsOnPromoteToCRM>' +
      '<AllowPromoteDuplicates>True</AllowPromoteDuplicates>' +
      '<SSSForceFilteringMethodForUserMailboxes>2</SSSForceFilteringMethodForUserMailboxes>' +
      '<SetRegardingLookupDefaultEntityType>Account</SetRegardingLookupDefaultEntityType>' +
      '<MaximumSubjectLengthOnMailServer>300</MaximumSubjectLengthOnMailServer>' +
      '<EnableSomethingNew>yes &amp; more</EnableSomethingNew></OrgSettings>';

    const { settings, issues } = parseOrgDbOrgSettings(xml);

    expect(issues).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_ORGDB_ORG_SETTINGS,
      VerboseErrorsOnPromoteToCRM: 1,
      AllowPromoteDuplicates: true,
      SSSForceFilteringMethodForUserMailboxes: 2,
      SetRegardingLookupDefaultEntityType: 'account',
      MaximumSubjectLengthOnMailServer: 300,
      unknown: { EnableSomethingNew: 'yes & more' },
    });
  });

  it('matches names exactly: another letter case is an unknown name', () => {
    const { settings } = parseOrgDbOrgSettings(
      '<OrgSettings><donotautotrackemail>true</donotautotrackemail></OrgSettings>',
    );

    expect(settings.DoNotAutoTrackEmail).toBe(false);
    expect(settings.unknown).toEqual({ donotautotrackemail: 'true' });
  });

  const coercions: [string, string, unknown, string | null][] = [
    ['MaximumSubjectLengthOnMailServer', '100', 255, 'below the minimum of 255'],
    ['MaximumSubjectLengthOnMailServer', '999', 400, 'above the maximum of 400'],
    ['BackgroundSendBatchSize', '0', 1, 'below the minimum of 1'],
    ['BackgroundSendBatchSize', '300', 255, 'above the maximum of 255'],
    ['BackgroundSendBatchSize', 'ten', 10, 'not a whole number'],
    ['SSSForceFilteringMethodForUserMailboxes', '-1', -1, null],
    ['SSSForceFilteringMethodForUserMailboxes', '5', 4, 'above the maximum of 4'],
    ['VerboseErrorsOnPromoteToCRM', 'true', 1, null],
    ['VerboseErrorsOnPromoteToCRM', '2', 0, 'not 0 or 1'],
    ['TrackCategorizedItems', '0', false, null],
    ['TrackCategorizedItems', 'maybe', true, 'not a boolean'],
    ['SetRegardingLookupDefaultEntityType', 'not a table!', '', 'not a table logical name'],
  ];

  it.each(coercions)('%s = %p reads as %p', (name, text, expected, reason) => {
    const { settings, issues } = parseOrgDbOrgSettings(
      `<OrgSettings><${name}>${text}</${name}></OrgSettings>`,
    );

    expect((settings as unknown as Record<string, unknown>)[name]).toBe(expected);
    expect(issues.map((issue) => [issue.key, issue.reason])).toEqual(
      reason === null ? [] : [[name, reason]],
    );
  });

  it.each([[''], ['   '], [null], [undefined]])('gives defaults without an issue for %p', (xml) => {
    expect(parseOrgDbOrgSettings(xml)).toEqual({
      settings: { ...DEFAULT_ORGDB_ORG_SETTINGS, unknown: {} },
      issues: [],
    });
  });

  it('gives defaults and says why for malformed XML', () => {
    const { settings, issues } = parseOrgDbOrgSettings(
      '<OrgSettings><DoNotAutoTrackEmail>true</OrgSettings>',
    );

    expect(settings.DoNotAutoTrackEmail).toBe(false);
    expect(issues).toEqual([
      expect.objectContaining({
        key: 'orgdborgsettings',
        used: 'defaults',
        reason: expect.stringMatching(/^malformed XML: <DoNotAutoTrackEmail> is not closed/),
      }),
    ]);
  });

  it('reports a name given twice and uses the last value', () => {
    const { settings, issues } = parseOrgDbOrgSettings(
      '<OrgSettings><DoNotAutoTrackEmail>true</DoNotAutoTrackEmail>' +
        '<DoNotAutoTrackEmail>false</DoNotAutoTrackEmail></OrgSettings>',
    );

    expect(settings.DoNotAutoTrackEmail).toBe(false);
    expect(issues.map((issue) => issue.key)).toEqual(['DoNotAutoTrackEmail']);
  });

  it('keeps an unknown name like __proto__ as data', () => {
    const { settings } = parseOrgDbOrgSettings(
      '<OrgSettings><__proto__>x</__proto__></OrgSettings>',
    );

    expect(Object.keys(settings.unknown)).toEqual(['__proto__']);
    expect(settings.unknown['__proto__']).toBe('x');
  });
});

describe('serializeOrgDbOrgSettings', () => {
  it('writes XML that reads back to the same settings, unknown names included', () => {
    const value = {
      ...DEFAULT_ORGDB_ORG_SETTINGS,
      OverrideTrackInCrmBehaviour: 1 as const,
      DoNotAutoTrackEmail: true,
      SetRegardingLookupDefaultEntityType: 'incident',
      BackgroundSendBatchSize: 42,
      unknown: { Custom: 'a < b & "c"' },
    };

    const xml = serializeOrgDbOrgSettings(value);

    expect(xml.startsWith('<OrgSettings>')).toBe(true);
    expect(parseOrgDbOrgSettings(xml)).toEqual({ settings: value, issues: [] });
  });
});
