import { DEFAULT_SETTINGS, parseSettingsDocument } from '../../src/settings';

describe('parseSettingsDocument with a bad document', () => {
  const cases: [string, unknown, string | null][] = [
    ['undefined', undefined, null],
    ['null', null, null],
    ['a number', 42, '(document)'],
    ['a string that is not JSON', '{not json', '(document)'],
    ['JSON text of an array', '[1,2]', '(document)'],
    ['an array', [{ usersettings: {} }], '(document)'],
    ['a boolean', true, '(document)'],
    ['usersettings as an array', { usersettings: [1, 2] }, 'usersettings'],
    ['organization as a string', { organization: 'CRM:' }, 'organization'],
    ['client as a number', { client: 7 }, 'client'],
    ['orgdborgsettings as a number', { orgdborgsettings: 12 }, 'orgdborgsettings'],
    [
      'orgdborgsettings as broken XML',
      { orgdborgsettings: '<OrgSettings><A>' },
      'orgdborgsettings',
    ],
    ['wrong nesting', { settings: { usersettings: {} } }, 'settings'],
    ['organization as null', { organization: null }, 'organization'],
    ['usersettings as null', { usersettings: null }, 'usersettings'],
    ['client as null', { client: null }, 'client'],
    ['orgdborgsettings as null', { orgdborgsettings: null }, 'orgdborgsettings'],
  ];

  it.each(cases)('%s gives the defaults without throwing', (_name, doc, issueKey) => {
    const result = parseSettingsDocument(doc);

    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    if (issueKey === null) expect(result.issues).toEqual([]);
    else expect(result.issues.map((issue) => issue.key)).toContain(issueKey);
  });

  it('reads a document given as JSON text', () => {
    const text = JSON.stringify({ usersettings: { incomingemailfilteringmethod: 3 } });

    expect(parseSettingsDocument(text).settings.usersettings.incomingemailfilteringmethod).toBe(3);
  });

  it('reports unknown keys of a section without changing anything', () => {
    const result = parseSettingsDocument({
      usersettings: { incomingemailfiltermethod: 0 },
      client: { backgroundtrack: false },
    });

    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.issues).toEqual([
      expect.objectContaining({ key: 'incomingemailfiltermethod', reason: 'not a known setting' }),
      expect.objectContaining({ key: 'client.backgroundtrack', reason: 'not a known setting' }),
    ]);
  });

  it('keeps good keys beside bad ones', () => {
    const result = parseSettingsDocument({
      usersettings: { incomingemailfilteringmethod: 'all', autocreatecontactonpromote: 2 },
      organization: { trackingprefix: 'CASE:;CRM:' },
      client: { matchContacts: 'synchronized' },
    });

    expect(result.settings.usersettings.autocreatecontactonpromote).toBe(2);
    expect(result.settings.usersettings.incomingemailfilteringmethod).toBe(1);
    expect(result.settings.organization.trackingprefix).toBe('CASE:;CRM:');
    expect(result.settings.client.matchContacts).toBe('synchronized');
    expect(result.issues).toEqual([
      {
        key: 'incomingemailfilteringmethod',
        found: '"all"',
        used: '1',
        reason: 'not a whole number from 0 to 4',
      },
    ]);
  });

  it('does not let a __proto__ key change anything', () => {
    const doc = JSON.parse('{"usersettings":{"__proto__":{"issendasallowed":true}}}') as unknown;

    const result = parseSettingsDocument(doc);

    expect(result.settings.usersettings.issendasallowed).toBe(false);
    expect(({} as Record<string, unknown>).issendasallowed).toBeUndefined();
  });
});
