import { createWebApiClient } from '../../src/crm/web-api-client';
import { correlate } from '../../src/domain/correlation';
import { settingsWith } from '../support/settings-fixture';
import { makeFacts } from '../domain/rule-fixtures';
import {
  BOB_ID,
  OPPORTUNITY_ID,
  removeDir,
  startMock,
  type RunningMock,
} from '../mock-crm/mock-crm-fixture';

/**
 * Correlation step 3 over the Web API: the client asks the mock for tracked emails whose
 * conversationindex starts with the root's prefix; the rules keep only exact roots.
 */

const ROOT = 'AduRxtDJRohLqZhdomqJjxhRlfIdOg==';
/** Alice's reply in that conversation: the root and one child block. */
const REPLY = 'AduRxtDJRohLqZhdomqJjxhRlfIdOgBdOo4n';
/** The same characters in other letter case: another conversation that startswith still finds. */
const OTHER_CASE = 'aDUrXTdjrOHlQzHDOMQjJXHrLFiDOg==';
/** The first 21 bytes equal, the 22nd not: the same prefix, another root. */
const LAST_BYTE_DIFFERS = 'AduRxtDJRohLqZhdomqJjxhRlfIdxQ==';

let mock: RunningMock;
const urls: string[] = [];

function trackedEmail(id: string, conversationindex: string | null, createdon: string) {
  mock.store.insert('emails', id, {
    activityid: id,
    subject: `Workshop ${id.slice(-1)}`,
    messageid: `<${id}@mail.fabrikam.example>`,
    directioncode: true,
    conversationindex,
    statecode: 1,
    createdon,
    _ownerid_value: BOB_ID,
    '_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'systemuser',
    _regardingobjectid_value: OPPORTUNITY_ID,
    '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'opportunity',
    email_activity_parties: [],
  });
}

const ID = (n: number) => `7a000000-0000-4000-8000-00000000000${n}`;

beforeAll(async () => {
  mock = await startMock();
  trackedEmail(ID(1), ROOT, '2025-03-10T14:19:03Z');
  trackedEmail(ID(2), REPLY, '2025-03-12T08:00:00Z');
  trackedEmail(ID(3), OTHER_CASE, '2025-04-01T00:00:00Z');
  trackedEmail(ID(4), LAST_BYTE_DIFFERS, '2025-04-02T00:00:00Z');
  trackedEmail(ID(5), null, '2025-04-03T00:00:00Z');
});
afterAll(async () => {
  await mock.close();
  removeDir(mock.dataDir);
});

function client() {
  return createWebApiClient({
    baseUrl: mock.baseUrl,
    userAddress: 'bob@fabrikam.example',
    fetch: (input, init) => {
      urls.push(input instanceof Request ? input.url : input.toString());
      return fetch(input, init);
    },
  });
}

const none = { messageIds: [], tokens: [], activityIds: [] };

describe('findTrackedEmails by Thread-Index root, against the mock', () => {
  it('asks with startswith on the 28-character prefix and gets every candidate', async () => {
    urls.length = 0;
    const found = await client().findTrackedEmails({ ...none, threadIndexRoots: [ROOT] });

    const filter = new URL(urls[0]).searchParams.get('$filter');
    expect(filter).toBe(`startswith(conversationindex,'${ROOT.slice(0, 28)}')`);
    expect(found.map((email) => [email.activityId, email.conversationIndexRoot])).toEqual([
      [ID(1), ROOT],
      [ID(2), ROOT],
      [ID(3), OTHER_CASE],
      [ID(4), LAST_BYTE_DIFFERS],
    ]);
  });

  it('lets the rules keep the exact root, the most recent email of the conversation', async () => {
    const trackedEmails = await client().findTrackedEmails({ ...none, threadIndexRoots: [ROOT] });
    const facts = makeFacts({ subject: 'Room and parking', threadIndex: REPLY });
    const match = correlate(facts, settingsWith(), { trackedEmails });
    expect([match?.email.activityId, match?.via, match?.suggestion?.id]).toEqual([
      ID(2),
      'thread-index',
      OPPORTUNITY_ID,
    ]);
  });

  it('combines the root with the other keys in one query', async () => {
    urls.length = 0;
    const found = await client().findTrackedEmails({
      messageIds: [],
      tokens: ['CRM:0001001'],
      activityIds: [],
      threadIndexRoots: [LAST_BYTE_DIFFERS],
    });
    expect(urls).toHaveLength(1);
    expect(found.map((email) => email.activityId)).toEqual(
      expect.arrayContaining([ID(1), ID(2), ID(3), ID(4)]),
    );
    expect(found.some((email) => email.trackingToken === 'CRM:0001001')).toBe(true);
  });

  it('escapes a root that is not base64 instead of breaking the query', async () => {
    const found = await client().findTrackedEmails({
      ...none,
      threadIndexRoots: ["x') or true or startswith(subject,'"],
    });
    expect(found).toEqual([]);
  });
});
