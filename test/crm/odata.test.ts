import {
  anyOf,
  bindValue,
  buildQuery,
  chunk,
  containsString,
  entityPath,
  eqGuid,
  eqString,
  escapeODataString,
  normalizeGuid,
  odataIdentifier,
  odataString,
  startsWithString,
} from '../../src/crm/odata';
import { isTrackerError } from '../../src/domain/errors';

describe('escapeODataString / odataString', () => {
  it.each([
    ['plain', 'Alice', "'Alice'"],
    ['one quote', "O'Brien", "'O''Brien'"],
    ['quotes at the ends', "'quoted'", "'''quoted'''"],
    ['already doubled', "a''b", "'a''''b'"],
    ['URL characters stay for the encoder', '%&#/?+', "'%&#/?+'"],
    ['non-ASCII', 'Jörg はなこ', "'Jörg はなこ'"],
    ['empty', '', "''"],
  ])('%s', (_label, value, quoted) => {
    expect(odataString(value)).toBe(quoted);
    expect(escapeODataString(value)).toBe(quoted.slice(1, -1));
  });
});

describe('normalizeGuid', () => {
  it.each([
    ['A0000000-0000-4000-8000-00000000000F', 'a0000000-0000-4000-8000-00000000000f'],
    ['{a0000000-0000-4000-8000-000000000001}', 'a0000000-0000-4000-8000-000000000001'],
    [' a0000000-0000-4000-8000-000000000001 ', 'a0000000-0000-4000-8000-000000000001'],
    ['a0000000-0000-4000-8000-00000000000', null],
    ['a0000000-0000-4000-8000-000000000001) or (1 eq 1', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(normalizeGuid(value)).toBe(expected);
  });
});

describe('clauses', () => {
  it.each([
    [eqString('emailaddress1', "o'brien@x.example"), "emailaddress1 eq 'o''brien@x.example'"],
    [containsString('name', "Bob's"), "contains(name,'Bob''s')"],
    [startsWithString('conversationindex', "Ad+/'x"), "startswith(conversationindex,'Ad+/''x')"],
    [
      eqGuid('activityid', '{70000000-0000-4000-8000-00000000000A}'),
      'activityid eq 70000000-0000-4000-8000-00000000000a',
    ],
    [anyOf(['a eq 1', 'b eq 2']), '(a eq 1 or b eq 2)'],
    [anyOf(['a eq 1']), 'a eq 1'],
    [
      entityPath('contacts', '{C0000000-0000-4000-8000-000000000001}'),
      'contacts(c0000000-0000-4000-8000-000000000001)',
    ],
    [
      bindValue('accounts', 'b0000000-0000-4000-8000-000000000001'),
      '/accounts(b0000000-0000-4000-8000-000000000001)',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('gives no clause for no values', () => {
    expect(anyOf([])).toBeNull();
  });

  it.each([
    () => eqGuid('activityid', 'not-a-guid'),
    () => entityPath('emails', "x') or true or ('"),
    () => odataIdentifier('name eq 1 or x'),
    () => eqString('name)', 'x'),
  ])('refuses what could change the query (%#)', (build) => {
    expect(build).toThrow();
    try {
      build();
    } catch (error) {
      expect(isTrackerError(error)).toBe(true);
    }
  });
});

describe('buildQuery', () => {
  it('URL-encodes each option value and skips empty ones', () => {
    const query = buildQuery({
      $select: 'fullname,emailaddress1',
      $filter: eqString('lastname', "O'Brien %&#/"),
      $top: 5,
      $orderby: '',
    });
    expect(query).toBe(
      "?$select=fullname%2Cemailaddress1&$filter=lastname%20eq%20'O''Brien%20%25%26%23%2F'&$top=5",
    );
    const params = new URLSearchParams(query);
    expect(params.get('$filter')).toBe("lastname eq 'O''Brien %&#/'");
  });

  it('is empty without options', () => {
    expect(buildQuery({})).toBe('');
  });
});

describe('chunk', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[], 3, []],
  ])('%j by %i', (items, size, expected) => {
    expect(chunk(items, size)).toEqual(expected);
  });
});
