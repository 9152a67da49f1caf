import { createFakeOffice, type FakeOffice, type FakeStorage } from './fake-office';

export interface MailboxOwner {
  address: string;
  name: string;
}

/** The demo organization's users (data/demo-seed.json), so ?user= shows their real names. */
const KNOWN_USERS: Record<string, string> = {
  'bob@fabrikam.example': 'Bob Fabrikam',
  'test@fabrikam.example': 'Fabrikam Test',
  'hanako@fabrikam.example': 'はなこ',
};

export const DEFAULT_OWNER: MailboxOwner = {
  address: 'bob@fabrikam.example',
  name: KNOWN_USERS['bob@fabrikam.example'],
};

/** The mailbox owner chosen by `?user=<address>` (and optional `&name=`), else Bob. */
export function ownerFromQuery(search: string): MailboxOwner {
  const params = new URLSearchParams(search);
  const address = params.get('user')?.trim().toLowerCase() ?? '';
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
    return DEFAULT_OWNER;
  }
  const name = params.get('name')?.trim() || KNOWN_USERS[address] || address.split('@')[0];
  return { address, name };
}

/**
 * A FakeStorage over localStorage under a prefix per mailbox owner, so each demo user keeps
 * their own options, categories and tracked ids across reloads; `onChange` hears every write.
 */
export function createPrefixedStorage(
  base: Storage,
  prefix: string,
  onChange: () => void = () => undefined,
): FakeStorage {
  return {
    getItem: (key) => base.getItem(prefix + key),
    setItem(key, value) {
      base.setItem(prefix + key, value);
      onChange();
    },
    removeItem(key) {
      base.removeItem(prefix + key);
      onChange();
    },
  };
}

/** The harness's fake Office: state in localStorage, and installed as window.Office. */
export function installHarnessOffice(
  win: Window & { Office?: unknown },
  owner: MailboxOwner,
  onMailboxChange?: () => void,
): FakeOffice {
  const prefix = `crm-harness:${owner.address}:`;
  const fake = createFakeOffice({
    mailboxOwner: owner,
    roamingStorage: createPrefixedStorage(win.localStorage, prefix),
    mailboxStorage: createPrefixedStorage(win.localStorage, prefix, onMailboxChange),
  });

  // Code that reads the global (as in Outlook) finds the fake there.
  win.Office = fake.office;
  return fake;
}
