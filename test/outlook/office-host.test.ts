import { TrackerError } from '../../src/domain/errors';
import { parseEml } from '../../src/domain/mime/parse-eml';
import {
  createFakeOffice,
  fakeItemFromEml,
  type FakeOfficeOptions,
} from '../../src/harness/fake-office';
import { createOfficeHost } from '../../src/outlook/office-host';
import { OWNER, REPLY_FROM_ALICE, SENT_BY_BOB, THREAD_INDEX, TWO_FROM_NO_ID } from './eml-fixtures';

const TRACKED = 'Tracked to CRM';

async function setup(eml: string | null, options: Partial<FakeOfficeOptions> = {}) {
  const fake = createFakeOffice({ mailboxOwner: OWNER, ...options });
  const host = createOfficeHost(fake.office, { onError: (error) => errors.push(error) });
  const errors: TrackerError[] = [];
  if (eml !== null) {
    await fake.selectItem(fakeItemFromEml(await parseEml(eml), { itemId: 'item-1' }));
  }
  return { fake, host, errors };
}

/** Lets the fake's setTimeout(0) callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('readShownMessage', () => {
  it('returns null when no message is selected', async () => {
    const { host } = await setup(null);
    await expect(host.readShownMessage()).resolves.toBeNull();
  });

  it('reads the facts of a received reply from the item and its internet headers', async () => {
    const { host } = await setup(REPLY_FROM_ALICE);
    const shown = await host.readShownMessage();

    expect(shown?.itemId).toBe('item-1');
    expect(shown?.facts).toMatchObject({
      messageId: 'reply-01@mail.contoso.example',
      rawMessageId: '<reply-01@mail.contoso.example>',
      subject: 'RE: Angebot für 500 Lizenzen',
      from: [{ name: 'Alice Contoso', address: 'alice@contoso.example' }],
      to: [{ name: 'Bob Fabrikam', address: 'bob@fabrikam.example' }],
      cc: [
        { name: 'Northwind, Carol', address: 'carol@northwind.example' },
        { name: '', address: 'dave@tailspin.example' },
      ],
      sentOn: '2025-03-04T09:15:00.000Z',
      direction: 'incoming',
      folder: 'inbox',
      inReplyTo: 'offer-01@mail.fabrikam.example',
      references: ['start-01@mail.contoso.example', 'offer-01@mail.fabrikam.example'],
      threadIndex: THREAD_INDEX,
      trackedActivityId: null,
      recipientsMayBeTruncated: false,
    });
    expect(shown?.facts.conversationId).toMatch(/^fake-conversation-/);
  });

  it('gives the plain-text body as escaped HTML', async () => {
    const { host } = await setup(REPLY_FROM_ALICE);
    const shown = await host.readShownMessage();

    expect(shown?.bodyHtml).toContain('the &lt;b&gt;price&lt;/b&gt; works for us &amp; we accept.');
    expect(shown?.bodyHtml).not.toContain('<b>');
  });

  it('reads a message the owner sent as outgoing, in Sent Items', async () => {
    const { host } = await setup(SENT_BY_BOB);
    const shown = await host.readShownMessage();

    expect(shown?.facts.direction).toBe('outgoing');
    expect(shown?.facts.folder).toBe('sent');
    expect(shown?.bodyHtml).toContain('<i>offer</i>');
  });

  it('keeps every From mailbox of the raw headers, though Outlook reports one', async () => {
    const { fake, host } = await setup(TWO_FROM_NO_ID);
    expect(fake.currentItem()?.from?.emailAddress).toBe('alice@contoso.example');

    const shown = await host.readShownMessage();
    expect(shown?.facts.from.map((mailbox) => mailbox.address)).toEqual([
      'alice@contoso.example',
      'erin@adatum.example',
    ]);
    expect(shown?.facts.messageId).toBeNull();
    expect(shown?.facts.subject).toBe('');
  });

  it('fails with ItemChanged when the selection changes while reading', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    const reading = host.readShownMessage();
    void fake.selectItem(fakeItemFromEml(await parseEml(SENT_BY_BOB), { itemId: 'item-2' }));

    await expect(reading).rejects.toMatchObject({ code: 'ItemChanged' });
  });
});

describe('Office errors', () => {
  it.each([
    ['getAllInternetHeadersAsync', 'GenericResponseError'],
    ['body.getAsync', 'InternalServerError'],
    ['loadCustomPropertiesAsync', 'GenericResponseError'],
  ] as const)(
    'a failed %s rejects readShownMessage with OfficeCallFailed',
    async (method, name) => {
      const { fake, host } = await setup(REPLY_FROM_ALICE);
      fake.failNext(method, name, 'The server is busy.');

      const error = await host.readShownMessage().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TrackerError);
      expect(error).toMatchObject({ code: 'OfficeCallFailed', serverCode: name });
      expect((error as Error).message).toContain('The server is busy.');
      expect((error as Error).message).toContain(method);
    },
  );

  it('a failed custom property save rejects and stores nothing', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    fake.failNext('customProperties.saveAsync', 'GenericResponseError');

    await expect(host.saveTrackedActivityId('item-1', 'a1')).rejects.toMatchObject({
      code: 'OfficeCallFailed',
    });
    expect(fake.itemState('item-1').customProperties).toEqual({});
  });

  it('a host below Mailbox 1.8 rejects instead of failing silently', async () => {
    const { host } = await setup(REPLY_FROM_ALICE, { requirementSet: '1.5' });

    expect(host.info().supportsMailbox18).toBe(false);
    expect(host.info().supportsCategories).toBe(false);
    await expect(host.readShownMessage()).rejects.toMatchObject({ code: 'OfficeCallFailed' });
  });

  it('reports a failed ItemChanged registration through onError', async () => {
    const { fake, host, errors } = await setup(null);
    fake.failNext('addHandlerAsync', 'GenericResponseError');

    host.onItemChanged(() => undefined);
    await settle();
    expect(errors.map((error) => error.code)).toEqual(['OfficeCallFailed']);
  });
});

describe('tracked activity id (custom properties)', () => {
  it('round-trips through the item and clears with null', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);

    await host.saveTrackedActivityId('item-1', 'c0ffee00-0000-4000-8000-000000000001');
    expect((await host.readShownMessage())?.facts.trackedActivityId).toBe(
      'c0ffee00-0000-4000-8000-000000000001',
    );
    expect(fake.itemState('item-1').customProperties).toEqual({
      crmActivityId: 'c0ffee00-0000-4000-8000-000000000001',
    });

    await host.saveTrackedActivityId('item-1', null);
    expect((await host.readShownMessage())?.facts.trackedActivityId).toBeNull();
  });

  it('notes an untrack on the item, and a later track clears the note', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    await host.saveTrackedActivityId('item-1', 'a1');
    expect((await host.readShownMessage())?.untrackedByUser).toBe(false);

    await host.saveTrackingNote('item-1', { activityId: null, untrackedByUser: true });
    const untracked = await host.readShownMessage();
    expect(untracked?.untrackedByUser).toBe(true);
    expect(untracked?.facts.trackedActivityId).toBeNull();
    expect(fake.itemState('item-1').customProperties).toEqual({ crmUntrackedByUser: '1' });

    await host.saveTrackingNote('item-1', { activityId: 'a2', untrackedByUser: false });
    const tracked = await host.readShownMessage();
    expect(tracked?.untrackedByUser).toBe(false);
    expect(tracked?.facts.trackedActivityId).toBe('a2');
  });

  it('notes whether the activity id was tracked from the item or tagged from elsewhere', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    // A note from before the origin existed reads as tracked from this item.
    await host.saveTrackedActivityId('item-1', 'a1');
    expect((await host.readShownMessage())?.trackingOrigin).toBe('tracked');

    await host.saveTrackingNote('item-1', {
      activityId: 'a1',
      untrackedByUser: false,
      origin: 'tagged',
    });
    expect((await host.readShownMessage())?.trackingOrigin).toBe('tagged');
    expect(fake.itemState('item-1').customProperties).toEqual({
      crmActivityId: 'a1',
      crmTrackingOrigin: 'tagged',
    });

    // Tracking it by hand, or untracking, leaves no tagged mark behind.
    await host.saveTrackingNote('item-1', { activityId: 'a2', untrackedByUser: false });
    expect((await host.readShownMessage())?.trackingOrigin).toBe('tracked');
    expect(fake.itemState('item-1').customProperties).toEqual({ crmActivityId: 'a2' });
  });

  it('refuses to write on a message other than the selected one', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);

    await expect(host.saveTrackedActivityId('item-other', 'a1')).rejects.toMatchObject({
      code: 'ItemChanged',
    });
    expect(fake.itemState('item-1').customProperties).toEqual({});
  });

  it('says NoItem when nothing is selected', async () => {
    const { host } = await setup(null);
    await expect(host.addCategory('item-1', TRACKED)).rejects.toMatchObject({ code: 'NoItem' });
  });
});

describe('categories', () => {
  it('adds the category to the master list first, then to the item', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    expect(fake.masterCategories()).toEqual([]);

    await host.addCategory('item-1', TRACKED);
    expect(fake.masterCategories()).toEqual([{ displayName: TRACKED, color: 'Preset4' }]);
    expect(fake.itemState('item-1').categories).toEqual([TRACKED]);
  });

  it('keeps an existing master category and does not tag twice', async () => {
    const existing = { displayName: 'tracked to crm', color: 'Preset7' };
    const { fake, host } = await setup(REPLY_FROM_ALICE, { masterCategories: [existing] });

    await host.addCategory('item-1', TRACKED);
    await host.addCategory('item-1', TRACKED);
    expect(fake.masterCategories()).toEqual([existing]);
    expect(fake.itemState('item-1').categories).toEqual([TRACKED]);
  });

  it('removes the category from the item', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    await host.addCategory('item-1', TRACKED);

    await host.removeCategory('item-1', TRACKED);
    expect(fake.itemState('item-1').categories).toEqual([]);
  });

  it('rejects when the master list cannot be written (no ReadWriteMailbox)', async () => {
    const { fake, host } = await setup(REPLY_FROM_ALICE);
    fake.failNext('masterCategories.addAsync', 'AccessDenied');

    await expect(host.addCategory('item-1', TRACKED)).rejects.toMatchObject({
      code: 'OfficeCallFailed',
      serverCode: 'AccessDenied',
    });
    expect(fake.itemState('item-1').categories).toEqual([]);
  });
});

describe('onItemChanged', () => {
  it('calls subscribers on selection changes until they unsubscribe', async () => {
    const { fake, host } = await setup(null);
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = host.onItemChanged(first);
    const stopSecond = host.onItemChanged(second);
    await settle();

    await fake.selectItem(fakeItemFromEml(await parseEml(SENT_BY_BOB), { itemId: 'item-2' }));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);

    stopFirst();
    await fake.selectItem(null);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(fake.itemChangedHandlerCount()).toBe(1);

    stopSecond();
    await settle();
    expect(fake.itemChangedHandlerCount()).toBe(0);
    await fake.selectItem(null);
    expect(second).toHaveBeenCalledTimes(2);
  });
});

describe('roaming settings and theme', () => {
  it('saves roaming settings so that a later session reads them', async () => {
    const { createMemoryStorage } = await import('../../src/harness/fake-office');
    const roamingStorage = createMemoryStorage();
    const first = await setup(null, { roamingStorage });
    const store = first.host.roamingSettings();
    store.set('settings.source', 'local');
    await store.save();

    const second = await setup(null, { roamingStorage });
    expect(second.host.roamingSettings().get('settings.source')).toBe('local');
    expect(second.host.roamingSettings().get('missing')).toBeNull();
  });

  it('falls back to a local store without Office roaming settings', async () => {
    const { host } = await setup(null, { withoutRoamingSettings: true });
    const store = host.roamingSettings();
    store.set('k', 'v');

    await expect(store.save()).resolves.toBeUndefined();
    expect(host.roamingSettings().get('k')).toBe('v');
  });

  it('rejects a failed roaming settings save', async () => {
    const { fake, host } = await setup(null);
    fake.failNext('roamingSettings.saveAsync', 'SettingsTooLarge');
    await expect(host.roamingSettings().save()).rejects.toMatchObject({ code: 'OfficeCallFailed' });
  });

  it('gives the Office theme only when the host has one', async () => {
    const themed = await setup(null, {
      officeTheme: { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' },
    });
    expect(themed.host.theme()).toEqual({
      bodyBackgroundColor: '#1f1f1f',
      bodyForegroundColor: '#ffffff',
    });
    expect((await setup(null)).host.theme()).toBeNull();
  });

  it('names the mailbox owner and the host', async () => {
    const { host } = await setup(null);
    expect(host.mailboxOwner()).toEqual(OWNER);
    expect(host.info()).toEqual({
      host: 'Outlook',
      platform: 'OfficeOnline',
      supportsMailbox18: true,
      supportsCategories: true,
    });
  });
});
