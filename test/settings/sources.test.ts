import { TrackerError } from '../../src/domain/errors';
import type { ClientOptions, UserSettings } from '../../src/domain/settings-model';
import {
  CLIENT_OPTIONS_KEY,
  DEFAULT_CLIENT_OPTIONS,
  DEFAULT_SETTINGS,
  DEFAULT_USER_SETTINGS,
  LOCAL_SETTINGS_KEY,
  SOURCE_KIND_KEY,
  createMemoryKeyValueStore,
  loadSettings,
  readSourceKind,
  saveSettings,
  writeSourceKind,
  type KeyValueStore,
  type SettingsServiceApi,
} from '../../src/settings';

const USER_ID = '00000000-0000-0000-0000-000000000001';

/** A plain-object stand-in for the CRM client's settings calls, recording what it was asked. */
/** A store as a host may give it: values another client stored need not be text. */
function storeHolding(values: Record<string, unknown>): KeyValueStore {
  return {
    get: (key) => (values[key] ?? null) as string | null,
    set: (key, value) => void (values[key] = value),
    save: () => Promise.resolve(),
  };
}

function fakeService(rows: { user?: Record<string, unknown>; org?: Record<string, unknown> }) {
  const patches: { id: string; patch: Record<string, unknown> }[] = [];
  const user: Record<string, unknown> = {
    usersettingsid: USER_ID,
    uilanguageid: 1033,
    ...rows.user,
  };
  const service: SettingsServiceApi & { fail?: Error } = {
    async getUserSettingsRow(id) {
      if (service.fail) throw service.fail;
      expect(id).toBe(USER_ID);
      return { ...user };
    },
    async patchUserSettingsRow(id, patch) {
      if (service.fail) throw service.fail;
      patches.push({ id, patch });
      Object.assign(user, patch);
    },
    async getOrganizationRow() {
      if (service.fail) throw service.fail;
      return { organizationid: 'org', name: 'Fabrikam', ...rows.org };
    },
  };
  return { service, patches };
}

const editedUser: UserSettings = {
  ...DEFAULT_USER_SETTINGS,
  incomingemailfilteringmethod: 2,
  outlooksyncinterval: 30,
};
const editedClient: ClientOptions = { ...DEFAULT_CLIENT_OPTIONS, backgroundTrack: false };

describe('source kind', () => {
  it.each([
    [null, 'service'],
    ['local', 'local'],
    ['service', 'service'],
    ['LOCAL', 'service'],
    ['nonsense', 'service'],
  ])('stored %p reads as %p', (stored, expected) => {
    const store = createMemoryKeyValueStore(
      stored === null ? {} : { 'crmTracker.settingsSource': stored },
    );
    expect(readSourceKind(store)).toBe(expected);
  });

  it.each([
    ['bogus', '"bogus"'],
    ['LOCAL', '"LOCAL"'],
    ['', '""'],
    [{ kind: 'local' }, '{"kind":"local"}'],
  ])('lists a remembered source of %p as an issue and uses the service', async (stored, found) => {
    const store = storeHolding({ [SOURCE_KIND_KEY]: stored });
    const { service } = fakeService({});

    const kind = readSourceKind(store);
    const loaded = await loadSettings({ kind, store, service, systemUserId: USER_ID });

    expect(loaded.source).toBe('service');
    expect(loaded.issues).toEqual([
      { key: 'settingsSource', found, used: '"service"', reason: 'not "service" or "local"' },
    ]);
  });

  it.each([['local'], ['service']])('lists no issue for a remembered %p', async (stored) => {
    const store = createMemoryKeyValueStore({ [SOURCE_KIND_KEY]: stored });

    const loaded = await loadSettings({ kind: 'local', store });

    expect(loaded.issues).toEqual([]);
  });

  it('remembers what was written', () => {
    const store = createMemoryKeyValueStore();
    writeSourceKind(store, 'local');
    expect(readSourceKind(store)).toBe('local');
  });
});

describe('local source', () => {
  it('gives the defaults for an empty store', async () => {
    const loaded = await loadSettings({ kind: 'local', store: createMemoryKeyValueStore() });

    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, issues: [], source: 'local' });
  });

  it('reads the document and reports its problems', async () => {
    const store = createMemoryKeyValueStore({
      [LOCAL_SETTINGS_KEY]: JSON.stringify({
        usersettings: { incomingemailfilteringmethod: 0, outlooksyncinterval: 1 },
        organization: { ignoreinternalemail: 'TRUE' },
        orgdborgsettings: '<OrgSettings><DoNotAutoTrackEmail>1</DoNotAutoTrackEmail></OrgSettings>',
      }),
    });

    const loaded = await loadSettings({ kind: 'local', store });

    expect(loaded.settings.usersettings.incomingemailfilteringmethod).toBe(0);
    expect(loaded.settings.usersettings.outlooksyncinterval).toBe(15);
    expect(loaded.settings.organization.ignoreinternalemail).toBe(true);
    expect(loaded.settings.orgdborgsettings.DoNotAutoTrackEmail).toBe(true);
    expect(loaded.issues.map((issue) => issue.key)).toEqual(['outlooksyncinterval']);
  });

  it('survives a corrupt document', async () => {
    const store = createMemoryKeyValueStore({ [LOCAL_SETTINGS_KEY]: '{"usersettings":' });

    const loaded = await loadSettings({ kind: 'local', store });

    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.issues).toEqual([expect.objectContaining({ key: '(document)' })]);
  });

  it('saves personal options into the document, keeping the organization part', async () => {
    const orgdb = '<OrgSettings><HideTrackAllOption>true</HideTrackAllOption></OrgSettings>';
    const store = createMemoryKeyValueStore({
      [SOURCE_KIND_KEY]: 'local',
      [LOCAL_SETTINGS_KEY]: JSON.stringify({
        orgdborgsettings: orgdb,
        client: { autoTagging: false },
      }),
    });

    const loaded = await saveSettings({
      kind: 'local',
      store,
      usersettings: editedUser,
      client: editedClient,
    });

    expect(loaded.source).toBe('local');
    expect(loaded.settings.usersettings).toEqual(editedUser);
    expect(loaded.settings.client).toEqual(editedClient);
    expect(loaded.settings.orgdborgsettings.HideTrackAllOption).toBe(true);
    expect(readSourceKind(store)).toBe('local');
    expect(JSON.parse(store.get(LOCAL_SETTINGS_KEY) ?? '')).toEqual({
      orgdborgsettings: orgdb,
      usersettings: editedUser,
    });
  });

  it('writes a given organization document into the local document, as written', async () => {
    const store = createMemoryKeyValueStore({
      [SOURCE_KIND_KEY]: 'local',
      [LOCAL_SETTINGS_KEY]: JSON.stringify({ organization: { maximumtrackingnumber: 5 } }),
    });
    const orgdb =
      '<OrgSettings><AllowPromoteDuplicates>true</AllowPromoteDuplicates></OrgSettings>';

    const loaded = await saveSettings({
      kind: 'local',
      store,
      usersettings: editedUser,
      client: editedClient,
      organizationDocument: {
        organization: { trackingprefix: 'CASE:', emailcorrelationenabled: 'maybe' },
        orgdborgsettings: orgdb,
      },
    });

    expect(JSON.parse(store.get(LOCAL_SETTINGS_KEY) ?? '')).toEqual({
      usersettings: editedUser,
      organization: { trackingprefix: 'CASE:', emailcorrelationenabled: 'maybe' },
      orgdborgsettings: orgdb,
    });
    expect(loaded.settings.organization.trackingprefix).toBe('CASE:');
    expect(loaded.settings.organization.maximumtrackingnumber).toBe(
      DEFAULT_SETTINGS.organization.maximumtrackingnumber,
    );
    expect(loaded.settings.orgdborgsettings.AllowPromoteDuplicates).toBe(true);
    expect(loaded.issues.map((issue) => issue.key)).toEqual(['emailcorrelationenabled']);
  });

  it('reads a document stored as a value rather than JSON text, and says so', async () => {
    const store = storeHolding({
      [SOURCE_KIND_KEY]: 'local',
      [LOCAL_SETTINGS_KEY]: { usersettings: { incomingemailfilteringmethod: 4 } },
    });

    const loaded = await loadSettings({ kind: 'local', store });

    expect(loaded.settings.usersettings.incomingemailfilteringmethod).toBe(4);
    expect(loaded.issues).toEqual([
      expect.objectContaining({
        key: '(document)',
        reason: 'stored as a value, not as JSON text; read as it is',
      }),
    ]);
  });

  it('falls back to the document client section until client options are saved', async () => {
    const store = createMemoryKeyValueStore({
      [LOCAL_SETTINGS_KEY]: JSON.stringify({ client: { matchOtherRecords: 'all' } }),
    });

    const loaded = await loadSettings({ kind: 'local', store });

    expect(loaded.settings.client.matchOtherRecords).toBe('all');
  });
});

describe('service source', () => {
  const orgdb =
    '<OrgSettings><SSSForceFilteringMethodForUserMailboxes>0' +
    '</SSSForceFilteringMethodForUserMailboxes></OrgSettings>';

  it('reads usersettings and the organization row, ignoring the other columns', async () => {
    const { service } = fakeService({
      user: { incomingemailfilteringmethod: 3, issendasallowed: true, offlinesyncinterval: 5 },
      org: { maximumtrackingnumber: 9999, minofflinesyncinterval: 600000, orgdborgsettings: orgdb },
    });

    const loaded = await loadSettings({
      kind: 'service',
      store: createMemoryKeyValueStore(),
      service,
      systemUserId: USER_ID,
    });

    expect(loaded.source).toBe('service');
    expect(loaded.settings.usersettings.incomingemailfilteringmethod).toBe(3);
    expect(loaded.settings.usersettings.issendasallowed).toBe(true);
    expect(loaded.settings.organization.maximumtrackingnumber).toBe(9999);
    expect(loaded.settings.orgdborgsettings.SSSForceFilteringMethodForUserMailboxes).toBe(0);
    expect(loaded.issues).toEqual([
      { key: 'offlinesyncinterval', found: '5', used: '10', reason: 'below the minimum of 10' },
    ]);
  });

  it('always reads client options from the local store', async () => {
    const { service } = fakeService({ user: { client: { backgroundTrack: false } } });
    const store = createMemoryKeyValueStore({
      [CLIENT_OPTIONS_KEY]: JSON.stringify({
        matchContacts: 'synchronized',
        crmUrl: 'https://crm.example',
      }),
    });

    const loaded = await loadSettings({ kind: 'service', store, service, systemUserId: USER_ID });

    expect(loaded.settings.client).toEqual({
      ...DEFAULT_CLIENT_OPTIONS,
      matchContacts: 'synchronized',
      crmUrl: 'https://crm.example',
    });
  });

  it('patches only the changed personal columns and keeps client options local', async () => {
    const { service, patches } = fakeService({ user: { ...DEFAULT_USER_SETTINGS } });
    const store = createMemoryKeyValueStore();

    const loaded = await saveSettings({
      kind: 'service',
      store,
      service,
      systemUserId: USER_ID,
      usersettings: editedUser,
      client: editedClient,
    });

    expect(patches).toEqual([
      { id: USER_ID, patch: { incomingemailfilteringmethod: 2, outlooksyncinterval: 30 } },
    ]);
    expect(loaded.settings.usersettings).toEqual(editedUser);
    expect(loaded.settings.client).toEqual(editedClient);
    expect(JSON.parse(store.get(CLIENT_OPTIONS_KEY) ?? '')).toEqual(editedClient);
    expect(store.get(LOCAL_SETTINGS_KEY)).toBeNull();
    expect(readSourceKind(store)).toBe('service');
  });

  it('never writes an organization document to the service or the local store', async () => {
    const { service, patches } = fakeService({ user: { ...DEFAULT_USER_SETTINGS } });
    const store = createMemoryKeyValueStore();

    const loaded = await saveSettings({
      kind: 'service',
      store,
      service,
      systemUserId: USER_ID,
      usersettings: { ...DEFAULT_USER_SETTINGS },
      client: editedClient,
      organizationDocument: { organization: { trackingprefix: 'CASE:' }, orgdborgsettings: '' },
    });

    expect(patches).toEqual([]);
    expect(store.get(LOCAL_SETTINGS_KEY)).toBeNull();
    expect(loaded.settings.organization.trackingprefix).toBe(
      DEFAULT_SETTINGS.organization.trackingprefix,
    );
  });

  it('gives the organization id when the row has one', async () => {
    const store = createMemoryKeyValueStore();
    const withId = fakeService({ org: { organizationid: 'a1b2' } }).service;
    const withoutId = fakeService({ org: { organizationid: undefined } }).service;

    const options = { kind: 'service' as const, store, systemUserId: USER_ID };
    expect((await loadSettings({ ...options, service: withId })).organizationId).toBe('a1b2');
    expect((await loadSettings({ ...options, service: withoutId })).organizationId).toBeUndefined();
  });

  it('sends no PATCH when nothing personal changed', async () => {
    const { service, patches } = fakeService({ user: { ...DEFAULT_USER_SETTINGS } });

    await saveSettings({
      kind: 'service',
      store: createMemoryKeyValueStore(),
      service,
      systemUserId: USER_ID,
      usersettings: { ...DEFAULT_USER_SETTINGS },
      client: editedClient,
    });

    expect(patches).toEqual([]);
  });

  it('lets a service failure through and stores nothing', async () => {
    const { service } = fakeService({});
    service.fail = new TrackerError('CrmUnavailable', 'The CRM cannot be reached.');
    const store = createMemoryKeyValueStore({ 'crmTracker.settingsSource': 'local' });

    await expect(
      loadSettings({ kind: 'service', store, service, systemUserId: USER_ID }),
    ).rejects.toBe(service.fail);
    await expect(
      saveSettings({
        kind: 'service',
        store,
        service,
        systemUserId: USER_ID,
        usersettings: editedUser,
        client: editedClient,
      }),
    ).rejects.toMatchObject({ code: 'CrmUnavailable' });
    expect(store.entries()).toEqual({ 'crmTracker.settingsSource': 'local' });
  });

  it('says so when the service or user is missing', async () => {
    await expect(
      loadSettings({ kind: 'service', store: createMemoryKeyValueStore() }),
    ).rejects.toMatchObject({
      code: 'BadSettings',
    });
  });
});

describe('switching the source', () => {
  const localDoc = JSON.stringify({ usersettings: { incomingemailfilteringmethod: 4 } });

  it('to the service writes no personal option: the form held the local values', async () => {
    const { service, patches } = fakeService({ user: { incomingemailfilteringmethod: 1 } });
    const store = createMemoryKeyValueStore({
      [SOURCE_KIND_KEY]: 'local',
      [LOCAL_SETTINGS_KEY]: localDoc,
    });

    const loaded = await saveSettings({
      kind: 'service',
      store,
      service,
      systemUserId: USER_ID,
      usersettings: { ...DEFAULT_USER_SETTINGS, incomingemailfilteringmethod: 4 },
      client: editedClient,
    });

    expect(patches).toEqual([]);
    expect(loaded.source).toBe('service');
    expect(loaded.settings.usersettings.incomingemailfilteringmethod).toBe(1);
    expect(loaded.settings.client).toEqual(editedClient);
    expect(readSourceKind(store)).toBe('service');
    expect(store.get(LOCAL_SETTINGS_KEY)).toBe(localDoc);
  });

  it('to local leaves the local document as it was and reads it', async () => {
    const { service, patches } = fakeService({ user: { incomingemailfilteringmethod: 2 } });
    const store = createMemoryKeyValueStore({ [LOCAL_SETTINGS_KEY]: localDoc });

    const loaded = await saveSettings({
      kind: 'local',
      store,
      service,
      systemUserId: USER_ID,
      usersettings: { ...DEFAULT_USER_SETTINGS, incomingemailfilteringmethod: 2 },
      client: editedClient,
    });

    expect(patches).toEqual([]);
    expect(loaded.source).toBe('local');
    expect(loaded.settings.usersettings.incomingemailfilteringmethod).toBe(4);
    expect(store.get(LOCAL_SETTINGS_KEY)).toBe(localDoc);
    expect(JSON.parse(store.get(CLIENT_OPTIONS_KEY) ?? '')).toEqual(editedClient);
  });

  it('to an unreachable service changes nothing', async () => {
    const { service } = fakeService({});
    service.fail = new TrackerError('CrmUnavailable', 'The CRM cannot be reached.');
    const store = createMemoryKeyValueStore({ [SOURCE_KIND_KEY]: 'local' });

    await expect(
      saveSettings({
        kind: 'service',
        store,
        service,
        systemUserId: USER_ID,
        usersettings: editedUser,
        client: editedClient,
      }),
    ).rejects.toMatchObject({ code: 'CrmUnavailable' });
    expect(store.entries()).toEqual({ [SOURCE_KIND_KEY]: 'local' });
  });
});
