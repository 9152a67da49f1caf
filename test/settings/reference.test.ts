import {
  DEFAULT_SETTINGS,
  SETTINGS_REFERENCE,
  findSettingReference,
  formatSettingsReferenceMarkdown,
} from '../../src/settings';

function specKeys(): string[] {
  return [
    ...Object.keys(DEFAULT_SETTINGS.usersettings),
    ...Object.keys(DEFAULT_SETTINGS.client).map((key) => `client.${key}`),
    ...Object.keys(DEFAULT_SETTINGS.organization),
    ...Object.keys(DEFAULT_SETTINGS.orgdborgsettings).filter((key) => key !== 'unknown'),
  ];
}

describe('SETTINGS_REFERENCE', () => {
  it('describes every key exactly once', () => {
    const keys = SETTINGS_REFERENCE.map((row) => row.key);

    expect([...keys].sort()).toEqual(specKeys().sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every row a label and an effect sentence', () => {
    for (const row of SETTINGS_REFERENCE) {
      expect(row.label.trim()).not.toBe('');
      expect(row.effect).toMatch(/\.$/);
      expect(row.effect.startsWith('Modelled only')).toBe(!row.inEffect);
    }
  });

  it.each([
    ['outlooksyncinterval', false],
    ['client.backgroundSend', false],
    ['SendEmailSynchronously', false],
    ['BackgroundSendBatchSize', false],
    ['enablesmartmatching', false],
    ['MaximumSubjectLengthOnMailServer', false],
    ['client.localDataRefreshMinutes', false],
    ['incomingemailfilteringmethod', true],
    ['client.backgroundTrack', true],
    ['DoNotAutoTrackEmail', true],
    ['maximumtrackingnumber', true],
  ])('%s in effect: %p', (key, inEffect) => {
    expect(findSettingReference(key)?.inEffect).toBe(inEffect);
  });

  it('takes defaults from DEFAULT_SETTINGS', () => {
    expect(findSettingReference('addressbooksyncinterval')?.default).toBe('60');
    expect(findSettingReference('client.matchOtherRecords')?.default).toBe('owned');
    expect(findSettingReference('SSSForceFilteringMethodForUserMailboxes')?.default).toBe('-1');
  });
});

describe('formatSettingsReferenceMarkdown', () => {
  it('writes one table row per key and escapes pipes', () => {
    const markdown = formatSettingsReferenceMarkdown([
      {
        layer: 'organization',
        key: 'hashfilterkeywords',
        label: 'Noise filter',
        values: 'a | b',
        default: '^(a|b)',
        effect: 'Modelled only.',
        inEffect: false,
      },
    ]);

    expect(markdown.trim().split('\n')).toEqual([
      '| layer | key | values | default | effect | in this product |',
      '|---|---|---|---|---|---|',
      '| organization | `hashfilterkeywords` | a \\| b | `^(a\\|b)` | Modelled only. | ' +
        'modelled only |',
    ]);
  });

  it('prints the whole reference', () => {
    const rows = formatSettingsReferenceMarkdown(SETTINGS_REFERENCE).trim().split('\n');
    expect(rows).toHaveLength(SETTINGS_REFERENCE.length + 2);
  });
});
