import { createSeedLookups, findSeedUser, unreadSeedSets } from '../../src/crm/seed-lookups';
import { isTrackerError } from '../../src/domain/errors';

const BOB = '51000000-0000-4000-8000-000000000001';
const TEST = '51000000-0000-4000-8000-000000000002';
const OPP = '0b000000-0000-4000-8000-000000000001';
/** A conversation root, and Thread-Index values stored on tracked emails. */
const ROOT = 'AduRxtDJRohLqZhdomqJjxhRlfIdOg==';
const REPLY_IN_ROOT = 'AduRxtDJRohLqZhdomqJjxhRlfIdOgBdOo4n';
const OTHER_CASE = 'aDUrXTdjrOHlQzHDOMQjJXHrLFiDOg==';
const OTHER_CONVERSATION = 'AdvIth3462v3Jld1Jx8ifSZaeqp/OA==';

function seed(): Record<string, unknown> {
  return {
    systemusers: [
      {
        systemuserid: BOB,
        fullname: 'Bob Fabrikam',
        internalemailaddress: 'bob@fabrikam.example',
        isdisabled: false,
        createdon: '2023-01-01T00:00:00Z',
      },
      {
        systemuserid: TEST,
        fullname: 'Fabrikam Test',
        internalemailaddress: 'Test@Fabrikam.example',
        isdisabled: false,
      },
      {
        systemuserid: 'u-3',
        fullname: 'Gone',
        internalemailaddress: 'gone@fabrikam.example',
        isdisabled: true,
      },
    ],
    contacts: [
      {
        contactid: 'c-1',
        firstname: 'Alice',
        lastname: 'Contoso',
        emailaddress1: 'alice@contoso.example',
        statecode: 0,
        _ownerid_value: BOB,
        createdon: '2024-01-01T00:00:00Z',
      },
      {
        contactid: 'c-2',
        fullname: 'Old Alice',
        emailaddress1: null,
        emailaddress3: 'ALICE@contoso.example',
        statecode: 1,
      },
    ],
    accounts: [{ accountid: 'a-1', name: 'Contoso Ltd', emailaddress2: 'info@contoso.example' }],
    leads: [{ leadid: 'l-1', fullname: 'Erin Adatum', emailaddress1: 'erin@adatum.example' }],
    queues: [{ queueid: 'q-1', name: 'Support', emailaddress: 'support@fabrikam.example' }],
    opportunities: [{ opportunityid: OPP, name: 'Contoso 500 licences' }],
    emails: [
      {
        activityid: 'E-1',
        subject: 'Quote CRM:0001001',
        messageid: '<m1@mail.fabrikam.example>',
        trackingtoken: 'CRM:0001001',
        directioncode: true,
        createdon: '2025-03-03T09:34:12Z',
        _regardingobjectid_value: OPP,
        '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'opportunity',
        _ownerid_value: BOB,
        conversationindex: REPLY_IN_ROOT,
        email_activity_parties: [{ participationtypemask: 1, addressused: 'bob@fabrikam.example' }],
      },
      { activityid: 'e-2', subject: 'Plain', messageid: 'm2@x.example', directioncode: false },
      { activityid: 'e-3', subject: 'Case', conversationindex: OTHER_CASE },
      { activityid: 'e-4', subject: 'Other', conversationindex: OTHER_CONVERSATION },
      { activityid: 'e-5', subject: 'Broken', conversationindex: 'not base64!' },
      { activityid: 'e-6', subject: 'Bare root', conversationindex: ROOT },
    ],
  };
}

describe('createSeedLookups', () => {
  it('answers WhoAmI with the first user, or the one given by address', async () => {
    expect((await createSeedLookups(seed()).whoAmI()).id).toBe(BOB);
    const test = await createSeedLookups(seed(), 'test@FABRIKAM.example').whoAmI();
    expect(test).toEqual({ id: TEST, name: 'Fabrikam Test', address: 'Test@Fabrikam.example' });
  });

  it('finds rows by every email column, in any case, inactive and disabled included', async () => {
    const lookups = createSeedLookups(seed());
    const found = await lookups.findRecordsByAddresses([
      'Alice@Contoso.example',
      'info@contoso.example',
      'gone@fabrikam.example',
      'support@fabrikam.example',
      'nobody@x.example',
    ]);
    expect(found.map((r) => [r.table, r.id, r.name, r.active, r.disabled])).toEqual([
      ['systemuser', 'u-3', 'Gone', true, true],
      ['contact', 'c-1', 'Alice Contoso', true, false],
      ['contact', 'c-2', 'Old Alice', false, false],
      ['account', 'a-1', 'Contoso Ltd', true, false],
      ['queue', 'q-1', 'Support', true, false],
    ]);
    expect(found[1].ownerId).toBe(BOB);
  });

  it.each([
    ['a Message-ID without brackets', { messageIds: ['m1@mail.fabrikam.example'] }, ['E-1']],
    ['a Message-ID with brackets', { messageIds: ['<m2@x.example>'] }, ['e-2']],
    ['a token in any letter case', { tokens: ['crm:0001001'] }, ['E-1']],
    ['an activity id in any letter case', { activityIds: ['e-1', 'E-2'] }, ['E-1', 'e-2']],
    ['nothing that matches', { messageIds: ['zz@x'], tokens: ['CRM:0009999'] }, []],
    // Like Dataverse's startswith: letter case ignored, so e-3 is a candidate the rules reject.
    ['a Thread-Index root', { threadIndexRoots: [ROOT] }, ['E-1', 'e-3', 'e-6']],
    ['a root of no tracked email', { threadIndexRoots: ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='] }, []],
  ])('finds tracked emails by %s', async (_name, query, ids) => {
    const lookups = createSeedLookups(seed());
    const found = await lookups.findTrackedEmails({
      messageIds: [],
      tokens: [],
      activityIds: [],
      ...query,
    });
    expect(found.map((email) => email.activityId)).toEqual(ids);
  });

  it('reads a tracked email as the rules need it', async () => {
    const [email] = await createSeedLookups(seed()).findTrackedEmails({
      messageIds: ['m1@mail.fabrikam.example'],
      tokens: [],
      activityIds: [],
    });
    expect(email).toEqual({
      activityId: 'E-1',
      messageId: '<m1@mail.fabrikam.example>',
      direction: 'outgoing',
      trackingToken: 'CRM:0001001',
      subject: 'Quote CRM:0001001',
      regarding: { table: 'opportunity', id: OPP, name: 'Contoso 500 licences' },
      ownerId: BOB,
      ownerName: 'Bob Fabrikam',
      createdOn: '2025-03-03T09:34:12Z',
      conversationIndexRoot: ROOT,
      partyAddresses: ['bob@fabrikam.example'],
    });
  });

  it('reads the 22-byte root of each stored conversationindex, exactly as stored', async () => {
    const found = await createSeedLookups(seed()).findTrackedEmails({
      messageIds: [],
      tokens: [],
      activityIds: ['E-1', 'e-2', 'e-3', 'e-4', 'e-5', 'e-6'],
    });
    expect(found.map((email) => [email.activityId, email.conversationIndexRoot])).toEqual([
      ['E-1', ROOT],
      ['e-2', null],
      ['e-3', OTHER_CASE],
      ['e-4', OTHER_CONVERSATION],
      ['e-5', null],
      ['e-6', ROOT],
    ]);
  });

  it.each([
    ['not an object', [], /must be a JSON object/],
    ['a set that is not an array', { ...seed(), contacts: {} }, /"contacts" must be an array/],
    [
      'a row without its id',
      { ...seed(), leads: [{ fullname: 'x' }] },
      /leads\[0\]\.leadid must be a non-empty string/,
    ],
    [
      'an address that is not text',
      { ...seed(), queues: [{ queueid: 'q', emailaddress: 5 }] },
      /queues\[0\]\.emailaddress/,
    ],
    ['no users', { ...seed(), systemusers: [] }, /at least one row/],
  ])('rejects a seed with %s', (_name, document, message) => {
    expect(() => createSeedLookups(document)).toThrow(message);
  });

  it('rejects an unknown user with BadOption, without blaming the data', () => {
    try {
      createSeedLookups(seed(), 'nobody@fabrikam.example');
      throw new Error('no error');
    } catch (error) {
      expect(isTrackerError(error) && error.code).toBe('BadOption');
      expect(isTrackerError(error) && error.message).toBe(
        'No system user has the address nobody@fabrikam.example.',
      );
    }
  });
});

describe('findSeedUser', () => {
  it.each([
    ['test@fabrikam.example', TEST],
    ['BOB@fabrikam.example', BOB],
    ['nobody@fabrikam.example', null],
  ])('finds %p: %p', (address, id) => {
    expect(findSeedUser(seed(), address)?.id ?? null).toBe(id);
  });

  it('checks the document first', () => {
    expect(() => findSeedUser({ contacts: 3 }, 'bob@fabrikam.example')).toThrow(
      /"contacts" must be an array/,
    );
  });
});

describe('unreadSeedSets', () => {
  it('names the sets nothing reads, and none of the known ones', () => {
    const document = {
      ...seed(),
      organizations: [],
      usersettingscollection: [],
      incidents: [],
      widgets: [],
      Contacts: [],
    };

    expect(unreadSeedSets(document)).toEqual(['widgets', 'Contacts']);
    expect(unreadSeedSets(seed())).toEqual([]);
  });
});
