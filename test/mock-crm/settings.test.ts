import { BOB_ID, mockForSuite, TEST_USER_ID } from './mock-crm-fixture';

const mock = mockForSuite();

describe('WhoAmI', () => {
  it.each([
    ['no header: the first user', undefined, BOB_ID],
    ['an address in another letter case', 'test@FABRIKAM.example', TEST_USER_ID],
  ])('%s', async (_label, user, expected) => {
    const headers: Record<string, string> = user ? { 'X-CRM-User': user } : {};
    const { status, body } = await mock.api('WhoAmI', { headers });
    expect(status).toBe(200);
    expect(body.UserId).toBe(expected);
    expect(body.OrganizationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.BusinessUnitId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an address that is no user with 401', async () => {
    const { status, body } = await mock.api('WhoAmI', {
      headers: { 'X-CRM-User': 'eve@evil.example' },
    });
    expect(status).toBe(401);
    expect(body.error.code).toBe('0x80072560');
  });

  it('answers POST WhoAmI with 405', async () => {
    expect((await mock.api('WhoAmI', { method: 'POST', body: {} })).status).toBe(405);
  });
});

describe('usersettingscollection', () => {
  it('creates the row with the spec defaults on first read', async () => {
    const { status, body } = await mock.api(`usersettingscollection(${TEST_USER_ID})`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      systemuserid: TEST_USER_ID,
      incomingemailfilteringmethod: 1,
      autocreatecontactonpromote: 0,
      issendasallowed: false,
      outlooksyncinterval: 15,
      addressbooksyncinterval: 60,
    });
  });

  it('saves a PATCH and refuses unknown or mistyped columns with 400', async () => {
    const path = `usersettingscollection(${BOB_ID})`;
    const ok = await mock.api(path, { method: 'PATCH', body: { incomingemailfilteringmethod: 2 } });
    expect(ok.status).toBe(204);
    expect((await mock.api(path)).body.incomingemailfilteringmethod).toBe(2);

    const unknown = await mock.api(path, { method: 'PATCH', body: { favouritecolour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("'favouritecolour'");

    const mistyped = await mock.api(path, { method: 'PATCH', body: { issendasallowed: 'yes' } });
    expect(mistyped.status).toBe(400);
    expect((await mock.api(path)).body.issendasallowed).toBe(false);
  });

  it('answers 404 for a user that does not exist', async () => {
    const { status } = await mock.api(
      'usersettingscollection(00000000-0000-4000-8000-00000000dead)',
    );
    expect(status).toBe(404);
  });
});

describe('organizations', () => {
  it('lists one row with orgdborgsettings, and PATCH changes it', async () => {
    const { body } = await mock.api('organizations');
    expect(body.value).toHaveLength(1);
    const org = body.value[0];
    expect(org.orgdborgsettings).toMatch(/^<OrgSettings>/);
    expect(org.maximumtrackingnumber).toBe(999);

    const xml = '<OrgSettings><AllowPromoteDuplicates>true</AllowPromoteDuplicates></OrgSettings>';
    const patched = await mock.api(`organizations(${org.organizationid})`, {
      method: 'PATCH',
      body: { orgdborgsettings: xml },
    });
    expect(patched.status).toBe(204);
    expect(
      (await mock.api('organizations?$select=orgdborgsettings')).body.value[0].orgdborgsettings,
    ).toBe(xml);
  });
});
