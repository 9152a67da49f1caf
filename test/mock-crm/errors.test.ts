import { ALICE_ID, mockForSuite } from './mock-crm-fixture';

const mock = mockForSuite();

describe('OData errors', () => {
  it.each([
    ['an unescaped quote in $filter', "contacts?$filter=lastname eq 'O'Brien'", 400, '0x80060888'],
    ['an unterminated string', "contacts?$filter=fullname eq 'Alice", 400, '0x80060888'],
    ['a dangling operator', 'contacts?$filter=statecode eq', 400, '0x80060888'],
    ['an unknown function', "contacts?$filter=matches(fullname,'a')", 400, '0x80060888'],
    ['unbalanced parentheses', 'contacts?$filter=(statecode eq 0', 400, '0x80060888'],
    ['an unknown column in $filter', "contacts?$filter=colour eq 'red'", 400, '0x0'],
    ['an unknown column in $select', 'contacts?$select=Name', 400, '0x0'],
    ['an unsupported option', 'contacts?$skip=2', 400, '0x80060888'],
    ['a bad $top', 'contacts?$top=-1', 400, '0x80060888'],
    ['an unknown entity set', 'Contacts', 404, '0x8006088a'],
    ['a key that is no GUID', 'contacts(42)', 400, '0x80060888'],
    ['a missing row', 'contacts(00000000-0000-4000-8000-00000000dead)', 404, '0x80040217'],
    ['an unknown navigation property', `contacts(${ALICE_ID})/nothing`, 404, '0x8006088a'],
  ])('%s → %i', async (_label, path, status, code) => {
    const response = await mock.api(path.replace(/ /g, '%20'));
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(typeof response.body.error.message).toBe('string');
    expect(response.headers.get('x-ms-service-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('OData-Version')).toBe('4.0');
  });

  it('answers 405 for a method a resource does not take', async () => {
    const response = await mock.api('contacts', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.body.error.code).toMatch(/^0x/);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await mock.api('contacts', {
      method: 'POST',
      body: 'lastname=Smith',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
  });

  it('answers 400 for malformed JSON and for a JSON array', async () => {
    for (const body of ['{"lastname":', '[1,2]']) {
      const response = await mock.api('contacts', { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('0x80048d19');
    }
  });

  it('answers 413 for a body over the limit, and keeps serving', async () => {
    const huge = JSON.stringify({ description: 'x'.repeat(9 * 1024 * 1024) });
    const response = await mock.api('contacts', { method: 'POST', body: huge });
    expect(response.status).toBe(413);
    expect((await mock.api('contacts?$top=1')).status).toBe(200);
  });

  it('leaves other paths to the server', async () => {
    const response = await fetch(`${mock.baseUrl}/not-the-api`);
    expect(response.status).toBe(418);
  });
});
