import type { CrmRecord } from '../../src/domain/crm-records';
import { filterRecipientChoices } from '../../src/domain/recipient-choices';
import { MAX_SENDER_MATCHES, resolveParties, resolveSender } from '../../src/domain/resolution';
import { settingsWith, type SettingsOverrides } from '../support/settings-fixture';
import {
  BOB_ID,
  TEST_USER_ID,
  makeFacts,
  makeRecord,
  makeSnapshot,
  mailbox,
} from './rule-fixtures';

const ADDRESS = 'dave@tailspin.example';

function senderOf(records: CrmRecord[], overrides: SettingsOverrides = {}, address = ADDRESS) {
  return resolveSender(mailbox(address, 'Dave'), settingsWith(overrides), makeSnapshot(records));
}

describe('resolveSender: one record (spec §4)', () => {
  type Row = [string, () => CrmRecord[], string | null];
  const rows: Row[] = [
    [
      'a record owned by the current user wins over table order',
      () => [
        makeRecord('contact', ADDRESS, { name: 'theirs', ownerId: TEST_USER_ID }),
        makeRecord('lead', ADDRESS, { name: 'mine', ownerId: BOB_ID }),
      ],
      'mine',
    ],
    [
      'then the table order user, contact, account, lead, queue',
      () => [
        makeRecord('queue', ADDRESS, { name: 'queue', ownerId: null }),
        makeRecord('lead', ADDRESS, { name: 'lead', ownerId: null }),
        makeRecord('account', ADDRESS, { name: 'account', ownerId: null }),
        makeRecord('contact', ADDRESS, { name: 'contact', ownerId: null }),
      ],
      'contact',
    ],
    [
      'a user comes before a contact',
      () => [
        makeRecord('contact', ADDRESS, { name: 'contact', ownerId: null }),
        makeRecord('systemuser', ADDRESS, { name: 'user' }),
      ],
      'user',
    ],
    [
      'within a table the earliest createdon',
      () => [
        makeRecord('contact', ADDRESS, { name: 'newer', createdOn: '2024-02-01T00:00:00Z' }),
        makeRecord('contact', ADDRESS, { name: 'older', createdOn: '2022-02-01T00:00:00Z' }),
      ],
      'older',
    ],
    [
      'inactive rows are skipped',
      () => [
        makeRecord('contact', ADDRESS, { name: 'inactive', active: false }),
        makeRecord('lead', ADDRESS, { name: 'active lead', ownerId: TEST_USER_ID }),
      ],
      'active lead',
    ],
    [
      'a disabled user is never matched',
      () => [makeRecord('systemuser', ADDRESS, { disabled: true })],
      null,
    ],
    [
      'more than 100 matches stay unresolved',
      () => Array.from({ length: MAX_SENDER_MATCHES + 1 }, () => makeRecord('contact', ADDRESS)),
      null,
    ],
    [
      'exactly 100 matches are still resolved',
      () =>
        Array.from({ length: MAX_SENDER_MATCHES }, () =>
          makeRecord('contact', ADDRESS, { name: 'x' }),
        ),
      'x',
    ],
  ];

  it.each(rows)('%s', (_name, records, expected) => {
    const party = senderOf(records());
    expect(party.resolved.map((record) => record.name)).toEqual(expected ? [expected] : []);
  });

  it('matches case-insensitively and with the domain in punycode', () => {
    const record = makeRecord('contact', 'Jörg@Nörthwind.example', { name: 'Jörg' });
    const party = senderOf([record], {}, 'jörg@xn--nrthwind-n4a.example');
    expect(party.resolved.map((r) => r.name)).toEqual(['Jörg']);
  });

  it('ResolveForInactiveEntities lets an inactive record resolve, never a disabled user', () => {
    const on = { orgdborgsettings: { ResolveForInactiveEntities: true } };
    expect(
      senderOf([makeRecord('contact', ADDRESS, { active: false, name: 'old' })], on).resolved,
    ).toHaveLength(1);
    expect(
      senderOf([makeRecord('systemuser', ADDRESS, { disabled: true })], on).resolved,
    ).toHaveLength(0);
  });

  it('UnresolveSenderInCaseOfMultipleMatch leaves several matches unresolved', () => {
    const records = [makeRecord('contact', ADDRESS), makeRecord('lead', ADDRESS)];
    const on = senderOf(records, {
      orgdborgsettings: { UnresolveSenderInCaseOfMultipleMatch: true },
    });
    const off = senderOf(records, {
      orgdborgsettings: { UnresolveSenderInCaseOfMultipleMatch: false },
    });
    expect([on.status, on.resolved.length, on.candidates.length]).toEqual(['ambiguous', 0, 2]);
    expect([off.status, off.resolved.length]).toEqual(['resolved', 1]);
  });

  it('never looks up an address that is not SMTP', () => {
    const exchange = '/o=Contoso/ou=Exchange/cn=Recipients/cn=dave';
    const party = senderOf([makeRecord('contact', exchange)], {}, exchange);
    expect([party.status, party.candidates.length]).toEqual(['invalid', 0]);
  });
});

describe('resolveParties: recipients keep every match (spec §4)', () => {
  const shared = 'info@contoso.example';
  const records = () => [
    makeRecord('account', shared, { name: 'Contoso Ltd' }),
    makeRecord('contact', shared, { name: 'Contoso desk' }),
  ];

  it.each([
    [false, 'several', ['Contoso desk', 'Contoso Ltd']],
    [true, 'ambiguous', []],
  ])('unresolveemailaddressifmultiplematch %s → %s', (setting, status, names) => {
    const facts = makeFacts({ to: [mailbox(shared)] });
    const settings = settingsWith({
      organization: { unresolveemailaddressifmultiplematch: setting },
    });
    const { parties } = resolveParties(facts, settings, makeSnapshot(records()));
    const to = parties.find((party) => party.role === 'to');
    expect(to?.status).toBe(status);
    expect(to?.resolved.map((record) => record.name)).toEqual(names);
  });

  it('does not let the setting touch the sender, and flags the sender conflict', () => {
    const facts = makeFacts({ from: [mailbox(shared)] });
    const settings = settingsWith({ organization: { unresolveemailaddressifmultiplematch: true } });
    const result = resolveParties(facts, settings, makeSnapshot(records()));
    expect(result.parties[0].resolved.map((record) => record.name)).toEqual(['Contoso desk']);
    expect(result.senderConflict).toBe(true);
  });

  it('does not count an inactive duplicate as a conflict', () => {
    const facts = makeFacts({ from: [mailbox(shared)] });
    const snapshot = makeSnapshot([
      makeRecord('contact', shared),
      makeRecord('lead', shared, { active: false }),
    ]);
    expect(resolveParties(facts, settingsWith(), snapshot).senderConflict).toBe(false);
  });
});

describe('filterRecipientChoices: what the pane offers (client.match*)', () => {
  const user = makeRecord('systemuser', 'test@fabrikam.example');
  const myContact = makeRecord('contact', 'a@x.example', { ownerId: BOB_ID });
  const theirContact = makeRecord('contact', 'b@x.example', { ownerId: TEST_USER_ID });
  const myAccount = makeRecord('account', 'c@x.example', { ownerId: BOB_ID });
  const theirLead = makeRecord('lead', 'd@x.example', { ownerId: TEST_USER_ID });
  const records = [user, myContact, theirContact, myAccount, theirLead];

  type Row = ['synchronized' | 'all', 'none' | 'owned' | 'all', CrmRecord[]];
  const rows: Row[] = [
    ['all', 'all', records],
    ['all', 'owned', [user, myContact, theirContact, myAccount]],
    ['all', 'none', [user, myContact, theirContact]],
    ['synchronized', 'none', [user, myContact]],
    ['synchronized', 'all', [user, myContact, myAccount, theirLead]],
  ];

  it.each(rows)(
    'matchContacts %s, matchOtherRecords %s',
    (matchContacts, matchOtherRecords, expected) => {
      const offered = filterRecipientChoices(records, { matchContacts, matchOtherRecords }, BOB_ID);
      expect(offered).toEqual(expected);
    },
  );

  it('uses the local contact list when there is one', () => {
    const local = new Set([theirContact.id.toLowerCase()]);
    const offered = filterRecipientChoices(
      records,
      { matchContacts: 'synchronized', matchOtherRecords: 'none' },
      BOB_ID,
      local,
    );
    expect(offered).toEqual([user, theirContact]);
  });
});
