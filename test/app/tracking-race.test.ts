import { createFakeOffice } from '../../src/harness/fake-office';
import { createOfficeHost, TRACKED_ACTIVITY_PROPERTY } from '../../src/outlook/office-host';
import { createWebApiClient } from '../../src/crm/web-api-client';
import type { CrmClient } from '../../src/crm/crm-client';
import { createDiagnosticsLog } from '../../src/app/diagnostics-log';
import { createTrackingController } from '../../src/app/tracking-controller';
import { RACE_LOST_NOTE } from '../../src/app/tracking-race';
import { TrackerError } from '../../src/domain/errors';
import { CLIENT_OPTIONS_KEY } from '../../src/settings';
import { messageItem } from '../taskpane/support/messages';
import { startDemoCrm } from './support/running-crm';

const BOB = { address: 'bob@fabrikam.example', name: 'Bob Fabrikam' };
const TEST_USER = { address: 'test@fabrikam.example', name: 'Fabrikam Test' };

let crm: Awaited<ReturnType<typeof startDemoCrm>>;
beforeEach(async () => {
  crm = await startDemoCrm();
});
afterEach(async () => {
  await crm.close();
});

/** Resolves every caller's wait once `parties` callers wait, then starts over. */
function barrier(parties: number): () => Promise<void> {
  let waiting: Array<() => void> = [];
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length === parties) {
        waiting.forEach((release) => release());
        waiting = [];
      }
    });
}

/**
 * The race made certain: no pane sends its create before both panes found the message untracked,
 * and none goes on before both creates are stored, so each re-check sees both copies.
 */
function racingClient(
  client: CrmClient,
  gates: { beforeCreate: () => Promise<void>; afterCreate: () => Promise<void> },
  overrides: Partial<CrmClient> = {},
): CrmClient {
  return {
    ...client,
    createEmail: async (draft) => {
      await gates.beforeCreate();
      const id = await client.createEmail(draft);
      await gates.afterCreate();
      return id;
    },
    ...overrides,
  };
}

async function setAllowPromoteDuplicates(allow: boolean): Promise<void> {
  const { body } = await crm.get('organizations?$select=organizationid');
  const id = body.value[0].organizationid;
  const xml = `<OrgSettings><AllowPromoteDuplicates>${allow}</AllowPromoteDuplicates></OrgSettings>`;
  const response = await fetch(`${crm.baseUrl}/api/data/v9.2/organizations(${id})`, {
    method: 'PATCH',
    headers: { 'X-CRM-User': BOB.address, 'Content-Type': 'application/json' },
    body: JSON.stringify({ orgdborgsettings: xml }),
  });
  expect(response.status).toBe(204);
}

/** One pane (its own fake Office, mailbox and item) showing the same message as the others. */
async function startPane(
  owner: { address: string; name: string },
  itemId: string,
  messageId: string,
  gates: Parameters<typeof racingClient>[1],
  overrides: Partial<CrmClient> = {},
) {
  const fake = createFakeOffice({ mailboxOwner: owner });
  const host = createOfficeHost(fake.office);
  host.roamingSettings().set(CLIENT_OPTIONS_KEY, JSON.stringify({ backgroundTrack: false }));
  const log = createDiagnosticsLog({ echo: null });
  const controller = createTrackingController({
    host,
    crmBaseUrl: crm.baseUrl,
    log,
    createClient: (options) => racingClient(createWebApiClient(options), gates, overrides),
  });
  await fake.selectItem(messageItem({ itemId, subject: 'Same moment', messageId }));
  await controller.start();
  expect(controller.getState().status).toBe('Not tracked');
  return { fake, controller, log, itemId };
}

async function emailsWithMessageId(messageId: string): Promise<any[]> {
  const filter = encodeURIComponent(`messageid eq '${messageId}'`);
  const { body } = await crm.get(`emails?$filter=${filter}&$orderby=createdon`);
  return body.value;
}

function raceNotes(log: ReturnType<typeof createDiagnosticsLog>): string[] {
  return log
    .entries()
    .map((entry) => entry.message)
    .filter((message) => message.startsWith(RACE_LOST_NOTE));
}

describe('two panes tracking the same message at the same moment', () => {
  it.each([
    { case: 'two panes of the same mailbox', allow: false, users: [BOB, BOB], copies: 1 },
    { case: 'the same mailbox, AllowPromoteDuplicates', allow: true, users: [BOB, BOB], copies: 1 },
    { case: 'two users', allow: false, users: [BOB, TEST_USER], copies: 1 },
    { case: 'two users, AllowPromoteDuplicates', allow: true, users: [BOB, TEST_USER], copies: 2 },
  ])('$case: $copies email(s) stay', async ({ allow, users, copies }) => {
    await setAllowPromoteDuplicates(allow);
    const messageId = '<race-1@contoso.example>';
    const gates = { beforeCreate: barrier(2), afterCreate: barrier(2) };
    const panes = [
      await startPane(users[0], 'pane-a-item', messageId, gates),
      await startPane(users[1], 'pane-b-item', messageId, gates),
    ];

    await Promise.all(panes.map((pane) => pane.controller.track()));

    const stored = await emailsWithMessageId(messageId);
    expect(stored).toHaveLength(copies);
    const storedIds = stored.map((email) => email.activityid);
    for (const pane of panes) {
      const state = pane.controller.getState();
      expect(state.status).toBe('Tracked');
      const tagged = pane.fake.itemState(pane.itemId).customProperties[TRACKED_ACTIVITY_PROPERTY];
      expect(storedIds).toContain(tagged);
      expect(state.tracked?.activityId).toBe(tagged);
    }
    const tags = panes.map(
      (pane) => pane.fake.itemState(pane.itemId).customProperties[TRACKED_ACTIVITY_PROPERTY],
    );
    expect(new Set(tags).size).toBe(copies);
    // The pane whose copy was deleted says why, in its diagnostics only.
    expect(panes.flatMap((pane) => raceNotes(pane.log))).toHaveLength(2 - copies);
    for (const pane of panes) {
      expect(pane.controller.getState().error).toBeNull();
    }
  });

  it('keeps both copies, tracked and without an error, when the extra one cannot be deleted', async () => {
    const messageId = '<race-2@contoso.example>';
    const gates = { beforeCreate: barrier(2), afterCreate: barrier(2) };
    const deleteEmail = () =>
      Promise.reject(new TrackerError('CrmUnavailable', 'The CRM did not answer.'));
    const panes = [
      await startPane(BOB, 'pane-a-item', messageId, gates, { deleteEmail }),
      await startPane(BOB, 'pane-b-item', messageId, gates, { deleteEmail }),
    ];

    await Promise.all(panes.map((pane) => pane.controller.track()));

    const stored = await emailsWithMessageId(messageId);
    expect(stored).toHaveLength(2);
    const tags = panes.map(
      (pane) => pane.fake.itemState(pane.itemId).customProperties[TRACKED_ACTIVITY_PROPERTY],
    );
    expect(new Set(tags)).toEqual(new Set(stored.map((email) => email.activityid)));
    for (const pane of panes) {
      expect(pane.controller.getState().status).toBe('Tracked');
    }
    const warnings = panes.flatMap((pane) => pane.log.entries().map((entry) => entry.message));
    expect(warnings).toEqual([expect.stringMatching(/could not be deleted/)]);
  });
});
