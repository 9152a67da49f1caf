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
