import { ALICE_ID, BOB_ID, CONTOSO_ID, mockForSuite } from './mock-crm-fixture';

const mock = mockForSuite();

const names = (body: any, column = 'fullname'): string[] =>
  body.value.map((row: any) => row[column]);

describe('GET collections with query options', () => {
  it.each([
    ['eq is case-insensitive', "emailaddress1 eq 'ALICE@contoso.EXAMPLE'", ['Alice Contoso']],
    ['ne', 'statecode ne 0', ['Ivan Inactive']],
    ['and', "statecode eq 0 and startswith(fullname,'pat')", ['Pat Shared']],
    [
      'or over columns',
      "emailaddress1 eq 'shared@tailspin.example' or emailaddress3 eq 'shared@tailspin.example'",
      ['Pat Shared', 'Sam Shared'],
    ],
    [
      'parentheses and not',
      "not (statecode eq 0) or (fullname eq 'alice contoso')",
      ['Alice Contoso', 'Ivan Inactive'],
    ],
    ['contains ignores case', "contains(fullname,'SHARED')", ['Pat Shared', 'Sam Shared']],
    ['endswith', "endswith(emailaddress1,'@contoso.example')", ['Alice Contoso', 'Ivan Inactive']],
    ['null literal', 'emailaddress1 eq null', ['Sam Shared']],
    [
      'lookup with GUID literal',
      `_ownerid_value eq ${BOB_ID.toUpperCase()}`,
      ['Alice Contoso', 'Ivan Inactive', 'Pat Shared'],
    ],
    ['quoted quote', "lastname eq 'O''Brien %&#/'", ["Seán O'Brien %&#/"]],
    ['datetime comparison', 'createdon ge 2023-03-04T00:00:00Z', ['Pat Shared', 'Sam Shared']],
  ])('%s: %s', async (_label, filter, expected) => {
    const { status, body } = await mock.api(`contacts?$filter=${encodeURIComponent(filter)}`);
    expect(status).toBe(200);
    expect(names(body).sort()).toEqual([...expected].sort());
  });

  it('selects columns, always adding the key, and gives null for empty columns', async () => {
    const { body } = await mock.api(`contacts(${ALICE_ID})?$select=fullname,emailaddress2`);
    expect(body).toMatchObject({
      contactid: ALICE_ID,
      fullname: 'Alice Contoso',
      emailaddress2: null,
    });
    expect(body).not.toHaveProperty('emailaddress1');
    expect(body['@odata.context']).toMatch(
      /\$metadata#contacts\(fullname,emailaddress2\)\/\$entity$/,
    );
  });

  it('orders by several keys, descending, and cuts with $top', async () => {
    const { body } = await mock.api(
      'contacts?$select=fullname&$orderby=statecode desc,fullname asc&$top=3',
    );
    expect(names(body)).toEqual(['Ivan Inactive', 'Alice Contoso', 'Pat Shared']);
    expect(body['@odata.context']).toMatch(/#contacts\(fullname\)$/);
  });

  it('annotates lookups only when Prefer asks for annotations', async () => {
    const path = `contacts(${ALICE_ID})?$select=_ownerid_value,_parentcustomerid_value`;
    const plain = await mock.api(path);
    expect(plain.body._ownerid_value).toBe(BOB_ID);
    expect(Object.keys(plain.body).some((key) => key.includes('@OData.Community'))).toBe(false);

    const { body } = await mock.api(path, { headers: { Prefer: 'odata.include-annotations="*"' } });
    expect(body['_ownerid_value@OData.Community.Display.V1.FormattedValue']).toBe('Bob Fabrikam');
    expect(body['_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBe(
      'account',
    );
    expect(body['_parentcustomerid_value@OData.Community.Display.V1.FormattedValue']).toBe(
      'Contoso Ltd',
    );
    expect(
      body['_parentcustomerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty'],
    ).toBe('parentcustomerid_account');
    expect(body._parentcustomerid_value).toBe(CONTOSO_ID);
  });

  it.each(['systemusers', 'accounts', 'leads', 'queues', 'opportunities', 'incidents'])(
    'serves %s',
    async (set) => {
      const { status, body } = await mock.api(`${set}?$top=1`);
      expect(status).toBe(200);
      expect(body.value).toHaveLength(1);
    },
  );

  it('counts with $count=true', async () => {
    const { body } = await mock.api('contacts?$count=true&$filter=statecode eq 0&$top=1');
    expect(body['@odata.count']).toBe(4);
    expect(body.value).toHaveLength(1);
  });
});

describe('POST contacts and leads', () => {
  it('creates a contact owned by the bound user, answering 204 with OData-EntityId', async () => {
    const { status, headers } = await mock.api('contacts', {
      method: 'POST',
      body: {
        firstname: 'Nina',
        lastname: 'New',
        emailaddress1: 'nina@new.example',
        'ownerid@odata.bind': `/systemusers(${BOB_ID})`,
      },
    });
    expect(status).toBe(204);
    const id = /contacts\(([0-9a-f-]{36})\)$/.exec(headers.get('OData-EntityId') ?? '')?.[1];
    expect(id).toBeDefined();

    const { body } = await mock.api(`contacts(${id})`);
    expect(body).toMatchObject({ fullname: 'Nina New', _ownerid_value: BOB_ID, statecode: 0 });
  });

  it('returns the lead under Prefer: return=representation', async () => {
    const { status, body } = await mock.api('leads?$select=fullname,subject', {
      method: 'POST',
      headers: { Prefer: 'return=representation' },
      body: {
        firstname: 'Lee',
        lastname: 'Lead',
        emailaddress1: 'lee@lead.example',
        subject: 'Hi',
      },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ fullname: 'Lee Lead', subject: 'Hi' });
    expect(body.leadid).toMatch(/^[0-9a-f-]{36}$/);
  });
});
