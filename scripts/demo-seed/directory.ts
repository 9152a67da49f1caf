import { ACCOUNTS, CONTACTS, type ContactSpec } from './customers';
import { LEADS } from './leads';
import { GuidCounter, dateSequence, lookup, type RowRef, type SeedRow } from './rows';
import { OWNER_ROTATION, QUEUES, USERS } from './staff';

/** The email-enabled tables of the seed, and references to their rows by key for later tables. */
export interface Directory {
  systemusers: SeedRow[];
  queues: SeedRow[];
  accounts: SeedRow[];
  contacts: SeedRow[];
  leads: SeedRow[];
  refs: Map<string, RowRef>;
  /** The email address of each keyed row, for email activity parties. */
  addresses: Map<string, string>;
}

export function buildDirectory(guids: GuidCounter): Directory {
  const refs = new Map<string, RowRef>();
  const addresses = new Map<string, string>();
  const keep = (key: string, target: RowRef, address: string) => {
    refs.set(key, target);
    addresses.set(key, address);
  };
  const ref = (key: string): RowRef => {
    const found = refs.get(key);
    if (found === undefined) throw new Error(`Seed reference ${key} is not defined yet`);
    return found;
  };

  const systemusers = USERS.map((user, i) => {
    const id = guids.next('systemuser');
    const fullname = user.first === null ? user.last : `${user.first} ${user.last}`;
    keep(user.key, { table: 'systemuser', id, name: fullname }, user.email);
    return {
      systemuserid: id,
      firstname: user.first,
      lastname: user.last,
      fullname,
      internalemailaddress: user.email,
      title: user.title,
      isdisabled: user.disabled,
      // Not a systemuser column in Dataverse; kept so that readers testing statecode agree.
      statecode: 0,
      createdon: dateSequence('2023-02-01T08:00:00Z', 24 * 7, i),
    };
  });

  const queues = QUEUES.map((queue, i) => {
    const id = guids.next('queue');
    keep(queue.key, { table: 'queue', id, name: queue.name }, queue.email);
    return {
      queueid: id,
      name: queue.name,
      emailaddress: queue.email,
      statecode: 0,
      statuscode: 1,
      createdon: dateSequence('2023-03-01T10:00:00Z', 24, i),
      ...lookup('ownerid', ref(queue.owner)),
    };
  });

  const accounts = ACCOUNTS.map((account, i) => {
    const id = guids.next('account');
    keep(account.key, { table: 'account', id, name: account.name }, account.email);
    return {
      accountid: id,
      name: account.name,
      emailaddress1: account.email,
      address1_city: account.city,
      telephone1: `+1 425 555 01${String(i).padStart(2, '0')}`,
      statecode: account.inactive ? 1 : 0,
      statuscode: account.inactive ? 2 : 1,
      createdon: dateSequence('2023-04-03T09:00:00Z', 24 * 5, i),
      ...lookup('ownerid', ref(account.owner)),
    };
  });

  const contacts = CONTACTS.map((contact, i) => {
    const id = guids.next('contact');
    const fullname = `${contact.first} ${contact.last}`;
    const address = contactAddress(contact);
    if (contact.key !== null) keep(contact.key, { table: 'contact', id, name: fullname }, address);
    return {
      contactid: id,
      firstname: contact.first,
      lastname: contact.last,
      fullname,
      emailaddress1: address,
      jobtitle: contact.title,
      telephone1: `+1 206 555 01${String(i % 100).padStart(2, '0')}`,
      statecode: contact.inactive ? 1 : 0,
      statuscode: contact.inactive ? 2 : 1,
      createdon: dateSequence('2023-06-05T09:30:00Z', 61, i),
      ...lookup('parentcustomerid', contact.account === null ? null : ref(contact.account)),
      ...lookup('ownerid', ref(contact.owner ?? OWNER_ROTATION[i % OWNER_ROTATION.length])),
    };
  });

  const leads = LEADS.map((lead, i) => {
    const id = guids.next('lead');
    const fullname = `${lead.first} ${lead.last}`;
    keep(lead.key, { table: 'lead', id, name: fullname }, lead.email);
    return {
      leadid: id,
      firstname: lead.first,
      lastname: lead.last,
      fullname,
      subject: lead.topic,
      companyname: lead.company,
      emailaddress1: lead.email,
      statecode: lead.state,
      statuscode: [1, 3, 6][lead.state],
      createdon: dateSequence('2024-09-02T11:00:00Z', 24 * 9, i),
      ...lookup('ownerid', ref(lead.owner)),
    };
  });

  return { systemusers, queues, accounts, contacts, leads, refs, addresses };
}

/** See customers.ts: the local part at the account's domain, a full address, or first.last. */
function contactAddress(contact: ContactSpec): string {
  if (contact.local?.includes('@')) return contact.local;

  const account = ACCOUNTS.find((row) => row.key === contact.account);
  if (account === undefined) throw new Error(`Contact ${contact.last} needs a full address`);
  const domain = account.email.split('@')[1];
  const local =
    contact.local ??
    `${contact.first}.${contact.last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ø/g, 'o')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
  return `${local}@${domain}`;
}
