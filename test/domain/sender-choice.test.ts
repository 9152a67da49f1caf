import type { CrmRecord } from '../../src/domain/crm-records';
import { resolveSender } from '../../src/domain/resolution';
import { inactiveMatchText, senderChoice, senderChoiceText } from '../../src/domain/sender-choice';
import { settingsWith } from '../support/settings-fixture';
import { BOB_ID, makeRecord, makeSnapshot, mailbox } from './rule-fixtures';

const SHARED = 'sales@northwind.example';
const LENA_ID = '00000000-0000-0000-0000-0000000000c4';

const contact = (name: string, overrides: Partial<CrmRecord> = {}) =>
  makeRecord('contact', SHARED, { name, ownerId: LENA_ID, ...overrides });

/** The sender as the rules resolve it among the given rows, and how the choice reads. */
function choose(rows: CrmRecord[], options: { knownUser: boolean; inactive?: boolean }) {
  const settings = settingsWith({
    orgdborgsettings: { ResolveForInactiveEntities: options.inactive ?? false },
  });
  const party = resolveSender(mailbox(SHARED, 'Northwind Sales'), settings, makeSnapshot(rows));
  const choice = senderChoice(party, {
    currentUserId: options.knownUser ? BOB_ID : undefined,
    resolveInactive: options.knownUser
      ? settings.orgdborgsettings.ResolveForInactiveEntities
      : undefined,
  });
  return { party, text: choice && senderChoiceText(choice) };
}

describe('why the sender resolved to its record among several matches', () => {
  const cases: { name: string; rows: () => CrmRecord[]; chosen: string; text: string }[] = [
    {
      name: 'owned by the current user, though created later',
      rows: () => [
        contact('Liam Walsh', { createdOn: '2023-06-20T15:30:00Z' }),
        contact('Nadia Haddad', { createdOn: '2023-06-23T04:30:00Z', ownerId: BOB_ID }),
      ],
      chosen: 'Nadia Haddad',
      text: 'Chosen because you own it; also matches: contact Liam Walsh',
    },
    {
      name: 'table order: a contact before an account',
      rows: () => [
        makeRecord('account', SHARED, { name: 'Northwind Traders', ownerId: LENA_ID }),
        contact('Liam Walsh', { createdOn: '2024-01-01T00:00:00Z' }),
      ],
      chosen: 'Liam Walsh',
      text: 'Chosen because a contact comes before an account; also matches: account Northwind Traders',
    },
    {
      name: 'earliest created within the table',
      rows: () => [
        contact('Nadia Haddad', { createdOn: '2023-06-23T04:30:00Z' }),
        contact('Liam Walsh', { createdOn: '2023-06-20T15:30:00Z' }),
        makeRecord('lead', SHARED, { name: 'Northwind lead', ownerId: LENA_ID }),
      ],
      chosen: 'Liam Walsh',
      text: 'Chosen because it was created first; also matches: contact Nadia Haddad, lead Northwind lead',
    },
  ];

  describe.each([true, false])('current user known: %s', (knownUser) => {
    it.each(cases)('$name', ({ rows, chosen, text }) => {
      const result = choose(rows(), { knownUser });
      expect(result.party.resolved.map((record) => record.name)).toEqual([chosen]);
      expect(result.text).toBe(text);
    });
  });

  it('counts inactive rows only when the organization resolves them', () => {
    const rows = () => [
      contact('Liam Walsh', { active: false, createdOn: '2020-01-01T00:00:00Z' }),
      contact('Nadia Haddad'),
      contact('Omar Reyes', { disabled: true }),
    ];
    expect(choose(rows(), { knownUser: true }).text).toBeNull();
    expect(choose(rows(), { knownUser: true, inactive: true }).text).toBe(
      'Chosen because it was created first; also matches: contact Nadia Haddad',
    );
  });

  it('names five of the others and counts the rest', () => {
    const rows = Array.from({ length: 8 }, (_, index) =>
      contact(`Person ${index}`, { createdOn: `2023-01-0${index + 1}T00:00:00Z` }),
    );
    expect(choose(rows, { knownUser: true }).text).toBe(
      'Chosen because it was created first; also matches: contact Person 1, contact Person 2, ' +
        'contact Person 3, contact Person 4, contact Person 5 and 2 more',
    );
  });

  it('says nothing for a single match, an unresolved sender or a recipient', () => {
    expect(choose([contact('Liam Walsh')], { knownUser: true }).text).toBeNull();

    const settings = settingsWith({
      orgdborgsettings: { UnresolveSenderInCaseOfMultipleMatch: true },
    });
    const rows = [contact('Liam Walsh'), contact('Nadia Haddad')];
    const party = resolveSender(mailbox(SHARED), settings, makeSnapshot(rows));
    expect(party.status).toBe('ambiguous');
    expect(senderChoice(party)).toBeNull();
    expect(senderChoice({ ...party, role: 'to', status: 'several' })).toBeNull();
  });
});

describe('a sender whose only records are inactive', () => {
  const resolve = (rows: CrmRecord[], inactive: boolean) =>
    resolveSender(
      mailbox(SHARED),
      settingsWith({ orgdborgsettings: { ResolveForInactiveEntities: inactive } }),
      makeSnapshot(rows),
    );

  it('says an inactive record has the address and why it is not used', () => {
    const party = resolve([contact('Liam Walsh', { active: false })], false);
    expect(party.status).toBe('unresolved');
    expect(inactiveMatchText(party, false)).toBe(
      'An inactive contact Liam Walsh has this address; inactive records are not used unless ' +
        'ResolveForInactiveEntities is on.',
    );
  });

  it('counts several inactive records', () => {
    const rows = [contact('Liam Walsh', { active: false }), contact('Nadia', { active: false })];
    expect(inactiveMatchText(resolve(rows, false), undefined)).toMatch(
      /^2 inactive records have this address;/,
    );
  });

  it('says nothing when inactive records are resolved, or no record matched', () => {
    const party = resolve([contact('Liam Walsh', { active: false })], true);
    expect(party.status).toBe('resolved');
    expect(inactiveMatchText(party, true)).toBeNull();
    expect(inactiveMatchText(resolve([], false), false)).toBeNull();
  });
});
