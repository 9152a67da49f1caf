import { correlate } from '../../src/domain/correlation';
import type { TrackedEmail } from '../../src/domain/crm-records';
import { settingsWith, type SettingsOverrides } from '../support/settings-fixture';
import { makeFacts, makeTracked } from './rule-fixtures';

const account = { table: 'account', id: 'acc-1', name: 'Contoso Ltd' };
const opportunity = { table: 'opportunity', id: 'opp-1', name: 'Contoso 500 licences' };

function run(
  facts: Parameters<typeof makeFacts>[0],
  tracked: TrackedEmail[],
  overrides: SettingsOverrides = {},
) {
  return correlate(makeFacts(facts), settingsWith(overrides), { trackedEmails: tracked });
}

describe('correlate (spec §3)', () => {
  const first = makeTracked({
    messageId: '<a@x.example>',
    regarding: account,
    trackingToken: 'CRM:0001002',
  });
  const second = makeTracked({ messageId: '<b@x.example>', regarding: opportunity });

  it.each([
    [
      'In-Reply-To first',
      { inReplyTo: 'b@x.example', references: ['a@x.example'] },
      'opp-1',
      'in-reply-to',
    ],
    [
      'then References in order',
      { references: ['zz@x.example', 'a@x.example', 'b@x.example'] },
      'acc-1',
      'references',
    ],
    [
      'headers before the token',
      { inReplyTo: 'b@x.example', subject: 'RE: x CRM:0001002' },
      'opp-1',
      'in-reply-to',
    ],
    [
      'the token when no header matches',
      { inReplyTo: 'zz@x.example', subject: 'RE: x crm:0001002' },
      'acc-1',
      'token',
    ],
  ])('%s', (_name, facts, regardingId, via) => {
    const match = run(facts, [first, second]);
    expect([match?.suggestion?.id, match?.via]).toEqual([regardingId, via]);
  });

  it('finds nothing without a matching id or token', () => {
    expect(run({ inReplyTo: 'zz@x.example', subject: 'CRM:0001999' }, [first, second])).toBeNull();
  });

  it('takes the most recent email when a token matches several (the counter wrapped)', () => {
    const old = makeTracked({
      trackingToken: 'CRM:0001005',
      regarding: account,
      createdOn: '2020-01-01T00:00:00Z',
    });
    const recent = makeTracked({
      trackingToken: 'CRM:0001005',
      regarding: opportunity,
      createdOn: '2024-01-01T00:00:00Z',
    });
    expect(run({ subject: 'Quote CRM:0001005' }, [recent, old])?.suggestion?.id).toBe('opp-1');
    expect(run({ subject: 'Quote CRM:0001005' }, [old, recent])?.suggestion?.id).toBe('opp-1');
  });

  it('reads tokens of every prefix in trackingprefix', () => {
    const legacy = makeTracked({
      messageId: null,
      trackingToken: 'OLD:0001003',
      regarding: account,
    });
    const settings = { organization: { trackingprefix: 'CRM:;OLD:' } };
    expect(run({ subject: 'Quote OLD:0001003' }, [legacy], settings)?.via).toBe('token');
    expect(run({ subject: 'Quote OLD:0001003' }, [legacy])).toBeNull();
  });

  it('finds the tracked email even when it has no regarding, with no suggestion', () => {
    const bare = makeTracked({ messageId: '<c@x.example>', regarding: null });
    const match = run({ inReplyTo: 'c@x.example' }, [bare]);
    expect(match?.email.activityId).toBe(bare.activityId);
    expect(match?.suggestion).toBeNull();
  });

  it('suggests the owner of the tracked email along with its regarding', () => {
    const match = run({ inReplyTo: 'a@x.example' }, [first]);
    expect(match?.owner).toEqual({ id: first.ownerId, name: first.ownerName });
  });

  it('skips headers of forwards with DoNotCorrelateForwardedEmailsAsReplies, not replies', () => {
    const on = { orgdborgsettings: { DoNotCorrelateForwardedEmailsAsReplies: true } };
    expect(run({ subject: 'WG: x', inReplyTo: 'a@x.example' }, [first], on)).toBeNull();
    expect(run({ subject: 'AW: x', inReplyTo: 'a@x.example' }, [first], on)?.via).toBe(
      'in-reply-to',
    );
    expect(run({ subject: 'WG: x CRM:0001002', inReplyTo: 'a@x.example' }, [first], on)?.via).toBe(
      'token',
    );
  });

  it('keeps the token step with IgnoreConversationIndexAndInReplyToForCorrelation', () => {
    const on = { orgdborgsettings: { IgnoreConversationIndexAndInReplyToForCorrelation: true } };
    expect(run({ inReplyTo: 'a@x.example' }, [first], on)).toBeNull();
    expect(run({ inReplyTo: 'a@x.example', subject: 'x CRM:0001002' }, [first], on)?.via).toBe(
      'token',
    );
  });

  it('does nothing when emailcorrelationenabled is false', () => {
    const off = { organization: { emailcorrelationenabled: false } };
    expect(run({ inReplyTo: 'a@x.example', subject: 'CRM:0001002' }, [first], off)).toBeNull();
  });

  describe('step 3: the Thread-Index root', () => {
    // Two conversations: the root of each, and an Outlook reply (root + one child block) in it.
    const ROOT_A = Buffer.from(Array.from({ length: 22 }, (_, i) => i + 1)).toString('base64');
    const ROOT_B = Buffer.from(Array.from({ length: 22 }, (_, i) => 200 - i)).toString('base64');
    const replyIn = (root: string) =>
      Buffer.concat([Buffer.from(root, 'base64'), Buffer.from([0, 9, 8, 7, 6])]).toString('base64');

    const inConversation = makeTracked({
      messageId: '<t@x.example>',
      trackingToken: 'CRM:0001007',
      regarding: account,
      conversationIndexRoot: ROOT_A,
    });
    const byToken = makeTracked({ trackingToken: 'CRM:0001008', regarding: opportunity });
    const byHeader = makeTracked({ messageId: '<h@x.example>', regarding: opportunity });
    const tracked = [inConversation, byToken, byHeader];

    it.each([
      ['the root alone', { threadIndex: replyIn(ROOT_A) }, 'acc-1', 'thread-index'],
      ['a bare root, no child block', { threadIndex: ROOT_A }, 'acc-1', 'thread-index'],
      [
        'In-Reply-To beats the root',
        { threadIndex: replyIn(ROOT_A), inReplyTo: 'h@x.example' },
        'opp-1',
        'in-reply-to',
      ],
      [
        'References beat the root',
        { threadIndex: replyIn(ROOT_A), references: ['h@x.example'] },
        'opp-1',
        'references',
      ],
      [
        'the token beats the root',
        { threadIndex: replyIn(ROOT_A), subject: 'x CRM:0001008' },
        'opp-1',
        'token',
      ],
      [
        'the root when header and token miss',
        { threadIndex: replyIn(ROOT_A), inReplyTo: 'zz@x.example', subject: 'x CRM:0001999' },
        'acc-1',
        'thread-index',
      ],
      [
        'the root of a forward, even with DoNotCorrelateForwardedEmailsAsReplies',
        { threadIndex: replyIn(ROOT_A), subject: 'FW: x' },
        'acc-1',
        'thread-index',
      ],
    ])('%s', (_name, facts, regardingId, via) => {
      const settings = { orgdborgsettings: { DoNotCorrelateForwardedEmailsAsReplies: true } };
      const match = run(facts, tracked, settings);
      expect([match?.suggestion?.id, match?.via]).toEqual([regardingId, via]);
    });

    it.each([
      ['another conversation', replyIn(ROOT_B)],
      [
        'the same root in other letter case',
        replyIn(ROOT_A).replace(/[a-z]/gi, (c) =>
          c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
        ),
      ],
      [
        'a Thread-Index shorter than a root',
        Buffer.from(ROOT_A, 'base64').subarray(0, 21).toString('base64'),
      ],
      ['a Thread-Index that is not base64', `${ROOT_A.slice(0, 10)}%%`],
    ])('finds nothing for %s', (_name, threadIndex) => {
      expect(run({ threadIndex }, tracked)).toBeNull();
    });

    it('takes the most recent tracked email of the conversation', () => {
      const old = makeTracked({
        conversationIndexRoot: ROOT_A,
        regarding: account,
        createdOn: '2020-01-01T00:00:00Z',
      });
      const recent = makeTracked({
        conversationIndexRoot: ROOT_A,
        regarding: opportunity,
        createdOn: '2024-01-01T00:00:00Z',
      });
      expect(run({ threadIndex: replyIn(ROOT_A) }, [recent, old])?.suggestion?.id).toBe('opp-1');
      expect(run({ threadIndex: replyIn(ROOT_A) }, [old, recent])?.suggestion?.id).toBe('opp-1');
    });

    it('is off with IgnoreConversationIndexAndInReplyToForCorrelation; tokens still work', () => {
      const on = { orgdborgsettings: { IgnoreConversationIndexAndInReplyToForCorrelation: true } };
      expect(run({ threadIndex: replyIn(ROOT_A) }, tracked, on)).toBeNull();
      expect(
        run({ threadIndex: replyIn(ROOT_A), subject: 'x CRM:0001007' }, tracked, on)?.via,
      ).toBe('token');
    });

    it('is skipped when emailcorrelationenabled is false', () => {
      const off = { organization: { emailcorrelationenabled: false } };
      expect(run({ threadIndex: replyIn(ROOT_A) }, tracked, off)).toBeNull();
      expect(run({ threadIndex: replyIn(ROOT_A) }, tracked)?.via).toBe('thread-index');
    });
  });
});
