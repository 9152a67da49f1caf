import { createFakeOffice } from '../../src/harness/fake-office';
import {
  createOfficeHost,
  TRACKED_ACTIVITY_PROPERTY,
  TRACKING_ORIGIN_PROPERTY,
} from '../../src/outlook/office-host';
import { createWebApiClient } from '../../src/crm/web-api-client';
import { createDiagnosticsLog } from '../../src/app/diagnostics-log';
import {
  createTrackingController,
  type TrackingController,
} from '../../src/app/tracking-controller';
import type { PaneState } from '../../src/app/pane-state';
import { CLIENT_OPTIONS_KEY } from '../../src/settings';
import { TRACKED_CATEGORY } from '../../src/domain/tracking-category';
import { messageItem } from '../taskpane/support/messages';
import { startDemoCrm } from './support/running-crm';

const BOB = { address: 'bob@fabrikam.example', name: 'Bob Fabrikam' };
const BOB_ID = '51000000-0000-4000-8000-000000000001';
const ALICE_ID = 'c0000000-0000-4000-8000-000000000001';
const CONTOSO_DEAL_ID = '0b000000-0000-4000-8000-000000000001';

let crm: Awaited<ReturnType<typeof startDemoCrm>>;
beforeEach(async () => {
  crm = await startDemoCrm();
});
afterEach(async () => {
  await crm.close();
});

/** The pane's controller over the fake Office and the real mock CRM, as the harness runs it. */
async function startPane(
  options: { client?: Record<string, unknown>; fake?: ReturnType<typeof createFakeOffice> } = {},
) {
  const fake = options.fake ?? createFakeOffice({ mailboxOwner: BOB });
  const host = createOfficeHost(fake.office);
  host
    .roamingSettings()
    .set(CLIENT_OPTIONS_KEY, JSON.stringify({ backgroundTrack: false, ...options.client }));
  const userAddresses: string[] = [];
  const controller = createTrackingController({
    host,
    crmBaseUrl: crm.baseUrl,
    log: createDiagnosticsLog({ echo: null }),
    createClient: (clientOptions) => {
      userAddresses.push(clientOptions.userAddress);
      return createWebApiClient(clientOptions);
    },
  });
  return { fake, controller, userAddresses };
}

function until(
  controller: TrackingController,
  test: (s: PaneState) => boolean,
): Promise<PaneState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('state never came')), 5000);
    const check = () => {
      if (test(controller.getState())) {
        clearTimeout(timer);
        stop();
        resolve(controller.getState());
      }
    };
    const stop = controller.subscribe(check);
    check();
  });
}

/** The item's custom properties once automatic tagging (not awaited by the pane) wrote one. */
async function waitForProperty(
  fake: ReturnType<typeof createFakeOffice>,
  itemId: string,
  name: string,
): Promise<Record<string, string>> {
  for (let tries = 0; tries < 100; tries += 1) {
    const properties = fake.itemState(itemId).customProperties;
    if (properties[name] !== undefined) return properties;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${name} was never written on ${itemId}`);
}

async function partiesOf(activityId: string): Promise<any[]> {
  const { body } = await crm.get(`emails(${activityId})?$expand=email_activity_parties`);
  return body.email_activity_parties;
}

describe('tracking a message from alice@contoso.example in the mock CRM', () => {
  it('creates one email activity with the right parties and marks the item', async () => {
    const { fake, controller, userAddresses } = await startPane();
    await fake.selectItem(messageItem({ itemId: 'alice-1', subject: 'Licence question' }));
    await controller.start();
    expect(controller.getState().status).toBe('Not tracked');
    expect(userAddresses).toEqual([BOB.address]);

    await controller.track();

    const state = controller.getState();
    expect(state.status).toBe('Tracked');
    expect(state.tracked?.byName).toBe('Bob Fabrikam');
    const activityId = state.tracked!.activityId;
    const parties = await partiesOf(activityId);
    const byMask = (mask: number) => parties.filter((p) => p.participationtypemask === mask);
    expect(byMask(1).map((p) => p._partyid_value)).toEqual([ALICE_ID]);
    expect(byMask(2).map((p) => p._partyid_value)).toEqual([BOB_ID]);
    expect(byMask(3).map((p) => p.addressused)).toEqual(
      expect.arrayContaining(['carol@northwind.example', 'not-an-address']),
    );
    expect(
      byMask(3).find((p) => p.addressused === 'not-an-address')._partyid_value ?? null,
    ).toBeNull();

    const item = fake.itemState('alice-1');
    expect(item.customProperties[TRACKED_ACTIVITY_PROPERTY]).toBe(activityId);
    expect(item.categories).toContain(TRACKED_CATEGORY);
  });

  it('rejects a second action while the first runs, so a double click tracks once', async () => {
    const { fake, controller } = await startPane();
    const item = messageItem({ itemId: 'alice-2', subject: 'Double click' });
    await fake.selectItem(item);
    await controller.start();

    const first = controller.track();
    await expect(controller.track()).rejects.toMatchObject({ code: 'ConcurrentAction' });
    await first;

    const filter = encodeURIComponent(`messageid eq '${item.internetMessageId}'`);
    const { body } = await crm.get(`emails?$filter=${filter}`);
    expect(body.value).toHaveLength(1);
  });

  it('changes the regarding of the tracked activity, then untracks it', async () => {
    const { fake, controller } = await startPane();
    await fake.selectItem(messageItem({ itemId: 'alice-3', subject: 'Licences' }));
    await controller.start();
    await controller.track();
    const activityId = controller.getState().tracked!.activityId;

    const [deal] = (await controller.searchRegarding('Contoso 500')).filter(
      (row) => row.id === CONTOSO_DEAL_ID,
    );
    await controller.setRegarding(deal);
    expect(controller.getState().tracked?.regarding?.name).toBe('Contoso 500 licences');
    const { body } = await crm.get(`emails(${activityId})`);
    expect(body._regardingobjectid_value).toBe(CONTOSO_DEAL_ID);

    await controller.untrack();
    expect(controller.getState().status).toBe('Not tracked');
    expect((await crm.get(`emails(${activityId})`)).status).toBe(404);
    expect(fake.itemState('alice-3').categories).not.toContain(TRACKED_CATEGORY);
  });

  it('tracks a reply to tracked mail in background, regarding the correlated record', async () => {
    const { fake, controller } = await startPane({ client: { backgroundTrack: true } });
    await fake.selectItem(
      messageItem({
        itemId: 'reply-1',
        subject: 'RE: Renewal quote',
        extraHeaders: ['In-Reply-To: <20250303093012.7F3A1C@mail.fabrikam.example>'],
      }),
    );
    const reasons = new Set<string>();
    controller.subscribe(() => reasons.add(controller.getState().evaluation?.reason ?? ''));
    await controller.start();

    const state = await until(controller, (s) => s.status === 'Tracked');
    // Once tracked, the verdict still explains the message: never a Duplicate of itself.
    expect([...reasons].filter(Boolean)).toEqual(['CorrelationMatch']);
    expect(state.ownCopy).toBe(true);
    expect(state.evaluation?.sentence).toMatch(
      // The regarding record is the tracked activity's, named by the status line.
      /^Tracked automatically: a reply to tracked mail\.$/,
    );
    expect(state.tracked?.regarding?.id).toBe(CONTOSO_DEAL_ID);
    expect(state.trackedAutomatically).toBe(true);
  });

  it('explains a message the user tracked by hand with what the rules alone would do', async () => {
    const { fake, controller } = await startPane({ client: { backgroundTrack: true } });
    await fake.selectItem(messageItem({ itemId: 'alice-4', subject: 'A new question' }));
    await controller.start();
    expect(controller.getState().evaluation?.reason).toBe('NoCorrelationMatch');

    await controller.track();

    const state = controller.getState();
    expect(state).toMatchObject({ status: 'Tracked', ownCopy: true });
    expect(state.evaluation).toMatchObject({ verdict: 'skip', reason: 'NoCorrelationMatch' });
    expect(state.evaluation?.sentence).toMatch(
      /^Tracked by hand; the rules alone would not track it: not a reply to tracked mail/,
    );

    // A later session does not know who tracked it, but still never calls it a Duplicate.
    controller.dispose();
    const again = await startPane({ fake, client: { backgroundTrack: true } });
    await again.controller.start();
    const later = again.controller.getState();
    expect(later).toMatchObject({ status: 'Tracked', ownCopy: true });
    expect(later.evaluation?.reason).toBe('NoCorrelationMatch');
    expect(later.evaluation?.sentence).toMatch(/^Tracked, though the rules alone would not/);
  });

  it('shows a copy tracked from another item as a Duplicate tracked elsewhere', async () => {
    const { fake, controller } = await startPane();
    const item = messageItem({ itemId: 'alice-5', subject: 'Shared news' });
    await fake.selectItem(item);
    await controller.start();
    await controller.track();
    const activityId = controller.getState().tracked!.activityId;
    controller.dispose();

    // The same message in another mailbox item, without the activity id on it.
    await fake.selectItem({ ...item, itemId: 'alice-5-copy' });
    const other = await startPane({ fake, client: { autoTagging: false } });
    await other.controller.start();
    const state = other.controller.getState();
    expect(state).toMatchObject({ status: 'Tracked', ownCopy: false });
    expect(state.evaluation).toMatchObject({ verdict: 'tracked', reason: 'Duplicate' });
    expect(state.tracked?.activityId).toBe(activityId);
    expect(state.evaluation?.sentence).toBe(
      'Another copy of this message is already tracked in CRM by you, from another item or ' +
        'device.',
    );
  });

  it('keeps a copy tagged because it was tracked elsewhere a Duplicate on every view', async () => {
    const { fake, controller } = await startPane();
    const item = messageItem({ itemId: 'alice-6', subject: 'Tagged news' });
    await fake.selectItem(item);
    await controller.start();
    await controller.track();
    const activityId = controller.getState().tracked!.activityId;
    controller.dispose();

    // Another item with the same Message-ID: automatic tagging writes the id onto it.
    await fake.selectItem({ ...item, itemId: 'alice-6-copy' });
    const first = await startPane({ fake, client: { autoTagging: true } });
    await first.controller.start();
    expect(first.controller.getState().evaluation?.reason).toBe('Duplicate');
    const note = await waitForProperty(fake, 'alice-6-copy', TRACKING_ORIGIN_PROPERTY);
    expect(note).toMatchObject({
      [TRACKED_ACTIVITY_PROPERTY]: activityId,
      [TRACKING_ORIGIN_PROPERTY]: 'tagged',
    });
    first.controller.dispose();

    // The next view reads the tagged id and still calls it a copy tracked elsewhere.
    const next = await startPane({ fake, client: { autoTagging: true } });
    await next.controller.start();
    const state = next.controller.getState();
    expect(state).toMatchObject({ status: 'Tracked', ownCopy: false });
    expect(state.evaluation).toMatchObject({ verdict: 'tracked', reason: 'Duplicate' });
    expect(state.evaluation?.sentence).toMatch(/^Another copy of this message is already tracked/);
  });

  it('puts what a lookup left out in the diagnostics log', async () => {
    const references = Array.from({ length: 130 }, (_, i) => `<ref-${i}@mail.example>`);
    const { fake, controller } = await startPane();
    await fake.selectItem(
      messageItem({
        itemId: 'long-thread',
        subject: 'RE: A long thread',
        extraHeaders: [`References: ${references.join(' ')}`],
      }),
    );
    await controller.start();

    expect(controller.getState().phase).toBe('ready');
    const warnings = controller.log.entries().filter((entry) => entry.level === 'warn');
    expect(warnings.map((entry) => entry.message)).toContainEqual(
      expect.stringMatching(/^Looked up 100 of 131 Message-IDs .* 31 References were skipped\.$/),
    );
  });

  it('creates a contact for an unknown sender once, never a duplicate', async () => {
    const patch = await fetch(`${crm.baseUrl}/api/data/v9.2/usersettingscollection(${BOB_ID})`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-CRM-User': BOB.address },
      body: JSON.stringify({ autocreatecontactonpromote: 1 }),
    });
    expect(patch.ok).toBe(true);
    const zed = { name: 'Zed Newman', address: 'zed@newco.example' };
    const { fake, controller } = await startPane();

    await fake.selectItem(messageItem({ itemId: 'zed-1', subject: 'Hello', from: zed }));
    await controller.start();
    await controller.track();
    await fake.selectItem(messageItem({ itemId: 'zed-2', subject: 'Again', from: zed }));
    await until(controller, (s) => s.message?.itemId === 'zed-2' && s.phase === 'ready');
    await controller.track();

    const filter = encodeURIComponent(`emailaddress1 eq '${zed.address}'`);
    const { body } = await crm.get(`contacts?$filter=${filter}`);
    expect(body.value).toHaveLength(1);
    expect(body.value[0].lastname).toBe('Newman');
    const parties = await partiesOf(controller.getState().tracked!.activityId);
    const from = parties.find((p) => p.participationtypemask === 1);
    expect(from._partyid_value).toBe(body.value[0].contactid);
  });

  it('never re-tracks in background what the user untracked, in a later session either', async () => {
    const reply = messageItem({
      itemId: 'reply-2',
      subject: 'RE: Renewal quote',
      extraHeaders: ['In-Reply-To: <20250303093012.7F3A1C@mail.fabrikam.example>'],
    });
    const emailsOfReply = async () => {
      const filter = encodeURIComponent(`messageid eq '${reply.internetMessageId}'`);
      return (await crm.get(`emails?$filter=${filter}`)).body.value as unknown[];
    };
    const first = await startPane({ client: { backgroundTrack: true } });
    await first.fake.selectItem(reply);
    await first.controller.start();
    await until(first.controller, (s) => s.status === 'Tracked');

    await first.controller.untrack();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first.controller.getState()).toMatchObject({ status: 'Not tracked', tracked: null });
    expect(await emailsOfReply()).toHaveLength(0);
    first.controller.dispose();

    // A reload: a new pane over the same mailbox.
    const second = await startPane({ client: { backgroundTrack: true }, fake: first.fake });
    await second.controller.start();
    const state = await until(second.controller, (s) => s.phase === 'ready');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(state.untrackedByUser).toBe(true);
    expect(second.controller.getState().status).toBe('Not tracked');
    expect(await emailsOfReply()).toHaveLength(0);
  });
});
