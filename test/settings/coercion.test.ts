import { API_PATH_DROPPED, parseSettingsDocument } from '../../src/settings';
import type { TrackingSettings } from '../../src/domain/settings-model';

type Layer = 'usersettings' | 'organization' | 'client';

function read(layer: Layer, key: string, value: unknown, organization: object = {}) {
  const result = parseSettingsDocument({ organization, [layer]: { [key]: value } });
  const section = result.settings[layer] as unknown as Record<string, unknown>;
  return { value: section[key], issues: result.issues };
}

describe('booleans', () => {
  const cases: [unknown, boolean][] = [
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['true', true],
    ['FALSE', false],
    [' True ', true],
    ['1', true],
    ['0', false],
  ];

  it.each(cases)('%p reads as %p without an issue', (raw, expected) => {
    const { value, issues } = read('usersettings', 'issendasallowed', raw);

    expect(value).toBe(expected);
    expect(issues).toEqual([]);
  });

  it.each([['yes'], [2], [''], [{}], [[true]], ['on']])('%p is not a boolean', (raw) => {
    const { value, issues } = read('client', 'backgroundTrack', raw);

    expect(value).toBe(true);
    expect(issues).toEqual([
      expect.objectContaining({
        key: 'client.backgroundTrack',
        used: 'true',
        reason: 'not a boolean',
      }),
    ]);
  });
});

describe('option sets and choices', () => {
  const cases: [Layer, string, unknown, unknown, boolean][] = [
    ['usersettings', 'incomingemailfilteringmethod', 4, 4, false],
    ['usersettings', 'incomingemailfilteringmethod', '0', 0, false],
    // Out of range: clamped to the nearest allowed value (spec §1).
    ['usersettings', 'incomingemailfilteringmethod', 5, 4, true],
    ['usersettings', 'incomingemailfilteringmethod', -1, 0, true],
    ['usersettings', 'incomingemailfilteringmethod', 2.5, 1, true],
    ['usersettings', 'incomingemailfilteringmethod', 'all', 1, true],
    ['usersettings', 'autocreatecontactonpromote', 2, 2, false],
    ['usersettings', 'autocreatecontactonpromote', 3, 2, true],
    ['client', 'matchContacts', 'synchronized', 'synchronized', false],
    ['client', 'matchContacts', ' ALL ', 'all', false],
    ['client', 'matchContacts', 'owned', 'all', true],
    ['client', 'matchOtherRecords', 'none', 'none', false],
    ['client', 'matchOtherRecords', 'mine', 'owned', true],
    ['client', 'matchOtherRecords', 1, 'owned', true],
  ];

  it.each(cases)('%s.%s = %p reads as %p', (layer, key, raw, expected, hasIssue) => {
    const { value, issues } = read(layer, key, raw);

    expect(value).toBe(expected);
    expect(issues).toHaveLength(hasIssue ? 1 : 0);
  });
});

describe('numbers and clamps', () => {
  const cases: [Layer, string, unknown, unknown, string | null][] = [
    ['usersettings', 'outlooksyncinterval', 30, 30, null],
    ['usersettings', 'outlooksyncinterval', '45', 45, null],
    ['usersettings', 'outlooksyncinterval', 5, 15, 'below the minimum of 15'],
    ['usersettings', 'addressbooksyncinterval', 30, 60, 'below the minimum of 60'],
    ['usersettings', 'offlinesyncinterval', 'soon', 15, 'not a whole number'],
    ['usersettings', 'offlinesyncinterval', 20.5, 15, 'not a whole number'],
    ['usersettings', 'offlinesyncinterval', Number.NaN, 15, 'not a whole number'],
    ['organization', 'trackingtokeniddigits', 0, 1, 'below the minimum of 1'],
    ['organization', 'trackingtokeniddigits', 12, 9, 'above the maximum of 9'],
    ['organization', 'trackingtokeniddigits', 4, 4, null],
    ['organization', 'trackingtokenidbase', -3, 0, 'below the minimum of 0'],
    ['organization', 'maximumtrackingnumber', 0, 0, null],
    ['organization', 'maximumtrackingnumber', 1e12, 999999999, 'above the maximum of 999999999'],
    ['client', 'localDataRefreshMinutes', 0, 1, 'below the minimum of 1'],
    // Every whole number is bounded by the Int32 columns that hold them.
    ['usersettings', 'outlooksyncinterval', 2147483647, 2147483647, null],
    [
      'usersettings',
      'outlooksyncinterval',
      2147483648,
      2147483647,
      'above the maximum of 2147483647',
    ],
    ['usersettings', 'offlinesyncinterval', 1e20, 2147483647, 'above the maximum of 2147483647'],
    [
      'usersettings',
      'addressbooksyncinterval',
      '99999999999999999999',
      2147483647,
      'above the maximum of 2147483647',
    ],
    ['client', 'localDataRefreshMinutes', 5e9, 2147483647, 'above the maximum of 2147483647'],
    ['organization', 'tagpollingperiod', 3e9, 2147483647, 'above the maximum of 2147483647'],
    ['organization', 'hashmaxcount', 2 ** 31, 2147483647, 'above the maximum of 2147483647'],
    ['usersettings', 'outlooksyncinterval', Infinity, 15, 'not a whole number'],
  ];

  it.each(cases)('%s.%s = %p reads as %p', (layer, key, raw, expected, reason) => {
    const { value, issues } = read(layer, key, raw);

    expect(value).toBe(expected);
    expect(issues.map((issue) => issue.reason)).toEqual(reason === null ? [] : [reason]);
  });

  it('clamps personal intervals to the organization minimums, rounded up to whole minutes', () => {
    const organization = { minoutlooksyncinterval: 1830000, minaddressbooksyncinterval: 0 };
    const result = parseSettingsDocument({
      organization,
      usersettings: { outlooksyncinterval: 15, addressbooksyncinterval: 1 },
    });

    expect(result.settings.usersettings.outlooksyncinterval).toBe(31);
    expect(result.settings.usersettings.addressbooksyncinterval).toBe(1);
    expect(result.issues).toEqual([
      {
        key: 'outlooksyncinterval',
        found: '15',
        used: '31',
        reason: 'below the minimum of 31',
      },
    ]);
  });

  it('raises a default interval to a higher organization minimum', () => {
    const result = parseSettingsDocument({
      organization: { minoutlooksyncinterval: 3600000 },
      usersettings: { offlinesyncinterval: 'soon' },
    });

    expect(result.settings.usersettings.outlooksyncinterval).toBe(60);
    expect(result.settings.usersettings.offlinesyncinterval).toBe(15);
    expect(result.issues).toEqual([expect.objectContaining({ key: 'offlinesyncinterval' })]);
  });
});

describe('text settings', () => {
  it.each([
    ['CRM:', 'CRM:', null],
    [' NEW: ; ;CRM: ', 'NEW:;CRM:', null],
    [' ; ', 'CRM:', 'not a list of prefixes'],
    [7, 'CRM:', 'not a list of prefixes'],
  ])('trackingprefix %p reads as %p', (raw, expected, reason) => {
    const { value, issues } = read('organization', 'trackingprefix', raw);

    expect(value).toBe(expected);
    expect(issues.map((issue) => issue.reason)).toEqual(reason === null ? [] : [reason]);
  });

  it.each([
    ['^(re|fw):', '^(re|fw):', null],
    ['([unclosed', '^[\\s]*([\\w]+\\s?:[\\s]*)+', 'not a valid regular expression'],
    [12, '^[\\s]*([\\w]+\\s?:[\\s]*)+', 'not a valid regular expression'],
  ])('hashfilterkeywords %p reads as %p', (raw, expected, reason) => {
    const { value, issues } = read('organization', 'hashfilterkeywords', raw);

    expect(value).toBe(expected);
    expect(issues.map((issue) => issue.reason)).toEqual(reason === null ? [] : [reason]);
  });

  const NOT_HTTPS = 'not an https address without a query';
  it.each([
    ['', '', null],
    ['https://crm.example.com/', 'https://crm.example.com', null],
    ['https://localhost:3000', 'https://localhost:3000', null],
    ['https://crm.example.com/org1/', 'https://crm.example.com/org1', null],
    ['ftp://crm.example.com', '', NOT_HTTPS],
    ['crm.example.com', '', NOT_HTTPS],
    ['https://crm.example.com/?token=abc', '', NOT_HTTPS],
    ['https://crm.example.com/#top', '', NOT_HTTPS],
    ['https://me:secret@crm.example.com', '', NOT_HTTPS],
    // Office add-ins run on https pages: an http address would be blocked as mixed content.
    ['http://localhost:3310', '', NOT_HTTPS],
    ['http://crm.example.com', '', NOT_HTTPS],
    // A pasted Web API address would get the path twice: it is cut back to its base.
    ['https://crm.example.com/api/data/v9.2/', 'https://crm.example.com', API_PATH_DROPPED],
    ['https://crm.example.com/api/data/v9.2', 'https://crm.example.com', API_PATH_DROPPED],
    ['https://localhost:3000/org/API/Data/v9.0//', 'https://localhost:3000/org', API_PATH_DROPPED],
    ['https://crm.example.com/api/data', 'https://crm.example.com/api/data', null],
  ])('client.crmUrl %p reads as %p', (raw, expected, reason) => {
    const { value, issues } = read('client', 'crmUrl', raw);

    expect(value).toBe(expected);
    expect(issues.map((issue) => issue.reason)).toEqual(reason === null ? [] : [reason]);
  });
});

it('treats null like a missing value', () => {
  const result = parseSettingsDocument({ usersettings: { issendasallowed: null } });
  const settings: TrackingSettings = result.settings;

  expect(settings.usersettings.issendasallowed).toBe(false);
  expect(result.issues).toEqual([]);
});
