import { createWebApiClient } from '../../src/crm/web-api-client';
import { MAX_URL_LENGTH } from '../../src/crm/web-api-transport';
import { collectSnapshot } from '../../src/domain/snapshot';
import { ALICE, BOB, mailbox, makeFacts } from '../domain/rule-fixtures';
import { settingsWith } from '../support/settings-fixture';
import { ALICE_ID, BOB_ID, mockForSuite, TRACKED_EMAIL_ID } from '../mock-crm/mock-crm-fixture';

/**
 * A message with hundreds or thousands of recipients and References, looked up against the mock:
 * how many requests, how many at once, how long their URLs, and whether the answers still hold.
 */

const mock = mockForSuite();

interface Traffic {
  urls: string[];
  maxInFlight: number;
  warnings: string[];
}

function countingClient(traffic: Traffic) {
  let inFlight = 0;
  return createWebApiClient({
    baseUrl: mock.baseUrl,
    userAddress: BOB.address,
    onWarning: (message) => traffic.warnings.push(message),
    fetch: async (input, init) => {
      traffic.urls.push(input instanceof Request ? input.url : input.toString());
      inFlight += 1;
      traffic.maxInFlight = Math.max(traffic.maxInFlight, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    },
  });
}

const recipients = (count: number) =>
  Array.from({ length: count }, (_, i) => mailbox(`person${i}@recipients.example`));
const references = (count: number) =>
  Array.from({ length: count }, (_, i) => `ref-${i}@thread.example`);

describe('a message with many recipients and References', () => {
  it('300 recipients and 20 References: few requests, at most 6 at once, answers intact', async () => {
    const traffic: Traffic = { urls: [], maxInFlight: 0, warnings: [] };
    const facts = makeFacts({
      to: [...recipients(299), BOB],
      references: [...references(19), 'first-offer@fabrikam.example'],
    });

    const snapshot = await collectSnapshot(facts, settingsWith(), countingClient(traffic));

    // Before batching by URL length this message took 109 requests, all at once.
    expect(traffic.urls.length).toBeLessThanOrEqual(35);
    expect(traffic.maxInFlight).toBeLessThanOrEqual(6);
    expect(Math.max(...traffic.urls.map((url) => url.length))).toBeLessThan(MAX_URL_LENGTH);
    expect(snapshot.records.map((r) => r.id).sort()).toEqual([BOB_ID, ALICE_ID].sort());
    expect(snapshot.trackedEmails.map((e) => e.activityId)).toEqual([TRACKED_EMAIL_ID]);
    expect(traffic.warnings).toEqual([]);
  });

  it('3000 To and 5000 References: capped, the sender and newest References kept', async () => {
    const traffic: Traffic = { urls: [], maxInFlight: 0, warnings: [] };
    const facts = makeFacts({
      from: [ALICE],
      to: recipients(3000),
      references: [...references(4999), 'first-offer@fabrikam.example'],
    });

    const snapshot = await collectSnapshot(facts, settingsWith(), countingClient(traffic));

    expect(traffic.urls.length).toBeLessThanOrEqual(80);
    expect(traffic.maxInFlight).toBeLessThanOrEqual(6);
    expect(Math.max(...traffic.urls.map((url) => url.length))).toBeLessThan(MAX_URL_LENGTH);
    expect(snapshot.records.map((r) => r.id)).toEqual([ALICE_ID]);
    expect(snapshot.trackedEmails.map((e) => e.activityId)).toEqual([TRACKED_EMAIL_ID]);
    expect(traffic.warnings).toEqual([
      'Looked up the first 500 of 3001 addresses in the CRM; 2501 were skipped.',
      expect.stringMatching(/^Looked up 100 of 5001 Message-IDs .*; 4901 References were skipped/),
    ]);
  });

  it('finds an address that sits in any batch of a long list', async () => {
    const traffic: Traffic = { urls: [], maxInFlight: 0, warnings: [] };
    const many = recipients(400).map((m) => m.address);
    const records = await countingClient(traffic).findRecordsByAddresses([
      ...many.slice(0, 250),
      'alice@contoso.example',
      ...many.slice(250),
    ]);
    expect(records.map((r) => r.id)).toEqual([ALICE_ID]);
    expect(traffic.urls.length).toBeGreaterThan(5);
  });

  it('skips (and reports) an address too long for any URL instead of failing', async () => {
    const traffic: Traffic = { urls: [], maxInFlight: 0, warnings: [] };
    const huge = `${'x'.repeat(9000)}@long.example`;
    const records = await countingClient(traffic).findRecordsByAddresses([
      huge,
      'alice@contoso.example',
    ]);
    expect(records.map((r) => r.id)).toEqual([ALICE_ID]);
    expect(traffic.warnings).toEqual(['Skipped 1 address(es) too long to look up in the CRM.']);
  });
});
