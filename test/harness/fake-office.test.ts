import { parseEml } from '../../src/domain/mime/parse-eml';
import {
  compareVersions,
  createFakeOffice,
  createMemoryStorage,
  fakeItemFromEml,
} from '../../src/harness/fake-office';
import { OWNER, REPLY_FROM_ALICE } from '../outlook/eml-fixtures';

/** The fake's Office objects, loosely typed: these tests call them as the add-in would. */
type Loose = Record<string, any>;

async function selected(options: Parameters<typeof createFakeOffice>[0] = { mailboxOwner: OWNER }) {
  const fake = createFakeOffice(options);
  await fake.selectItem(fakeItemFromEml(await parseEml(REPLY_FROM_ALICE), { itemId: 'i1' }));
  const item = fake.office.context.mailbox.item as unknown as Loose;
  return { fake, item };
}

function call<T>(start: (callback: (result: T) => void) => void): Promise<T> {
  return new Promise((resolve) => start(resolve));
}

describe('createFakeOffice', () => {
  it('answers on a later task with an AsyncResult and the asyncContext', async () => {
    const { item } = await selected();
    let answered = false;
    const result = call<Loose>((callback) => {
      item.getAllInternetHeadersAsync({ asyncContext: 'ctx' }, (r: Loose) => {
        answered = true;
        callback(r);
      });
    });
    expect(answered).toBe(false);

    const value = await result;
    expect(value.status).toBe('succeeded');
    expect(value.asyncContext).toBe('ctx');
    expect(value.value).toContain('Message-ID: <reply-01@mail.contoso.example>');
  });

  it('fails the next call once when told to', async () => {
    const { fake, item } = await selected();
    fake.failNext('body.getAsync', 'InternalServerError', 'boom');

    const failed = await call<Loose>((cb) => item.body.getAsync('html', cb));
    expect(failed).toMatchObject({
      status: 'failed',
      error: { name: 'InternalServerError', message: 'boom' },
    });
    const next = await call<Loose>((cb) => item.body.getAsync('text', cb));
    expect(next.status).toBe('succeeded');
    expect(next.value).toContain('the <b>price</b> works');
  });

  it('leaves out Mailbox 1.8 APIs for an older requirement set', async () => {
    const { fake, item } = await selected({ mailboxOwner: OWNER, requirementSet: '1.5' });
    const requirements = fake.office.context.requirements;

    expect(requirements.isSetSupported('Mailbox', '1.5')).toBe(true);
    expect(requirements.isSetSupported('Mailbox', '1.8')).toBe(false);
    expect(item.getAllInternetHeadersAsync).toBeUndefined();
    expect(item.categories).toBeUndefined();
    expect(fake.office.context.mailbox.masterCategories).toBeUndefined();
  });

  it('refuses an item category that is not in the master list', async () => {
    const { fake, item } = await selected();
    const result = await call<Loose>((cb) => item.categories.addAsync(['Unknown'], cb));

    expect(result).toMatchObject({ status: 'failed', error: { name: 'InvalidCategory' } });
    expect(fake.itemState('i1').categories).toEqual([]);
  });

  it('keeps custom property changes only after saveAsync', async () => {
    const { fake, item } = await selected();
    const loaded = await call<Loose>((cb) => item.loadCustomPropertiesAsync(cb));
    loaded.value.set('crmActivityId', 'a1');
    expect(fake.itemState('i1').customProperties).toEqual({});

    await call((cb) => loaded.value.saveAsync(cb));
    expect(fake.itemState('i1').customProperties).toEqual({ crmActivityId: 'a1' });
  });

  it('keeps item state in the given storage, where a later fake finds it', async () => {
    const mailboxStorage = createMemoryStorage();
    const first = await selected({ mailboxOwner: OWNER, mailboxStorage });
    const master = first.fake.office.context.mailbox as unknown as Loose;
    await call((cb) =>
      master.masterCategories.addAsync([{ displayName: 'T', color: 'Preset4' }], cb),
    );
    await call((cb) => first.item.categories.addAsync(['T'], cb));

    const second = createFakeOffice({ mailboxOwner: OWNER, mailboxStorage });
    expect(second.itemState('i1').categories).toEqual(['T']);
    expect(second.masterCategories()).toEqual([{ displayName: 'T', color: 'Preset4' }]);
  });

  it('persists roaming settings only when saved', async () => {
    const roamingStorage = createMemoryStorage();
    const first = createFakeOffice({ mailboxOwner: OWNER, roamingStorage });
    const roaming = first.office.context.roamingSettings as unknown as Loose;
    roaming.set('unsaved', '1');
    expect(
      createFakeOffice({ mailboxOwner: OWNER, roamingStorage }).office.context.roamingSettings.get(
        'unsaved',
      ),
    ).toBeUndefined();

    await call((cb) => roaming.saveAsync(cb));
    const later = createFakeOffice({ mailboxOwner: OWNER, roamingStorage });
    expect(later.office.context.roamingSettings.get('unsaved')).toBe('1');
  });

  it('selects and clears items, firing ItemChanged after the item is in place', async () => {
    const fake = createFakeOffice({ mailboxOwner: OWNER });
    const mailbox = fake.office.context.mailbox as unknown as Loose;
    const seen: Array<string | null> = [];
    await call((cb) =>
      mailbox.addHandlerAsync(
        fake.office.EventType.ItemChanged,
        () => {
          seen.push((mailbox.item as Loose | null)?.itemId ?? null);
        },
        cb,
      ),
    );

    const message = fakeItemFromEml(await parseEml(REPLY_FROM_ALICE), { itemId: 'i9' });
    await fake.selectItem(message);
    await fake.selectItem(null);
    expect(seen).toEqual(['i9', null]);
    expect(fake.currentItem()).toBeNull();
  });

  it('resolves onReady with the Outlook host', async () => {
    const fake = createFakeOffice({ mailboxOwner: OWNER });
    await expect(fake.office.onReady()).resolves.toEqual({
      host: 'Outlook',
      platform: 'OfficeOnline',
    });
    expect(fake.office.context.mailbox.userProfile).toMatchObject({
      emailAddress: OWNER.address,
      displayName: OWNER.name,
    });
  });

  it.each([
    ['1.8', '1.13', -1],
    ['1.13', '1.8', 1],
    ['1.8', '1.8.0', 0],
  ])('compares versions %s and %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
