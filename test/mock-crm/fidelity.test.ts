import { ALICE_ID, BOB_ID, CONTOSO_ID, OPPORTUNITY_ID, mockForSuite } from './mock-crm-fixture';

/** Where the mock must answer as Dataverse does, so that the add-in meets the same refusals. */

const mock = mockForSuite();

const q = (text: string) => encodeURIComponent(text);

function emailBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Fidelity',
    description: '<p>x</p>',
    directioncode: false,
    email_activity_parties: [{ participationtypemask: 1, addressused: 'a@b.example' }],
    ...extra,
  };
}

async function emailCount(): Promise<number> {
  return (await mock.api('emails?$select=activityid')).body.value.length;
}

describe('paths', () => {
  it('calls WhoAmI with or without empty parentheses', async () => {
    for (const path of ['WhoAmI', 'WhoAmI()']) {
      const response = await mock.api(path, { headers: { 'X-CRM-User': 'bob@fabrikam.example' } });
      expect([path, response.status, response.body.UserId]).toEqual([path, 200, BOB_ID]);
    }
    expect((await mock.api('contacts()')).status).toBe(400);
  });

  it('answers the service document at the root, with and without the trailing slash', async () => {
    for (const root of ['/api/data/v9.2', '/api/data/v9.2/']) {
      const response = await fetch(`${mock.baseUrl}${root}`);
      const body = await response.json();
      expect([root, response.status]).toEqual([root, 200]);
      expect(body['@odata.context']).toMatch(/\/api\/data\/v9\.2\/\$metadata$/);
      expect(body.value).toContainEqual({ name: 'emails', kind: 'EntitySet', url: 'emails' });
    }
  });
});

describe('$filter', () => {
  it.each([
    ['a text column alone', 400, 'contacts', 'fullname'],
    ['a text column beside a condition', 400, 'contacts', 'fullname and statecode eq 0'],
    ['not of a text column', 400, 'contacts', 'not fullname'],
    ['a function that returns text', 400, 'contacts', 'tolower(fullname)'],
    ['a number', 400, 'contacts', '1'],
    ['a Boolean column alone', 200, 'systemusers', 'isdisabled'],
    ['not of a Boolean column', 200, 'systemusers', 'not isdisabled'],
    ['true', 200, 'contacts', 'true'],
    [
      '100 levels of parentheses',
      200,
      'contacts',
      `${'('.repeat(99)}statecode eq 0${')'.repeat(99)}`,
    ],
    [
      '3000 levels of parentheses',
      400,
      'contacts',
      `${'('.repeat(3000)}statecode eq 0${')'.repeat(3000)}`,
    ],
    ['2000 nested nots', 400, 'contacts', `${'not '.repeat(2000)}statecode eq 0`],
    [
      '500 nested calls',
      400,
      'contacts',
      `${'tolower('.repeat(500)}fullname${')'.repeat(500)} eq 'a'`,
    ],
  ])('%s → %i', async (_label, status, set, filter) => {
    const response = await mock.api(`${set}?$select=fullname&$filter=${q(filter)}`);
    expect(response.status).toBe(status);
    if (status === 400) expect(response.body.error.code).toBe('0x80060888');
  });
});

describe('column values on create and update', () => {
  const settings = `usersettingscollection(${BOB_ID})`;

  it.each([
    ['incomingemailfilteringmethod', 9, 400],
    ['incomingemailfilteringmethod', -1, 400],
    ['incomingemailfilteringmethod', 4, 204],
    ['autocreatecontactonpromote', 5, 400],
    ['autocreatecontactonpromote', 2, 204],
    ['outlooksyncinterval', 2147483648, 400],
    ['outlooksyncinterval', 1.5, 400],
    ['outlooksyncinterval', 2147483647, 204],
  ])('usersettings %s = %p → %i', async (column, value, status) => {
    const response = await mock.api(settings, { method: 'PATCH', body: { [column]: value } });
    expect(response.status).toBe(status);
    if (status === 400) expect(response.body.error.message).toContain(column);
  });

  it('keeps the refused value out of the row', async () => {
    await mock.api(settings, { method: 'PATCH', body: { incomingemailfilteringmethod: 9 } });
    const row = await mock.api(`${settings}?$select=incomingemailfilteringmethod`);
    expect(row.body.incomingemailfilteringmethod).not.toBe(9);
  });

  it.each([
    ['subject of 400 characters', 204, 'emails', { subject: 's'.repeat(400) }],
    ['subject of 401 characters', 400, 'emails', { subject: 's'.repeat(401) }],
    ['description of 1,048,576 characters', 204, 'emails', { description: 'd'.repeat(1_048_576) }],
    ['description one longer', 400, 'emails', { description: 'd'.repeat(1_048_577) }],
    ['messageid of 321 characters', 400, 'emails', { messageid: `<${'m'.repeat(319)}>` }],
    [
      'emailaddress1 of 101 characters',
      400,
      'contacts',
      { emailaddress1: `${'e'.repeat(91)}@x.example` },
    ],
    ['lastname of 160 characters', 204, 'contacts', { lastname: 'l'.repeat(160) }],
    ['lastname of 161 characters', 400, 'contacts', { lastname: 'l'.repeat(161) }],
    ['statecode 7 on a contact', 400, 'contacts', { lastname: 'x', statecode: 7 }],
    ['an estimated value with cents', 204, 'opportunities', { name: 'x', estimatedvalue: 10.5 }],
  ])('%s → %i', async (_label, status, set, columns) => {
    const body = set === 'emails' ? emailBody(columns) : columns;
    const response = await mock.api(set, { method: 'POST', body });
    expect(response.status).toBe(status);
    if (status === 400) expect(response.body.error.code).toMatch(/^0x/);
  });

  it('refuses an addressused longer than 320 characters', async () => {
    const party = { participationtypemask: 1, addressused: `${'a'.repeat(311)}@b.example` };
    const response = await mock.api('emails', {
      method: 'POST',
      body: emailBody({ email_activity_parties: [party] }),
    });
    expect(response.status).toBe(400);
  });

  it('ignores createdon and back-dates only through overriddencreatedon on create', async () => {
    const created = await mock.api('contacts?$select=createdon', {
      method: 'POST',
      body: { lastname: 'Plain', createdon: '2001-01-01T00:00:00Z' },
      headers: { Prefer: 'return=representation' },
    });
    expect(created.status).toBe(201);
    expect(created.body.createdon).not.toBe('2001-01-01T00:00:00Z');

    const migrated = await mock.api('contacts?$select=createdon,overriddencreatedon,contactid', {
      method: 'POST',
      body: { lastname: 'Migrated', overriddencreatedon: '2001-01-01T00:00:00Z' },
      headers: { Prefer: 'return=representation' },
    });
    expect(migrated.body.createdon).toBe('2001-01-01T00:00:00Z');
    expect(Date.parse(migrated.body.overriddencreatedon)).toBeGreaterThan(Date.parse('2020-01-01'));

    const id = migrated.body.contactid;
    await mock.api(`contacts(${id})`, {
      method: 'PATCH',
      body: { createdon: '1999-01-01T00:00:00Z', overriddencreatedon: '1999-01-01T00:00:00Z' },
    });
    expect((await mock.api(`contacts(${id})?$select=createdon`)).body.createdon).toBe(
      '2001-01-01T00:00:00Z',
    );
  });

  it('refuses two binds of the regarding in one body and creates nothing', async () => {
    const before = await emailCount();
    const response = await mock.api('emails', {
      method: 'POST',
      body: emailBody({
        'regardingobjectid_account_email@odata.bind': `/accounts(${CONTOSO_ID})`,
        'regardingobjectid_opportunity_email@odata.bind': `/opportunities(${OPPORTUNITY_ID})`,
      }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('regardingobjectid');
    expect(await emailCount()).toBe(before);
  });

  it('refuses a party bound to two rows', async () => {
    const party = {
      participationtypemask: 1,
      'partyid_contact@odata.bind': `/contacts(${ALICE_ID})`,
      'partyid_systemuser@odata.bind': `/systemusers(${BOB_ID})`,
    };
    const response = await mock.api('emails', {
      method: 'POST',
      body: emailBody({ email_activity_parties: [party] }),
    });
    expect(response.status).toBe(400);
  });
});

describe('request bodies', () => {
  it.each([
    ['application/json', 204],
    ['application/json; charset=utf-8', 204],
    ['application/json;charset="UTF-8"', 204],
    ['application/json; charset=latin1', 415],
    ['application/json; charset=iso-8859-1', 415],
    ['application/jsonp', 415],
  ])('Content-Type %s → %i', async (type, status) => {
    const response = await mock.api('contacts', {
      method: 'POST',
      body: { lastname: 'Zoë' },
      headers: { 'Content-Type': type },
    });
    expect(response.status).toBe(status);
  });

  it('refuses bytes that are not UTF-8 instead of guessing', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{"lastname":"Zo'),
      Buffer.from([0xeb]),
      Buffer.from('"}'),
    ]);
    const response = await fetch(`${mock.baseUrl}/api/data/v9.2/contacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: latin1,
    });
    expect(response.status).toBe(400);
  });
});
