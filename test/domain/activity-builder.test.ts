import {
  DESCRIPTION_MAX_LENGTH,
  TRUNCATION_NOTE,
  buildEmailActivityDraft,
  planSenderRecord,
  splitDisplayName,
  truncateDescription,
} from '../../src/domain/activity-builder';
import type { MessageFacts } from '../../src/domain/message-facts';
import { TRACKED_CATEGORY } from '../../src/domain/tracking-category';
import { evaluateMessage } from '../../src/domain/verdict';
import { settingsWith, type SettingsOverrides } from '../support/settings-fixture';
import {
  OPPORTUNITY,
  makeFacts,
  makeRecord,
  makeSnapshot,
  makeTracked,
  mailbox,
} from './rule-fixtures';

const account = { table: 'account', id: 'acc-1', name: 'Contoso Ltd' };

function draftFor(
  facts: MessageFacts,
  regarding: typeof account | null,
  snapshot = makeSnapshot(),
) {
  const settings = settingsWith();
  const evaluation = evaluateMessage(facts, settings, snapshot);
  return buildEmailActivityDraft(facts, evaluation, {
    regarding,
    bodyHtml: '<p>Hello</p>',
    organization: settings.organization,
  });
}

describe('buildEmailActivityDraft (spec §6)', () => {
  it('carries the message as written: subject, <Message-ID>, direction, time, token', () => {
    const facts = makeFacts({ subject: 'Quote crm:0001001' });
    const draft = draftFor(facts, null);
    expect(draft).toMatchObject({
      subject: 'Quote crm:0001001',
      description: '<p>Hello</p>',
      messageId: '<new-1@mail.contoso.example>',
      direction: 'incoming',
      sentOn: facts.sentOn,
      trackingToken: 'CRM:0001001',
      regarding: null,
    });
  });

  it('has one party per resolved record and keeps unresolved addresses as written', () => {
    const facts = makeFacts({
      to: [mailbox('Bob@Fabrikam.example'), mailbox('info@contoso.example')],
      cc: [mailbox('Nobody@Elsewhere.example')],
    });
    const snapshot = makeSnapshot([
      makeRecord('account', 'info@contoso.example', { id: 'acc-1', name: 'Contoso Ltd' }),
      makeRecord('contact', 'info@contoso.example', { id: 'con-9', name: 'Desk' }),
    ]);
    const parties = draftFor(facts, null, snapshot).parties;
    expect(parties.map((p) => [p.participationtypemask, p.address, p.party?.name ?? null])).toEqual(
      [
        [1, 'alice@contoso.example', 'Alice Contoso'],
        [2, 'Bob@Fabrikam.example', 'Bob Fabrikam'],
        [2, 'info@contoso.example', 'Desk'],
        [2, 'info@contoso.example', 'Contoso Ltd'],
        [3, 'Nobody@Elsewhere.example', null],
      ],
    );
  });

  it('uses the chosen regarding, else the correlated one', () => {
    const tracked = makeTracked({ messageId: '<t@x.example>', regarding: OPPORTUNITY });
    const reply = makeFacts({ inReplyTo: 't@x.example' });
    const snapshot = makeSnapshot([], [tracked]);
    expect(draftFor(reply, null, snapshot).regarding).toEqual(OPPORTUNITY);
    expect(draftFor(reply, account, snapshot).regarding).toEqual(account);
  });

  it('keeps control characters of a broken message out of the CRM', () => {
    const facts = makeFacts({
      subject: 'Quote\u0000 for\r\n\tnext year',
      cc: [mailbox('carol@northwind.example\u0000')],
    });
    const settings = settingsWith();
    const draft = buildEmailActivityDraft(facts, evaluateMessage(facts, settings, makeSnapshot()), {
      regarding: null,
      bodyHtml: '<p>Line one\r\nline\u0000 two\u0007</p>',
    });
    expect(draft.subject).toBe('Quote for next year');
    expect(draft.description).toBe('<p>Line one\r\nline two</p>');
    expect(draft.parties.map((party) => party.address)).toContain('carol@northwind.example');
  });

  it('cuts a subject to the 400 characters the CRM column holds', () => {
    const draft = draftFor(makeFacts({ subject: 'x'.repeat(399) + '😀 tail' }), null);
    expect(draft.subject).toBe('x'.repeat(399));
  });

  it('keeps only the first of several From mailboxes', () => {
    const facts = makeFacts({
      from: [mailbox('alice@contoso.example'), mailbox('carol@northwind.example')],
    });
    const senders = draftFor(facts, null).parties.filter((p) => p.participationtypemask === 1);
    expect(senders.map((p) => p.address)).toEqual(['alice@contoso.example']);
  });
});

describe('truncateDescription', () => {
  it('leaves a body within the limit alone', () => {
    const body = 'x'.repeat(DESCRIPTION_MAX_LENGTH);
    expect(truncateDescription(body)).toBe(body);
  });

  it('cuts a longer body to the limit and marks it', () => {
    const cut = truncateDescription('<p>' + 'x'.repeat(DESCRIPTION_MAX_LENGTH) + '</p>');
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    expect(cut.endsWith(TRUNCATION_NOTE)).toBe(true);
  });

  it('never cuts inside a tag or a surrogate pair', () => {
    const limit = TRUNCATION_NOTE.length + 8;
    expect(truncateDescription('<p>abc<a href="x">link</a></p>'.padEnd(200, '.'), limit)).toBe(
      '<p>abc' + TRUNCATION_NOTE,
    );
    expect(truncateDescription('1234567😀'.padEnd(200, '.'), limit)).toBe(
      '1234567' + TRUNCATION_NOTE,
    );
  });
});

describe('planSenderRecord (spec §6)', () => {
  const stranger = makeFacts({
    subject: 'Partnership',
    from: [mailbox('jane.doe@newco.example', 'Jane Q Doe')],
  });

  function plan(
    facts: MessageFacts,
    overrides: SettingsOverrides,
    records = [] as ReturnType<typeof makeRecord>[],
  ) {
    const settings = settingsWith(overrides);
    const snapshot = makeSnapshot(records);
    return planSenderRecord(facts, evaluateMessage(facts, settings, snapshot), settings, snapshot);
  }

  it.each([
    ['autocreatecontactonpromote 0', 0, true, null],
    [
      'contact',
      1,
      true,
      {
        table: 'contact',
        firstname: 'Jane Q',
        lastname: 'Doe',
        emailaddress1: 'jane.doe@newco.example',
      },
    ],
    [
      'lead with the subject as topic',
      2,
      true,
      {
        table: 'lead',
        firstname: 'Jane Q',
        lastname: 'Doe',
        emailaddress1: 'jane.doe@newco.example',
        subject: 'Partnership',
      },
    ],
    ['AutoCreateContactOnPromote false', 1, false, null],
  ] as const)('%s', (_name, kind, orgSwitch, expected) => {
    const draft = plan(stranger, {
      usersettings: { autocreatecontactonpromote: kind },
      orgdborgsettings: { AutoCreateContactOnPromote: orgSwitch },
    });
    expect(draft).toEqual(expected);
  });

  const contactOn = { usersettings: { autocreatecontactonpromote: 1 as const } };

  it.each([
    [
      'an inactive contact',
      () => [makeRecord('contact', 'JANE.DOE@newco.example', { active: false })],
    ],
    [
      'a disabled user',
      () => [makeRecord('systemuser', 'jane.doe@newco.example', { disabled: true })],
    ],
    ['a queue', () => [makeRecord('queue', 'jane.doe@newco.example')]],
  ])('creates nothing when %s has the address', (_name, records) => {
    expect(plan(stranger, contactOn, records())).toBeNull();
  });

  it('creates nothing for a sender that is not SMTP or not alone', () => {
    expect(
      plan(makeFacts({ from: [mailbox('/o=Contoso/cn=jane', 'Jane')] }), contactOn),
    ).toBeNull();
    expect(
      plan(makeFacts({ from: [mailbox('a@b.example'), mailbox('c@d.example')] }), contactOn),
    ).toBeNull();
  });

  it.each([
    ['Jane Q Doe', 'jane@x.example', 'Jane Q', 'Doe'],
    ['Doe', 'jane@x.example', '', 'Doe'],
    ['  ', 'jane.doe@x.example', '', 'jane.doe'],
    ['jane@x', 'jane.doe@x.example', '', 'jane.doe'],
    ['はなこ', 'hanako@x.example', '', 'はなこ'],
  ])('splits %j (%s) into first %j and last %j', (name, address, firstname, lastname) => {
    expect(splitDisplayName(name, address)).toEqual({ firstname, lastname });
  });
});

it('names the Outlook category as the spec does', () => {
  expect(TRACKED_CATEGORY).toBe('Tracked to CRM');
});
