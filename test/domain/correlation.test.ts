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

  it('skips headers for forwards with DoNotCorrelateForwardedEmailsAsReplies, not for replies', () => {
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
});
