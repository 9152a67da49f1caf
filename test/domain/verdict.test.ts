import type { CrmSnapshot } from '../../src/domain/crm-lookups';
import type { ReasonCode, Verdict } from '../../src/domain/evaluation';
import type { MessageFacts } from '../../src/domain/message-facts';
import type { FilteringMethod } from '../../src/domain/settings-model';
import { evaluateMessage } from '../../src/domain/verdict';
import { settingsWith, type SettingsOverrides } from '../support/settings-fixture';
import {
  ALICE,
  BOB,
  BOB_ID,
  OPPORTUNITY,
  TEST_USER_ID,
  makeFacts,
  makeRecord,
  makeSnapshot,
  makeTracked,
  mailbox,
} from './rule-fixtures';

interface Scenario {
  facts: MessageFacts;
  snapshot: CrmSnapshot;
}

const TRACKED_ID = '<thread-1@mail.fabrikam.example>';
const trackedThread = () =>
  makeTracked({
    messageId: TRACKED_ID,
    trackingToken: 'CRM:0001001',
    createdOn: '2024-04-01T00:00:00Z',
  });

const scenarios = {
  fromContact: (): Scenario => ({ facts: makeFacts(), snapshot: makeSnapshot() }),
  fromStranger: (): Scenario => ({
    facts: makeFacts({ from: [mailbox('stranger@elsewhere.example', 'Stranger')] }),
    snapshot: makeSnapshot(),
  }),
  fromQueue: (): Scenario => ({
    facts: makeFacts({ from: [mailbox('support@fabrikam.example')] }),
    snapshot: makeSnapshot([makeRecord('queue', 'support@fabrikam.example', { name: 'Support' })]),
  }),
  replyToTracked: (): Scenario => ({
    facts: makeFacts({
      subject: 'RE: Licence quote',
      inReplyTo: 'thread-1@mail.fabrikam.example',
      references: ['thread-1@mail.fabrikam.example'],
    }),
    snapshot: makeSnapshot([], [trackedThread()]),
  }),
  forwardOfTracked: (): Scenario => ({
    facts: makeFacts({
      subject: 'FW: Licence quote',
      references: ['thread-1@mail.fabrikam.example'],
    }),
    snapshot: makeSnapshot([], [trackedThread()]),
  }),
  tokenInSubject: (): Scenario => ({
    facts: makeFacts({ subject: 'Licence quote CRM:0001001' }),
    snapshot: makeSnapshot([], [trackedThread()]),
  }),
  sharedSenderAddress: (): Scenario => ({
    facts: makeFacts({ from: [mailbox('shared@contoso.example')] }),
    snapshot: makeSnapshot([
      makeRecord('contact', 'shared@contoso.example', { name: 'First Shared' }),
      makeRecord('contact', 'shared@contoso.example', {
        name: 'Second Shared',
        ownerId: TEST_USER_ID,
      }),
    ]),
  }),
  inactiveSender: (): Scenario => ({
    facts: makeFacts({ from: [mailbox('old@northwind.example')] }),
    snapshot: makeSnapshot([makeRecord('contact', 'old@northwind.example', { active: false })]),
  }),
  fromCrmUser: (sentCopyTracked: boolean): Scenario => ({
    facts: makeFacts({ from: [mailbox('test@fabrikam.example', 'Fabrikam Test')] }),
    snapshot: makeSnapshot(
      [],
      sentCopyTracked
        ? [
            makeTracked({
              messageId: '<new-1@mail.contoso.example>',
              direction: 'outgoing',
              ownerId: TEST_USER_ID,
            }),
          ]
        : [],
    ),
  }),
  copyTrackedBy: (ownerId: string): Scenario => ({
    facts: makeFacts(),
    snapshot: makeSnapshot(
      [],
      [
        makeTracked({
          messageId: '<new-1@mail.contoso.example>',
          direction: 'incoming',
          ownerId,
          ownerName: 'Someone',
        }),
      ],
    ),
  }),
  sentByBob: (): Scenario => ({
    facts: makeFacts({ from: [BOB], to: [ALICE], direction: 'outgoing', folder: 'sent' }),
    snapshot: makeSnapshot(),
  }),
};

function run(scenario: Scenario, overrides: SettingsOverrides) {
  return evaluateMessage(scenario.facts, settingsWith(overrides), scenario.snapshot);
}

const all = (method: FilteringMethod): SettingsOverrides => ({
  usersettings: { incomingemailfilteringmethod: method },
});

describe('evaluateMessage: every filtering method (spec §1.1, §5 steps 6, 8–10)', () => {
  type Row = [FilteringMethod, keyof typeof scenarios, Verdict, ReasonCode];
  const rows: Row[] = [
    [0, 'fromStranger', 'track', 'AcceptAll'],
    [0, 'fromContact', 'track', 'AcceptAll'],
    [1, 'replyToTracked', 'track', 'CorrelationMatch'],
    [1, 'tokenInSubject', 'track', 'CorrelationMatch'],
    [1, 'fromContact', 'skip', 'NoCorrelationMatch'],
    [2, 'fromContact', 'track', 'SenderMatch'],
    [2, 'fromQueue', 'skip', 'FilteredOut'],
    [2, 'fromStranger', 'skip', 'FilteredOut'],
    [3, 'fromQueue', 'track', 'SenderMatch'],
    [3, 'fromContact', 'track', 'SenderMatch'],
    [3, 'fromStranger', 'skip', 'FilteredOut'],
    [4, 'fromContact', 'skip', 'FilteredOut'],
    [4, 'replyToTracked', 'skip', 'FilteredOut'],
  ];

  it.each(rows)('method %i, %s → %s %s', (method, name, verdict, reason) => {
    const scenario = (scenarios[name] as () => Scenario)();
    const result = run(scenario, all(method));
    expect([result.verdict, result.reason]).toEqual([verdict, reason]);
    expect(result.sentence.length).toBeGreaterThan(10);
  });

  it('says which record the sender is when method 2 tracks it', () => {
    const result = run(scenarios.fromContact(), all(2));
    expect(result.sentence).toBe('The sender is the contact Alice Contoso.');
  });
});

describe('evaluateMessage: SSSForceFilteringMethodForUserMailboxes, every value', () => {
  const rows: [-1 | FilteringMethod, FilteringMethod, ReasonCode][] = [
    [-1, 4, 'FilteredOut'],
    [-1, 0, 'AcceptAll'],
    [0, 4, 'AcceptAll'],
    [1, 4, 'NoCorrelationMatch'],
    [2, 4, 'SenderMatch'],
    [3, 4, 'SenderMatch'],
    [4, 0, 'FilteredOut'],
  ];

  it.each(rows)('forced %i over the user’s %i → %s', (forced, user, reason) => {
    const result = run(scenarios.fromContact(), {
      usersettings: { incomingemailfilteringmethod: user },
      orgdborgsettings: { SSSForceFilteringMethodForUserMailboxes: forced },
    });
    expect(result.reason).toBe(reason);
  });
});

describe('evaluateMessage: each setting with an effect, in both states', () => {
  type Row = {
    setting: string;
    scenario: () => Scenario;
    on: SettingsOverrides;
    off: SettingsOverrides;
    expectOn: ReasonCode;
    expectOff: ReasonCode;
  };
  const method = (m: FilteringMethod) => ({ incomingemailfilteringmethod: m });
  const rows: Row[] = [
    {
      setting: 'AllowPromoteDuplicates (another user’s copy)',
      scenario: () => scenarios.copyTrackedBy(TEST_USER_ID),
      on: { usersettings: method(0), orgdborgsettings: { AllowPromoteDuplicates: true } },
      off: { usersettings: method(0), orgdborgsettings: { AllowPromoteDuplicates: false } },
      expectOn: 'AcceptAll',
      expectOff: 'Duplicate',
    },
    {
      setting: 'OverrideV5SenderConflictResolution',
      scenario: scenarios.sharedSenderAddress,
      on: {
        usersettings: method(0),
        orgdborgsettings: { OverrideV5SenderConflictResolution: true },
      },
      off: {
        usersettings: method(0),
        orgdborgsettings: { OverrideV5SenderConflictResolution: false },
      },
      expectOn: 'SenderConflict',
      expectOff: 'AcceptAll',
    },
    {
      setting: 'UnresolveSenderInCaseOfMultipleMatch',
      scenario: scenarios.sharedSenderAddress,
      on: {
        usersettings: method(2),
        orgdborgsettings: { UnresolveSenderInCaseOfMultipleMatch: true },
      },
      off: {
        usersettings: method(2),
        orgdborgsettings: { UnresolveSenderInCaseOfMultipleMatch: false },
      },
      expectOn: 'FilteredOut',
      expectOff: 'SenderMatch',
    },
    {
      setting: 'DoNotAutoTrackEmail',
      scenario: scenarios.fromContact,
      on: { usersettings: method(0), orgdborgsettings: { DoNotAutoTrackEmail: true } },
      off: { usersettings: method(0), orgdborgsettings: { DoNotAutoTrackEmail: false } },
      expectOn: 'AutoTrackOff',
      expectOff: 'AcceptAll',
    },
    {
      setting: 'SSSForceFilteringMethodForUserMailboxes (4 over the user’s 0)',
      scenario: scenarios.fromContact,
      on: {
        usersettings: method(0),
        orgdborgsettings: { SSSForceFilteringMethodForUserMailboxes: 4 },
      },
      off: {
        usersettings: method(0),
        orgdborgsettings: { SSSForceFilteringMethodForUserMailboxes: -1 },
      },
      expectOn: 'FilteredOut',
      expectOff: 'AcceptAll',
    },
    {
      setting: 'SSSForceFilteringMethodForUserMailboxes (0 over the user’s 4)',
      scenario: scenarios.fromStranger,
      on: {
        usersettings: method(4),
        orgdborgsettings: { SSSForceFilteringMethodForUserMailboxes: 0 },
      },
      off: {
        usersettings: method(4),
        orgdborgsettings: { SSSForceFilteringMethodForUserMailboxes: -1 },
      },
      expectOn: 'AcceptAll',
      expectOff: 'FilteredOut',
    },
    {
      setting: 'ClientDisableTrackingForReplyForwardEmails',
      scenario: scenarios.replyToTracked,
      on: {
        usersettings: method(0),
        orgdborgsettings: { ClientDisableTrackingForReplyForwardEmails: 1 },
      },
      off: {
        usersettings: method(0),
        orgdborgsettings: { ClientDisableTrackingForReplyForwardEmails: 0 },
      },
      expectOn: 'ReplyForwardDisabled',
      expectOff: 'AcceptAll',
    },
    {
      setting: 'IgnoreConversationIndexAndInReplyToForCorrelation',
      scenario: scenarios.replyToTracked,
      on: { orgdborgsettings: { IgnoreConversationIndexAndInReplyToForCorrelation: true } },
      off: { orgdborgsettings: { IgnoreConversationIndexAndInReplyToForCorrelation: false } },
      expectOn: 'NoCorrelationMatch',
      expectOff: 'CorrelationMatch',
    },
    {
      setting: 'DoNotCorrelateForwardedEmailsAsReplies',
      scenario: scenarios.forwardOfTracked,
      on: { orgdborgsettings: { DoNotCorrelateForwardedEmailsAsReplies: true } },
      off: { orgdborgsettings: { DoNotCorrelateForwardedEmailsAsReplies: false } },
      expectOn: 'NoCorrelationMatch',
      expectOff: 'CorrelationMatch',
    },
    {
      setting: 'AutoTrackSentFolderItems',
      scenario: scenarios.sentByBob,
      on: { usersettings: method(0), orgdborgsettings: { AutoTrackSentFolderItems: true } },
      off: { usersettings: method(0), orgdborgsettings: { AutoTrackSentFolderItems: false } },
      expectOn: 'AcceptAll',
      expectOff: 'NotInScope',
    },
    {
      setting: 'ResolveForInactiveEntities',
      scenario: scenarios.inactiveSender,
      on: { usersettings: method(2), orgdborgsettings: { ResolveForInactiveEntities: true } },
      off: { usersettings: method(2), orgdborgsettings: { ResolveForInactiveEntities: false } },
      expectOn: 'SenderMatch',
      expectOff: 'FilteredOut',
    },
    {
      setting: 'IgnoreInternalEmailDetectionEnhancement (sent copy not tracked)',
      scenario: () => scenarios.fromCrmUser(false),
      on: {
        usersettings: method(0),
        organization: { ignoreinternalemail: true },
        orgdborgsettings: { IgnoreInternalEmailDetectionEnhancement: true },
      },
      off: {
        usersettings: method(0),
        organization: { ignoreinternalemail: true },
        orgdborgsettings: { IgnoreInternalEmailDetectionEnhancement: false },
      },
      expectOn: 'AcceptAll',
      expectOff: 'InternalEmailReject',
    },
    {
      setting: 'ignoreinternalemail',
      scenario: () => scenarios.fromCrmUser(true),
      on: { usersettings: method(0), organization: { ignoreinternalemail: true } },
      off: { usersettings: method(0), organization: { ignoreinternalemail: false } },
      expectOn: 'InternalEmailReject',
      expectOff: 'AcceptAll',
    },
    {
      setting: 'emailcorrelationenabled',
      scenario: scenarios.replyToTracked,
      on: { organization: { emailcorrelationenabled: true } },
      off: { organization: { emailcorrelationenabled: false } },
      expectOn: 'CorrelationMatch',
      expectOff: 'NoCorrelationMatch',
    },
    {
      setting: 'tagmaxaggressivecycles',
      scenario: scenarios.fromContact,
      on: { usersettings: method(0), organization: { tagmaxaggressivecycles: 2 } },
      off: { usersettings: method(0), organization: { tagmaxaggressivecycles: 0 } },
      expectOn: 'AcceptAll',
      expectOff: 'AutoTrackOff',
    },
    {
      setting: 'maximumtrackingnumber',
      scenario: scenarios.tokenInSubject,
      on: { organization: { maximumtrackingnumber: 999 } },
      off: { organization: { maximumtrackingnumber: 0 } },
      expectOn: 'CorrelationMatch',
      expectOff: 'NoCorrelationMatch',
    },
    {
      setting: 'client.backgroundTrack',
      scenario: scenarios.fromContact,
      on: { usersettings: method(0), client: { backgroundTrack: true } },
      off: { usersettings: method(0), client: { backgroundTrack: false } },
      expectOn: 'AcceptAll',
      expectOff: 'AutoTrackOff',
    },
  ];

  it.each(rows)('$setting: on → $expectOn, off → $expectOff', (row) => {
    expect(run(row.scenario(), row.on).reason).toBe(row.expectOn);
    expect(run(row.scenario(), row.off).reason).toBe(row.expectOff);
  });
});

describe('evaluateMessage: the steps run in order, the first verdict wins', () => {
  type Row = [string, Scenario, SettingsOverrides, ReasonCode];
  const off = { client: { backgroundTrack: false } };
  const rows: Row[] = [
    [
      'duplicate before automatic tracking off',
      scenarios.copyTrackedBy(TEST_USER_ID),
      off,
      'Duplicate',
    ],
    ['automatic tracking off before the folder', scenarios.sentByBob(), off, 'AutoTrackOff'],
    [
      'folder before the sender',
      { facts: makeFacts({ folder: 'other', from: [] }), snapshot: makeSnapshot() },
      {},
      'NotInScope',
    ],
    [
      'sender before reply/forward',
      { facts: makeFacts({ from: [], inReplyTo: 'x@y' }), snapshot: makeSnapshot() },
      { orgdborgsettings: { ClientDisableTrackingForReplyForwardEmails: 1 } },
      'InvalidSender',
    ],
    [
      'reply/forward before internal email',
      {
        ...scenarios.fromCrmUser(true),
        facts: makeFacts({ from: [mailbox('test@fabrikam.example')], subject: 'RE: x' }),
      },
      {
        organization: { ignoreinternalemail: true },
        orgdborgsettings: { ClientDisableTrackingForReplyForwardEmails: 1 },
      },
      'ReplyForwardDisabled',
    ],
    [
      'internal email before method 4',
      scenarios.fromCrmUser(true),
      {
        organization: { ignoreinternalemail: true },
        usersettings: { incomingemailfilteringmethod: 4 },
      },
      'InternalEmailReject',
    ],
    [
      'method 4 before sender conflict',
      scenarios.sharedSenderAddress(),
      {
        usersettings: { incomingemailfilteringmethod: 4 },
        orgdborgsettings: { OverrideV5SenderConflictResolution: true },
      },
      'FilteredOut',
    ],
    [
      'sender conflict before correlation',
      {
        ...scenarios.replyToTracked(),
        facts: { ...scenarios.replyToTracked().facts, from: [mailbox('shared@contoso.example')] },
        snapshot: { ...scenarios.sharedSenderAddress().snapshot, trackedEmails: [trackedThread()] },
      },
      { orgdborgsettings: { OverrideV5SenderConflictResolution: true } },
      'SenderConflict',
    ],
  ];

  it.each(rows)('%s', (_name, scenario, overrides, reason) => {
    expect(run(scenario, overrides).reason).toBe(reason);
  });
});

describe('evaluateMessage: details the user sees', () => {
  it('copies the regarding of the tracked email a reply belongs to', () => {
    const result = run(scenarios.replyToTracked(), {});
    expect(result.regarding).toMatchObject({ ...OPPORTUNITY, via: 'in-reply-to' });
    expect(result.sentence).toBe(
      'A reply to tracked mail, regarding the opportunity Contoso 500 licences.',
    );
  });

  it('names the conversation when only the Thread-Index root links the reply', () => {
    const root = 'AduRxtDJRohLqZhdomqJjxhRlfIdOg==';
    const tracked = makeTracked({ messageId: null, conversationIndexRoot: root });
    const facts = makeFacts({ threadIndex: 'AduRxtDJRohLqZhdomqJjxhRlfIdOgBdOo4n' });
    const result = run({ facts, snapshot: makeSnapshot([], [tracked]) }, {});
    expect([result.verdict, result.reason]).toEqual(['track', 'CorrelationMatch']);
    expect(result.regarding).toMatchObject({ ...OPPORTUNITY, via: 'thread-index' });
    expect(result.sentence).toBe(
      'It is in the same Outlook conversation as tracked mail, regarding the opportunity ' +
        'Contoso 500 licences.',
    );
  });

  it('suggests the correlated regarding whatever the method once step 8 is reached', () => {
    expect(run(scenarios.replyToTracked(), all(0)).regarding?.id).toBe(OPPORTUNITY.id);
    expect(run(scenarios.replyToTracked(), all(2)).regarding?.id).toBe(OPPORTUNITY.id);
    expect(run(scenarios.replyToTracked(), all(4)).regarding).toBeNull();
  });

  it('shows the existing activity and its regarding for a duplicate', () => {
    const existing = makeTracked({
      messageId: '<new-1@mail.contoso.example>',
      direction: 'incoming',
    });
    const result = run({ facts: makeFacts(), snapshot: makeSnapshot([], [existing]) }, {});
    expect(result.verdict).toBe('tracked');
    expect(result.existing?.activityId).toBe(existing.activityId);
    expect(result.regarding).toMatchObject({ id: OPPORTUNITY.id, via: 'existing' });
    expect(result.sentence).toBe(
      'Already tracked in CRM, regarding the opportunity Contoso 500 licences.',
    );
  });

  it('keeps the user’s own copy a duplicate even with AllowPromoteDuplicates', () => {
    const result = run(scenarios.copyTrackedBy(BOB_ID), {
      orgdborgsettings: { AllowPromoteDuplicates: true },
    });
    expect(result.reason).toBe('Duplicate');
  });

  it('never tracks the same item twice: the stored activity id wins over the setting', () => {
    const existing = makeTracked({ messageId: null, ownerId: TEST_USER_ID });
    const facts = makeFacts({
      messageId: null,
      rawMessageId: null,
      trackedActivityId: existing.activityId.toUpperCase(),
    });
    const result = run(
      { facts, snapshot: makeSnapshot([], [existing]) },
      { orgdborgsettings: { AllowPromoteDuplicates: true } },
    );
    expect([result.verdict, result.existing?.activityId]).toEqual(['tracked', existing.activityId]);
  });

  it('does not count the copy in the other direction as a duplicate', () => {
    const sent = makeTracked({ messageId: '<new-1@mail.contoso.example>', direction: 'outgoing' });
    const result = run({ facts: makeFacts(), snapshot: makeSnapshot([], [sent]) }, all(0));
    expect(result.reason).toBe('AcceptAll');
  });

  it('says who turned automatic tracking off', () => {
    const you = run(scenarios.fromContact(), { client: { backgroundTrack: false } }).sentence;
    const org = run(scenarios.fromContact(), {
      orgdborgsettings: { DoNotAutoTrackEmail: true },
    }).sentence;
    const both = run(scenarios.fromContact(), {
      client: { backgroundTrack: false },
      organization: { tagmaxaggressivecycles: 0 },
    }).sentence;
    expect(you).toMatch(/you turned/);
    expect(org).toMatch(/your organization turned/);
    expect(both).toMatch(/both you and your organization/);
  });

  it.each([
    ['no From', [], /no sender/],
    ['two From mailboxes', [ALICE, mailbox('carol@northwind.example')], /2 From addresses/],
    [
      'an Exchange address',
      [mailbox('/o=Contoso/ou=First/cn=Recipients/cn=alice')],
      /is not an email address/,
    ],
  ])('rejects a sender that cannot be checked: %s', (_name, from, sentence) => {
    const result = run({ facts: makeFacts({ from }), snapshot: makeSnapshot() }, all(0));
    expect(result.reason).toBe('InvalidSender');
    expect(result.sentence).toMatch(sentence);
  });

  it('reports a sender conflict whatever the setting, and counts the records', () => {
    const calm = run(scenarios.sharedSenderAddress(), all(0));
    expect(calm.senderConflict).toBe(true);
    const strict = run(scenarios.sharedSenderAddress(), {
      orgdborgsettings: { OverrideV5SenderConflictResolution: true },
    });
    expect(strict.sentence).toMatch(/^2 CRM records share/);
  });

  it('rejects the received copy of internal mail only, never the sent copy', () => {
    const sent = { ...scenarios.sentByBob() };
    const result = run(sent, {
      usersettings: { incomingemailfilteringmethod: 0 },
      organization: { ignoreinternalemail: true },
      orgdborgsettings: {
        AutoTrackSentFolderItems: true,
        IgnoreInternalEmailDetectionEnhancement: false,
      },
    });
    expect(result.reason).toBe('AcceptAll');
  });

  it('names the forced method as the organization’s', () => {
    const result = run(scenarios.fromContact(), {
      orgdborgsettings: { SSSForceFilteringMethodForUserMailboxes: 4 },
    });
    expect(result.sentence).toBe('Your organization tracks no email automatically.');
  });

  it('lists every party with its role', () => {
    const facts = makeFacts({
      cc: [mailbox('carol@northwind.example')],
      bcc: [mailbox('x@y.example')],
    });
    const result = run({ facts, snapshot: makeSnapshot() }, {});
    expect(result.parties.map((party) => [party.role, party.address, party.status])).toEqual([
      ['from', 'alice@contoso.example', 'resolved'],
      ['to', 'bob@fabrikam.example', 'resolved'],
      ['cc', 'carol@northwind.example', 'unresolved'],
      ['bcc', 'x@y.example', 'unresolved'],
    ]);
  });
});
