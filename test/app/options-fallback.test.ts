import { createFakeOffice } from '../../src/harness/fake-office';
import { createOfficeHost } from '../../src/outlook/office-host';
import { createWebApiClient } from '../../src/crm/web-api-client';
import { createDiagnosticsLog } from '../../src/app/diagnostics-log';
import { createTrackingController } from '../../src/app/tracking-controller';
import { CLIENT_OPTIONS_KEY, LOCAL_SETTINGS_KEY } from '../../src/settings';
import { startDemoCrm } from './support/running-crm';

const BOB = { address: 'bob@fabrikam.example', name: 'Bob Fabrikam' };
const BOB_ID = '51000000-0000-4000-8000-000000000001';
/** A mistyped CRM address: nothing listens on the discard port of the loopback address. */
const UNREACHABLE = 'https://127.0.0.1:9';

let crm: Awaited<ReturnType<typeof startDemoCrm>>;
beforeEach(async () => {
  crm = await startDemoCrm();
});
afterEach(async () => {
  await crm.close();
});

/**
 * A pane whose CRM address (client.crmUrl, which overrides the pane's) is wrong, with local
 * personal options that differ from the CRM's.
 */
async function startWithWrongAddress() {
  const fake = createFakeOffice({ mailboxOwner: BOB });
  const host = createOfficeHost(fake.office);
  const store = host.roamingSettings();
  store.set(CLIENT_OPTIONS_KEY, JSON.stringify({ backgroundTrack: false, crmUrl: UNREACHABLE }));
  store.set(
    LOCAL_SETTINGS_KEY,
    JSON.stringify({ usersettings: { incomingemailfilteringmethod: 0 } }),
  );

  const controller = createTrackingController({
    host,
    crmBaseUrl: crm.baseUrl,
    log: createDiagnosticsLog({ echo: null }),
    createClient: (options) => createWebApiClient({ ...options, timeoutMs: 2000 }),
  });
  await controller.start();
  return { controller, store };
}

async function crmFilteringMethod(): Promise<unknown> {
  const { body } = await crm.get(`usersettingscollection(${BOB_ID})`);
  return body.incomingemailfilteringmethod;
}

describe('saving options while the CRM could not be reached', () => {
  it('says the personal options are not loaded, and saves only the client options', async () => {
    const before = await crmFilteringMethod();
    expect(before).not.toBe(0);
    const { controller, store } = await startWithWrongAddress();

    const shown = controller.getState();
    expect(shown.phase).toBe('unavailable');
    expect(shown.settings?.source).toBe('service');
    expect(shown.settings?.issues).toContainEqual(
      expect.objectContaining({
        key: 'usersettings',
        reason: expect.stringMatching(/^not loaded: the CRM could not be reached; only the client/),
      }),
    );

    // The user clears the wrong address and saves the form as shown (the local values included).
    const { usersettings, client } = shown.settings!.settings;
    expect(usersettings.incomingemailfilteringmethod).toBe(0);
    await controller.saveOptions({
      kind: 'service',
      usersettings,
      client: { ...client, crmUrl: '' },
    });

    expect(JSON.parse(store.get(CLIENT_OPTIONS_KEY)!).crmUrl).toBe('');
    expect(await crmFilteringMethod()).toBe(before);
    const state = controller.getState();
    expect(state.error).toBeNull();
    expect(state.phase).not.toBe('unavailable');
    expect(state.settings?.settings.usersettings.incomingemailfilteringmethod).toBe(before);
    expect(state.settings?.issues.map((issue) => issue.key)).not.toContain('usersettings');

    // Connected, the personal options are the CRM's and Save writes them there.
    await controller.saveOptions({
      kind: 'service',
      usersettings: { ...state.settings!.settings.usersettings, incomingemailfilteringmethod: 0 },
      client: state.settings!.settings.client,
    });
    expect(await crmFilteringMethod()).toBe(0);
  });

  it('still refuses a CRM address that is not a URL', async () => {
    const { controller, store } = await startWithWrongAddress();
    const { usersettings, client } = controller.getState().settings!.settings;

    await expect(
      controller.saveOptions({
        kind: 'service',
        usersettings,
        client: { ...client, crmUrl: 'crm' },
      }),
    ).rejects.toMatchObject({ code: 'BadOption' });
    expect(JSON.parse(store.get(CLIENT_OPTIONS_KEY)!).crmUrl).toBe(UNREACHABLE);
  });
});
