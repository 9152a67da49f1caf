import { matchesFilter } from '../../src/mock-crm/odata-filter-eval';
import { parseFilter } from '../../src/mock-crm/odata-filter-parser';
import { ODataError } from '../../src/mock-crm/errors';

const ROW = {
  fullname: "Seán O'Brien",
  emailaddress1: 'SEAN@Northwind.example',
  emailaddress2: null,
  statecode: 0,
  isdisabled: false,
  _ownerid_value: 'a0000000-0000-4000-8000-000000000001',
  createdon: '2023-03-02T08:00:00Z',
};

describe('$filter evaluation', () => {
  it.each([
    ["fullname eq 'seán o''brien'", true],
    ["emailaddress1 ne 'sean@northwind.example'", false],
    ['emailaddress2 eq null', true],
    ['emailaddress2 ne null', false],
    ['statecode eq 1 or statecode eq 0 and isdisabled eq true', false],
    ['(statecode eq 1 or statecode eq 0) and isdisabled eq false', true],
    ['not statecode eq 1', true],
    ['not (statecode eq 0)', false],
    ['_ownerid_value eq A0000000-0000-4000-8000-000000000001', true],
    ["contains(fullname,'O''BRIEN')", true],
    ["startswith(emailaddress1,'sean@')", true],
    ["endswith(emailaddress2,'x')", false],
    ["tolower(emailaddress1) eq 'sean@northwind.example'", true],
    ['statecode lt 1 and statecode ge 0', true],
    ['createdon gt 2023-03-01T00:00:00Z', true],
    ["statecode eq '0'", false],
  ])('%s → %s', (filter, expected) => {
    expect(matchesFilter(parseFilter(filter), ROW)).toBe(expected);
  });
});

describe('$filter syntax errors', () => {
  it.each([
    "fullname eq 'O'Brien'",
    "fullname eq 'open",
    'statecode eq',
    'eq 1',
    '(statecode eq 0',
    'statecode eq 0)',
    'contains(fullname)',
    "contains(fullname,'a',)",
    'statecode eq 0 and',
    'statecode eq 0 statecode eq 1',
    'owner/fullname eq 1',
    'statecode eq #',
    '',
  ])('%j is a 400', (filter) => {
    expect(() => parseFilter(filter)).toThrow(ODataError);
    try {
      parseFilter(filter);
    } catch (error) {
      expect((error as ODataError).status).toBe(400);
    }
  });
});

describe('$filter nesting', () => {
  const parens = (depth: number) => `${'('.repeat(depth)}statecode eq 0${')'.repeat(depth)}`;

  it.each([
    ['parentheses', parens],
    ['not', (depth: number) => `${'not '.repeat(depth)}statecode eq 0`],
    ['calls', (depth: number) => `${'tolower('.repeat(depth)}fullname${')'.repeat(depth)} eq 'a'`],
  ])('allows %s 100 levels deep and refuses 101 with a 400', (_label, nest) => {
    expect(() => parseFilter(nest(100))).not.toThrow();
    expect(() => parseFilter(nest(101))).toThrow(/nested more than 100 levels/);
    expect(() => parseFilter(nest(5000))).toThrow(ODataError);
  });

  it('parses a long flat or-chain (a batched lookup) without nesting limits', () => {
    const chain = Array.from({ length: 1000 }, (_, i) => `statecode eq ${i}`).join(' or ');
    expect(matchesFilter(parseFilter(chain), ROW)).toBe(true);
  });
});
