import { defaultSettings } from '../../../src/settings';
import {
  createDraft,
  readDraft,
  type NumberKey,
  type OptionsDraft,
} from '../../../src/taskpane/options/options-draft';

const settings = defaultSettings();
const initial = createDraft('service', settings.usersettings, settings.client);

function withNumber(key: NumberKey, text: string): OptionsDraft {
  return { ...initial, numbers: { ...initial.numbers, [key]: text } };
}

function withAddress(crmUrl: string): OptionsDraft {
  return { ...initial, client: { ...initial.client, crmUrl } };
}

describe('readDraft numbers', () => {
  it.each<[NumberKey, string, string | null]>([
    ['outlooksyncinterval', '15', null],
    ['outlooksyncinterval', '2147483647', null],
    ['outlooksyncinterval', '2147483648', 'Enter at most 2147483647 minutes.'],
    ['offlinesyncinterval', '99999999999999999999', 'Enter at most 2147483647 minutes.'],
    ['client.localDataRefreshMinutes', '99999999999', 'Enter at most 2147483647 minutes.'],
    ['addressbooksyncinterval', '59', 'Enter at least 60 minutes.'],
    ['client.localDataRefreshMinutes', '0', 'Enter at least 1 minute.'],
    ['client.localDataRefreshMinutes', '1', null],
    ['outlooksyncinterval', '1.5', 'Enter a whole number of minutes.'],
    ['outlooksyncinterval', '', 'Enter a whole number of minutes.'],
  ])('%s = %p gives %p', (key, text, message) => {
    const read = readDraft(withNumber(key, text), settings.organization);

    expect(read.ok ? null : read.errors[key]).toBe(message);
  });
});

describe('readDraft CRM address', () => {
  it.each([
    ['http://localhost:3310', /must start with https:\/\/: Outlook add-ins cannot reach http/],
    ['crm.example.com', /as a URL, such as https:\/\//],
    ['https://crm.example.com/?org=1', /without a "\?" query/],
    ['https://me:pw@crm.example.com', /without a user name or password/],
  ])('refuses %p', (address, message) => {
    const read = readDraft(withAddress(address), settings.organization);

    expect(read.ok ? null : read.errors['client.crmUrl']).toMatch(message);
  });

  it.each([
    ['', '', []],
    [' https://crm.example.com/ ', 'https://crm.example.com', []],
    [
      'https://crm.example.com/api/data/v9.2/',
      'https://crm.example.com',
      [
        'The CRM address is saved as https://crm.example.com: ' +
          'the add-in adds the Web API path itself.',
      ],
    ],
  ])('saves %p as %p', (address, saved, notes) => {
    const read = readDraft(withAddress(address), settings.organization);

    expect(read.ok && read.change.client.crmUrl).toBe(saved);
    expect(read.ok && read.notes).toEqual(notes);
  });
});

describe('readDraft while switching the source', () => {
  it('keeps the loaded personal options and ignores a bad personal number', () => {
    const edited: OptionsDraft = {
      ...withNumber('outlooksyncinterval', 'soon'),
      kind: 'local',
      usersettings: { ...initial.usersettings, incomingemailfilteringmethod: 4 },
      client: { ...initial.client, backgroundTrack: false },
    };

    const read = readDraft(edited, settings.organization, initial);

    expect(read.ok).toBe(true);
    expect(read.ok && read.change).toEqual({
      kind: 'local',
      usersettings: settings.usersettings,
      client: { ...settings.client, backgroundTrack: false },
    });
  });

  it('still checks the client options', () => {
    const edited = { ...withNumber('client.localDataRefreshMinutes', '0'), kind: 'local' as const };

    const read = readDraft(edited, settings.organization, initial);

    expect(read.ok ? null : read.errors).toEqual({
      'client.localDataRefreshMinutes': 'Enter at least 1 minute.',
    });
  });
});
