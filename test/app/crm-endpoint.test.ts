import { buildCrmBaseUrl } from '../../src/app/build-config';
import { resolveCrmBaseUrl } from '../../src/app/crm-endpoint';

describe('resolveCrmBaseUrl', () => {
  it.each([
    ['the build default when nothing else is set', '', undefined, '', ''],
    [
      'the pane option over the build default',
      '',
      'https://127.0.0.1:3000/',
      'https://b',
      'https://127.0.0.1:3000',
    ],
    [
      'the user override over everything',
      'https://org.crm.example/',
      'https://a',
      'https://b',
      'https://org.crm.example',
    ],
    [
      'an override with spaces',
      '  https://org.crm.example  ',
      undefined,
      '',
      'https://org.crm.example',
    ],
  ])('%s', (_case, userOverride, paneOption, buildDefault, expected) => {
    expect(resolveCrmBaseUrl({ userOverride, paneOption, buildDefault })).toBe(expected);
  });

  it.each(['not a url', 'javascript:alert(1)', 'ftp://org.crm.example'])(
    'rejects the override %p with BadOption',
    (userOverride) => {
      expect(() => resolveCrmBaseUrl({ userOverride, buildDefault: '' })).toThrow(
        expect.objectContaining({ code: 'BadOption' }),
      );
    },
  );
});

describe('buildCrmBaseUrl', () => {
  it('is the same origin when the bundle was not built with a CRM URL', () => {
    expect(buildCrmBaseUrl()).toBe('');
  });
});
