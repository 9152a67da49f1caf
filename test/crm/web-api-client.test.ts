import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmailActivityDraft } from '../../src/domain/activity-draft';
import { createWebApiClient } from '../../src/crm/web-api-client';
import type { CrmClient } from '../../src/crm/crm-client';
import {
  ALICE_ID,
  BOB_ID,
  CONTOSO_ID,
  OBRIEN_ID,
  OPPORTUNITY_ID,
  removeDir,
  startMock,
  TEST_USER_ID,
  TRACKED_EMAIL_ID,
  type RunningMock,
} from '../mock-crm/mock-crm-fixture';
import { rejection } from '../support/rejection';

let mock: RunningMock;
let client: CrmClient;
beforeAll(async () => {
  mock = await startMock();
  client = createWebApiClient({ baseUrl: mock.baseUrl, userAddress: 'bob@fabrikam.example' });
});
afterAll(async () => {
  await mock.close();
  removeDir(mock.dataDir);
});

function draft(extra: Partial<EmailActivityDraft> = {}): EmailActivityDraft {
  return {
    subject: 'Re: Licences',
    description: '<p>Yes please</p>',
    messageId: '<reply-1@contoso.example>',
    direction: 'incoming',
    sentOn: '2024-02-01T10:00:00.000Z',
    trackingToken: null,
    regarding: { table: 'opportunity', id: OPPORTUNITY_ID, name: 'Contoso 500 licences' },
    parties: [
      {
        participationtypemask: 1,
        address: 'alice@contoso.example',
        party: { table: 'contact', id: ALICE_ID, name: 'Alice' },
      },
      {
        participationtypemask: 2,
        address: 'bob@fabrikam.example',
        party: { table: 'systemuser', id: BOB_ID, name: 'Bob' },
      },
      { participationtypemask: 3, address: 'nobody@elsewhere.example', party: null },
    ],
    ...extra,
  };
}

describe('lookups', () => {
  it('whoAmI names the user chosen by the address', async () => {
    const other = createWebApiClient({
      baseUrl: mock.baseUrl,
      userAddress: 'TEST@fabrikam.example',
    });
    expect(await client.whoAmI()).toEqual({
      id: BOB_ID,
      name: 'Bob Fabrikam',
      address: 'bob@fabrikam.example',
    });
    expect((await other.whoAmI()).id).toBe(TEST_USER_ID);
  });

  it('finds records in every email-enabled table, any email column, any letter case', async () => {
    const records = await client.findRecordsByAddresses([
      'ALICE@contoso.example',
      'shared@tailspin.example',
      'info@contoso.example',
      'dave@tailspin.example',
      'support@fabrikam.example',
      'old@fabrikam.example',
      'ivan@contoso.example',
      "o'brien+tag@northwind.example",
    ]);
    const found = records.map((r) => `${r.table}:${r.name}`).sort();
    expect(found).toEqual([
      'account:Contoso Ltd',
      'contact:Alice Contoso',
      'contact:Ivan Inactive',
      'contact:Pat Shared',
      'contact:Sam Shared',
      "contact:Seán O'Brien %&#/",
      'lead:Dave Tailspin',
      'queue:Support',
      'systemuser:Old Account',
    ]);
    expect(records.find((r) => r.name === 'Ivan Inactive')?.active).toBe(false);
    expect(records.find((r) => r.name === 'Old Account')?.disabled).toBe(true);
    expect(records.find((r) => r.name === 'Alice Contoso')).toMatchObject({
      id: ALICE_ID,
      ownerId: BOB_ID,
      addresses: ['alice@contoso.example'],
      createdOn: '2023-03-01T08:00:00Z',
    });
  });

  it('batches many addresses without losing any', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `filler${i}@nowhere.example`);
    const records = await client.findRecordsByAddresses([...many, 'alice@contoso.example']);
    expect(records.map((r) => r.id)).toEqual([ALICE_ID]);
  });

  it.each([
    [
      'a bracketed id stored with brackets',
      { messageIds: ['first-offer@fabrikam.example'] },
      TRACKED_EMAIL_ID,
    ],
    [
      'an id stored without brackets',
      { messageIds: ['<bare-id@contoso.example>'] },
      '70000000-0000-4000-8000-000000000002',
    ],
    ['a token in another case', { tokens: ['crm:0001001'] }, TRACKED_EMAIL_ID],
    ['an activity id', { activityIds: [TRACKED_EMAIL_ID.toUpperCase(), 'junk'] }, TRACKED_EMAIL_ID],
  ])('findTrackedEmails by %s', async (_label, partial, expectedId) => {
    const found = await client.findTrackedEmails({
      messageIds: [],
      tokens: [],
      activityIds: [],
      ...partial,
    });
    expect(found.map((email) => email.activityId)).toEqual([expectedId]);
  });

  it('maps a tracked email with its regarding, owner and parties', async () => {
    const [email] = await client.findTrackedEmails({
      messageIds: [],
      tokens: ['CRM:0001001'],
      activityIds: [],
    });
    expect(email).toEqual({
      activityId: TRACKED_EMAIL_ID,
      messageId: '<first-offer@fabrikam.example>',
      direction: 'outgoing',
      trackingToken: 'CRM:0001001',
      subject: 'Licences for next year CRM:0001001',
      regarding: { table: 'opportunity', id: OPPORTUNITY_ID, name: 'Contoso 500 licences' },
      ownerId: BOB_ID,
      ownerName: 'Bob Fabrikam',
      createdOn: '2024-01-10T09:00:00Z',
      conversationIndexRoot: null,
      partyAddresses: ['bob@fabrikam.example', 'alice@contoso.example'],
    });
  });

  it('searchRegarding finds active rows by name, the first table first, up to top', async () => {
    const all = await client.searchRegarding('contoso');
    expect(all.map((c) => `${c.table}:${c.name}`)).toEqual([
      'account:Contoso Ltd',
      'contact:Alice Contoso',
      'opportunity:Contoso 500 licences',
      'incident:Contoso cannot sign in',
    ]);
    expect(all.find((c) => c.table === 'incident')?.detail).toBe('CAS-01001 · Alice Contoso');

    const firstCases = await client.searchRegarding('CONTOSO', { first: 'incident', top: 2 });
    expect(firstCases.map((c) => c.table)).toEqual(['incident', 'account']);
  });

  it("escapes quotes and URL characters end to end (O'Brien %&#/)", async () => {
    const found = await client.searchRegarding("O'Brien %&#/");
    expect(found).toEqual([expect.objectContaining({ table: 'contact', id: OBRIEN_ID })]);
    expect(await client.searchRegarding("'")).toEqual([expect.objectContaining({ id: OBRIEN_ID })]);
  });
});

describe('tracking actions', () => {
  it('creates an email, reads it, changes and clears its regarding, deletes it', async () => {
    const id = await client.createEmail(draft());
    const created = await client.getEmail(id);
    expect(created).toMatchObject({
      activityId: id,
      messageId: '<reply-1@contoso.example>',
      direction: 'incoming',
      regarding: { table: 'opportunity', id: OPPORTUNITY_ID, name: 'Contoso 500 licences' },
      ownerId: BOB_ID,
      partyAddresses: ['alice@contoso.example', 'bob@fabrikam.example', 'nobody@elsewhere.example'],
    });

    await client.setRegarding(id, { table: 'account', id: CONTOSO_ID, name: 'Contoso Ltd' });
    expect((await client.getEmail(id)).regarding).toEqual({
      table: 'account',
      id: CONTOSO_ID,
      name: 'Contoso Ltd',
    });

    await client.setRegarding(id, null);
    expect((await client.getEmail(id)).regarding).toBeNull();

    await client.deleteEmail(id);
    expect((await rejection(client.getEmail(id))).code).toBe('CrmNotFound');
  });

  it('creates nothing when a party points to a missing row', async () => {
    const before = (await mock.api('emails?$select=activityid')).body.value.length;
    const bad = draft({
      parties: [
        {
          participationtypemask: 1,
          address: 'x@y.example',
          party: { table: 'contact', id: '00000000-0000-4000-8000-00000000dead', name: 'X' },
        },
      ],
    });
    const error = await rejection(client.createEmail(bad));
    expect(error).toMatchObject({ code: 'CrmNotFound', serverCode: '0x80040217', status: 404 });
    expect((await mock.api('emails?$select=activityid')).body.value.length).toBe(before);
  });

  it('creates a contact or lead for an unresolved sender, owned by the user', async () => {
    const contact = await client.createSenderRecord(
      {
        table: 'contact',
        firstname: 'Zoë',
        lastname: "D'Arcy",
        emailaddress1: 'zoe@darcy.example',
      },
      BOB_ID,
    );
    expect(contact).toMatchObject({ table: 'contact', name: "Zoë D'Arcy" });
    const [found] = await client.findRecordsByAddresses(['zoe@darcy.example']);
    expect(found).toMatchObject({ id: contact.id, ownerId: BOB_ID, table: 'contact' });

    const lead = await client.createSenderRecord(
      {
        table: 'lead',
        firstname: '',
        lastname: 'sales',
        emailaddress1: 'sales@new.example',
        subject: 'Prices',
      },
      TEST_USER_ID,
    );
    expect(lead.name).toBe('sales');
    const row = (await mock.api(`leads(${lead.id})?$select=subject,_ownerid_value`)).body;
    expect(row).toMatchObject({ subject: 'Prices', _ownerid_value: TEST_USER_ID });
  });
});

describe('settings rows', () => {
  it('reads and patches the user settings row and reads the organization row', async () => {
    const row = await client.getUserSettingsRow(BOB_ID);
    expect(row).toMatchObject({ incomingemailfilteringmethod: 1 });
    expect(row).not.toHaveProperty('@odata.context');

    await client.patchUserSettingsRow(BOB_ID, { autocreatecontactonpromote: 2 });
    expect((await client.getUserSettingsRow(BOB_ID)).autocreatecontactonpromote).toBe(2);

    const org = await client.getOrganizationRow();
    expect(typeof org.orgdborgsettings).toBe('string');
  });

  it('maps a refused PATCH to CrmRejected with server code, message, request id', async () => {
    const error = await rejection(client.patchUserSettingsRow(BOB_ID, { nosuchcolumn: 1 }));
    expect(error.code).toBe('CrmRejected');
    expect(error.status).toBe(400);
    expect(error.serverCode).toBe('0x0');
    expect(error.message).toContain('nosuchcolumn');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('failures', () => {
  it('maps an unknown caller to CrmRejected (401)', async () => {
    const stranger = createWebApiClient({ baseUrl: mock.baseUrl, userAddress: 'eve@evil.example' });
    expect(await rejection(stranger.whoAmI())).toMatchObject({ code: 'CrmRejected', status: 401 });
  });

  it('maps an id that is not a GUID to CrmNotFound without a request', async () => {
    expect((await rejection(client.getEmail('not-an-id'))).code).toBe('CrmNotFound');
  });

  it('maps a server that is down to CrmUnavailable', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const down = createWebApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    expect((await rejection(down.whoAmI())).code).toBe('CrmUnavailable');
  });

  it('maps a slow server to CrmTimeout', async () => {
    const server = createServer((_req, res) => {
      setTimeout(() => res.end('{}'), 1_000);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const slow = createWebApiClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 100 });
      const started = Date.now();
      expect((await rejection(slow.whoAmI())).code).toBe('CrmTimeout');
      expect(Date.now() - started).toBeLessThan(900);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('maps an answer that is not JSON to CrmRejected', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>login</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const odd = createWebApiClient({ baseUrl: `http://127.0.0.1:${port}` });
      expect((await rejection(odd.getOrganizationRow())).code).toBe('CrmRejected');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('sends the OData headers and the caller address', async () => {
    const seen: Record<string, string | string[] | undefined>[] = [];
    const fake: typeof fetch = async (input, init) => {
      seen.push(
        Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      );
      return fetch(input, init);
    };
    const spied = createWebApiClient({
      baseUrl: mock.baseUrl,
      userAddress: 'bob@fabrikam.example',
      fetch: fake,
    });
    await spied.getOrganizationRow();
    expect(seen[0]).toMatchObject({
      'OData-MaxVersion': '4.0',
      'OData-Version': '4.0',
      Accept: 'application/json',
      Prefer: 'odata.include-annotations="*"',
      'X-CRM-User': 'bob@fabrikam.example',
    });
  });
});
