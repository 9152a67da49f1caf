import {
  ALICE_ID,
  BOB_ID,
  CONTOSO_ID,
  DAVE_LEAD_ID,
  OPPORTUNITY_ID,
  mockForSuite,
  TEST_USER_ID,
  TRACKED_EMAIL_ID,
} from './mock-crm-fixture';

const mock = mockForSuite();

const ANNOTATIONS = { Prefer: 'odata.include-annotations="*"' };
const FORMATTED = '@OData.Community.Display.V1.FormattedValue';

function draftBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Quote request',
    description: '<p>Hello</p>',
    messageid: '<quote-1@contoso.example>',
    directioncode: false,
    email_activity_parties: [
      { participationtypemask: 1, 'partyid_contact@odata.bind': `/contacts(${ALICE_ID})` },
      {
        participationtypemask: 2,
        addressused: 'Bob@Fabrikam.example',
        'partyid_systemuser@odata.bind': `/systemusers(${BOB_ID})`,
      },
      { participationtypemask: 3, addressused: 'stranger@elsewhere.example' },
    ],
    ...extra,
  };
}

async function createEmail(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await mock.api('emails', { method: 'POST', body, headers });
  const id = /emails\(([0-9a-f-]{36})\)$/.exec(response.headers.get('OData-EntityId') ?? '')?.[1];
  return { ...response, id };
}

async function emailCount(): Promise<number> {
  return (await mock.api('emails?$select=activityid')).body.value.length;
}

describe('emails', () => {
  it('finds a tracked email by messageid and expands parties and regarding', async () => {
    const filter = encodeURIComponent("messageid eq '<first-offer@fabrikam.example>'");
    const expand = encodeURIComponent(
      'email_activity_parties($select=addressused,participationtypemask,_partyid_value),' +
        'regardingobjectid_opportunity_email($select=name)',
    );
    const { status, body } = await mock.api(`emails?$filter=${filter}&$expand=${expand}`, {
      headers: ANNOTATIONS,
    });

    expect(status).toBe(200);
    expect(body.value).toHaveLength(1);
    const email = body.value[0];
    expect(email.regardingobjectid_opportunity_email).toMatchObject({
      name: 'Contoso 500 licences',
    });
    expect(email[`_regardingobjectid_value${FORMATTED}`]).toBe('Contoso 500 licences');
    expect(email['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBe(
      'opportunity',
    );
    expect(
      email.email_activity_parties.map((p: any) => [p.participationtypemask, p.addressused]),
    ).toEqual([
      [1, 'bob@fabrikam.example'],
      [2, 'alice@contoso.example'],
    ]);
    expect(email.email_activity_parties[1][`_partyid_value${FORMATTED}`]).toBe('Alice Contoso');
  });

  it('expands a regarding of another table as null', async () => {
    const { body } = await mock.api(
      `emails(${TRACKED_EMAIL_ID})?$select=subject` +
        '&$expand=regardingobjectid_account_email($select=name)',
    );
    expect(body.regardingobjectid_account_email).toBeNull();
  });

  it.each([
    ['trackingtoken, any case', "trackingtoken eq 'crm:0001001'", 1],
    ['activityid', `activityid eq ${TRACKED_EMAIL_ID}`, 1],
    ['subject contains', "contains(subject,'licences')", 1],
    ['messageid without brackets', "messageid eq 'bare-id@contoso.example'", 1],
    ['messageid that nobody tracked', "messageid eq '<nobody@example>'", 0],
  ])('filters by %s', async (_label, filter, count) => {
    const { body } = await mock.api(`emails?$filter=${encodeURIComponent(filter)}`);
    expect(body.value).toHaveLength(count);
  });

  it('deep-inserts email, parties, regarding (long bind), owned by the caller', async () => {
    const created = await createEmail(
      draftBody({ 'regardingobjectid_account_email@odata.bind': `/accounts(${CONTOSO_ID})` }),
      { 'X-CRM-User': 'TEST@fabrikam.example' },
    );
    expect(created.status).toBe(204);
    expect(created.id).toBeDefined();

    const { body } = await mock.api(
      `emails(${created.id})` +
        '?$expand=email_activity_parties($select=addressused,participationtypemask,partyid)',
      { headers: ANNOTATIONS },
    );
    expect(body).toMatchObject({
      subject: 'Quote request',
      messageid: '<quote-1@contoso.example>',
      directioncode: false,
      statecode: 1,
      _ownerid_value: TEST_USER_ID,
      _regardingobjectid_value: CONTOSO_ID,
    });
    expect(body[`_ownerid_value${FORMATTED}`]).toBe('Fabrikam Test');
    expect(body.email_activity_parties).toEqual([
      expect.objectContaining({
        participationtypemask: 1,
        addressused: 'alice@contoso.example',
        _partyid_value: ALICE_ID,
      }),
      expect.objectContaining({
        participationtypemask: 2,
        addressused: 'Bob@Fabrikam.example',
        _partyid_value: BOB_ID,
      }),
      expect.objectContaining({
        participationtypemask: 3,
        addressused: 'stranger@elsewhere.example',
        _partyid_value: null,
      }),
    ]);
  });

  it('accepts the short regarding bind and answers 201 under return=representation', async () => {
    const created = await createEmail(
      draftBody({ 'regardingobjectid_lead@odata.bind': `/leads(${DAVE_LEAD_ID})` }),
      { Prefer: 'return=representation,odata.include-annotations="*"' },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ _regardingobjectid_value: DAVE_LEAD_ID });
    expect(created.body[`_regardingobjectid_value${FORMATTED}`]).toBe('Dave Tailspin');
  });

  it.each([
    [
      'a party bound to a missing row',
      {
        email_activity_parties: [
          {
            participationtypemask: 1,
            'partyid_contact@odata.bind': '/contacts(00000000-0000-4000-8000-00000000dead)',
          },
        ],
      },
      404,
    ],
    [
      'a regarding bound to a missing row',
      {
        'regardingobjectid_contact_email@odata.bind':
          '/contacts(00000000-0000-4000-8000-00000000dead)',
      },
      404,
    ],
    [
      'a bind to the wrong table',
      { 'regardingobjectid_contact_email@odata.bind': `/accounts(${CONTOSO_ID})` },
      400,
    ],
    [
      'a party without address or bind',
      { email_activity_parties: [{ participationtypemask: 2 }] },
      400,
    ],
    ['an unknown column', { colour: 'blue' }, 400],
    ['a wrongly typed column', { directioncode: 'yes' }, 400],
  ])('creates nothing for %s', async (_label, extra, status) => {
    const before = await emailCount();
    const created = await createEmail(draftBody(extra));
    expect(created.status).toBe(status);
    expect(created.body.error.code).toMatch(/^0x/);
    expect(await emailCount()).toBe(before);
  });

  it('allows a second copy of a messageid (Dataverse does; the rules avoid it)', async () => {
    const first = await createEmail(draftBody({ messageid: '<twice@contoso.example>' }));
    const second = await createEmail(draftBody({ messageid: '<twice@contoso.example>' }));
    expect([first.status, second.status]).toEqual([204, 204]);
    expect(first.id).not.toBe(second.id);
  });

  it('changes the regarding with PATCH and clears it with DELETE $ref', async () => {
    const { id } = await createEmail(draftBody());
    const patched = await mock.api(`emails(${id})`, {
      method: 'PATCH',
      body: {
        'regardingobjectid_opportunity_email@odata.bind': `/opportunities(${OPPORTUNITY_ID})`,
      },
    });
    expect(patched.status).toBe(204);
    expect((await mock.api(`emails(${id})`)).body._regardingobjectid_value).toBe(OPPORTUNITY_ID);

    const other = await mock.api(`emails(${id})/regardingobjectid_account_email/$ref`, {
      method: 'DELETE',
    });
    expect(other.status).toBe(204);
    expect((await mock.api(`emails(${id})`)).body._regardingobjectid_value).toBe(OPPORTUNITY_ID);

    const cleared = await mock.api(`emails(${id})/regardingobjectid_opportunity_email/$ref`, {
      method: 'DELETE',
    });
    expect(cleared.status).toBe(204);
    expect((await mock.api(`emails(${id})`)).body._regardingobjectid_value).toBeNull();
  });

  it('deletes an email, then answers 404 with the missing-row code', async () => {
    const { id } = await createEmail(draftBody());
    expect((await mock.api(`emails(${id})`, { method: 'DELETE' })).status).toBe(204);

    const again = await mock.api(`emails(${id})`);
    expect(again.status).toBe(404);
    expect(again.body.error).toEqual({
      code: '0x80040217',
      message: `email With Id = ${id} Does Not Exist`,
    });
    expect((await mock.api(`emails(${id})`, { method: 'DELETE' })).status).toBe(404);
  });
});
