import {
  appendTrackingToken,
  findTrackingTokens,
  formatTrackingToken,
  trackingTokenDigitCount,
} from '../../src/domain/tracking-token';

const defaults = {
  maximumtrackingnumber: 999,
  trackingprefix: 'CRM:',
  trackingtokenidbase: 0,
  trackingtokeniddigits: 3,
};

describe('findTrackingTokens', () => {
  it.each<[string, string, Partial<typeof defaults>, string[]]>([
    ['default token', 'Offer CRM:0001001', {}, ['CRM:0001001']],
    ['token first', 'CRM:0001001 Offer', {}, ['CRM:0001001']],
    ['in a reply', 'RE: Offer CRM:0001001', {}, ['CRM:0001001']],
    ['letter case ignored', 'Offer crm:0001001', {}, ['CRM:0001001']],
    ['too few digits', 'Offer CRM:000100', {}, []],
    ['part of a longer number', 'Offer CRM:00010012', {}, []],
    ['prefix inside a word', 'Offer XCRM:0001001', {}, []],
    ['no prefix', 'Order 0001001', {}, []],
    ['two tokens in order', 'CRM:0001002 and CRM:0001001', {}, ['CRM:0001002', 'CRM:0001001']],
    ['repeat counted once', 'CRM:0001001 CRM:0001001', {}, ['CRM:0001001']],
    [
      'old prefix from history',
      'Offer OLD:0001001',
      { trackingprefix: 'CRM:;OLD:' },
      ['OLD:0001001'],
    ],
    [
      'blank prefix entries ignored',
      'Offer CRM:0001001',
      { trackingprefix: ' ;CRM: ; ' },
      ['CRM:0001001'],
    ],
    ['user digits 5', 'Offer CRM:000001001', { trackingtokeniddigits: 5 }, ['CRM:000001001']],
    ['user digits 5 refuses 7 digits', 'Offer CRM:0001001', { trackingtokeniddigits: 5 }, []],
    ['max 99999', 'Offer CRM:000100001', { maximumtrackingnumber: 99999 }, ['CRM:000100001']],
    ['max 9', 'Offer CRM:00011', { maximumtrackingnumber: 9 }, ['CRM:00011']],
    ['tokens off', 'Offer CRM:0001001', { maximumtrackingnumber: 0 }, []],
    [
      'prefix with regex characters',
      'Offer [T+]0001001',
      { trackingprefix: '[T+]' },
      ['[T+]0001001'],
    ],
  ])('%s', (_name, subject, overrides, expected) => {
    expect(findTrackingTokens(subject, { ...defaults, ...overrides })).toEqual(expected);
  });

  it('counts 1 + user digits + counter digits', () => {
    expect(trackingTokenDigitCount(defaults)).toBe(7);
    expect(
      trackingTokenDigitCount({
        ...defaults,
        trackingtokeniddigits: 9,
        maximumtrackingnumber: 1000,
      }),
    ).toBe(14);
    expect(trackingTokenDigitCount({ ...defaults, maximumtrackingnumber: 0 })).toBe(0);
  });
});

describe('formatTrackingToken', () => {
  it.each<[number, number, Partial<typeof defaults>, string]>([
    [1, 1, {}, 'CRM:0001001'],
    [1, 0, {}, 'CRM:0001000'],
    [12, 999, {}, 'CRM:0012999'],
    [1, 1000, {}, 'CRM:0001000'],
    [1, 1001, {}, 'CRM:0001001'],
    [1, 5, { trackingtokenidbase: 100 }, 'CRM:0101005'],
    [1, 5, { trackingprefix: 'NEW:;CRM:' }, 'NEW:0001005'],
    [7, 42, { trackingtokeniddigits: 1, maximumtrackingnumber: 99 }, 'CRM:0742'],
    [1, 1, { maximumtrackingnumber: 0 }, ''],
  ])('user %i counter %i -> %j', (user, counter, overrides, expected) => {
    expect(formatTrackingToken(user, counter, { ...defaults, ...overrides })).toBe(expected);
  });

  it('writes what findTrackingTokens reads', () => {
    const settings = { ...defaults, trackingtokeniddigits: 4, maximumtrackingnumber: 9999 };
    const token = formatTrackingToken(3, 17, settings);
    expect(findTrackingTokens(`Offer ${token}`, settings)).toEqual([token]);
  });
});

describe('appendTrackingToken', () => {
  it.each<[string, string, number, string]>([
    ['Offer', 'CRM:0001001', 255, 'Offer CRM:0001001'],
    ['Offer  ', 'CRM:0001001', 255, 'Offer CRM:0001001'],
    ['', 'CRM:0001001', 255, 'CRM:0001001'],
    ['Offer CRM:0001001', 'CRM:0001001', 255, 'Offer CRM:0001001'],
    ['Offer', '', 255, 'Offer'],
    ['abcdefghij', 'CRM:0001001', 15, 'abc CRM:0001001'],
    ['ab😀cd', 'CRM:0001001', 15, 'ab CRM:0001001'],
  ])('%j + %j within %i', (subject, token, max, expected) => {
    const result = appendTrackingToken(subject, token, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(Math.max(max, token.length));
  });

  it('fits the longest subject exactly', () => {
    const result = appendTrackingToken('x'.repeat(400), 'CRM:0001001', 255);
    expect(result).toHaveLength(255);
    expect(result.endsWith(' CRM:0001001')).toBe(true);
  });
});
