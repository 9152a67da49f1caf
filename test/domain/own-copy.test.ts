import {
  copyElsewhereSentence,
  ownCopyEvaluation,
  withoutActivity,
  type TrackedBy,
} from '../../src/domain/own-copy';
import { evaluateMessage } from '../../src/domain/verdict';
import { settingsWith } from '../support/settings-fixture';
import { BOB_ID, OPPORTUNITY, makeFacts, makeSnapshot, makeTracked } from './rule-fixtures';

const OTHER_USER_ID = '00000000-0000-0000-0000-0000000000c9';

/** A reply to tracked mail, tracked from this item: its own activity carries its Message-ID. */
function trackedReply(options: { inReplyTo: boolean }) {
  const thread = makeTracked({ messageId: '<thread-1@mail.fabrikam.example>' });
  const facts = makeFacts({
    subject: 'RE: Licence quote',
    inReplyTo: options.inReplyTo ? 'thread-1@mail.fabrikam.example' : null,
  });
  const own = makeTracked({
    messageId: `<${facts.messageId}>`,
    direction: 'incoming',
    regarding: OPPORTUNITY,
  });
  const withOwnId = { ...facts, trackedActivityId: own.activityId };
  return { facts: withOwnId, own, snapshot: makeSnapshot([], [thread, own]) };
}

describe('the rules on a message tracked from this item (its own activity left out)', () => {
  it('without leaving it out, the message is a Duplicate of itself', () => {
    const { facts, snapshot } = trackedReply({ inReplyTo: true });
    expect(evaluateMessage(facts, settingsWith(), snapshot).reason).toBe('Duplicate');
  });

  const cases: {
    name: string;
    inReplyTo: boolean;
    trackedBy: TrackedBy;
    verdict: string;
    reason: string;
    sentence: RegExp;
  }[] = [
    {
      name: 'a reply tracked in background',
      inReplyTo: true,
      trackedBy: 'automatic',
      verdict: 'track',
      reason: 'CorrelationMatch',
      sentence:
        /^Tracked automatically: a reply to tracked mail\.$/,
    },
    {
      name: 'a reply the user tracked',
      inReplyTo: true,
      trackedBy: 'user',
      verdict: 'track',
      reason: 'CorrelationMatch',
      sentence: /^Tracked by hand; the rules would track it too: a reply to tracked mail/,
    },
    {
      name: 'a new message the user tracked',
      inReplyTo: false,
      trackedBy: 'user',
      verdict: 'skip',
      reason: 'NoCorrelationMatch',
      sentence: /^Tracked by hand; the rules alone would not track it: not a reply to tracked/,
    },
    {
      name: 'a new message tracked in an earlier session',
      inReplyTo: false,
      trackedBy: 'unknown',
      verdict: 'skip',
      reason: 'NoCorrelationMatch',
      sentence: /^Tracked, though the rules alone would not track it: not a reply/,
    },
    {
      name: 'a reply tracked in an earlier session',
      inReplyTo: true,
      trackedBy: 'unknown',
      verdict: 'track',
      reason: 'CorrelationMatch',
      sentence: /^Tracked; the rules would also track it automatically: a reply/,
    },
  ];

  it.each(cases)('$name: $reason', ({ inReplyTo, trackedBy, verdict, reason, sentence }) => {
    const { facts, own, snapshot } = trackedReply({ inReplyTo });
    const evaluation = ownCopyEvaluation(facts, settingsWith(), snapshot, {
      activityId: own.activityId,
      trackedBy,
    });

    expect(evaluation).toMatchObject({ verdict, reason, existing: null });
    expect(evaluation.sentence).toMatch(sentence);
    // The suggestion comes from the thread, never from the message's own activity.
    expect(evaluation.regarding?.activityId ?? null).not.toBe(own.activityId);
  });

  it("keeps a Duplicate when another user's copy of the message is tracked too", () => {
    const { facts, own, snapshot } = trackedReply({ inReplyTo: false });
    const theirs = makeTracked({
      messageId: own.messageId,
      direction: 'incoming',
      ownerId: OTHER_USER_ID,
      ownerName: 'Liam Walsh',
    });
    const both = { ...snapshot, trackedEmails: [...snapshot.trackedEmails, theirs] };

    const evaluation = ownCopyEvaluation(facts, settingsWith(), both, {
      activityId: own.activityId,
      trackedBy: 'user',
    });
    expect(evaluation).toMatchObject({ verdict: 'tracked', reason: 'Duplicate' });
    expect(evaluation.existing?.activityId).toBe(theirs.activityId);
    expect(evaluation.sentence).toBe(
      'Tracked by hand. Another copy of this message is already tracked in CRM by Liam Walsh, ' +
        'regarding the opportunity Contoso 500 licences.',
    );
  });

  it('leaves out only the given activity, matching its id in any letter case', () => {
    const { own, snapshot } = trackedReply({ inReplyTo: true });
    const rest = withoutActivity(snapshot, own.activityId.toUpperCase());
    expect(rest.trackedEmails.map((email) => email.activityId)).not.toContain(own.activityId);
    expect(rest.trackedEmails).toHaveLength(snapshot.trackedEmails.length - 1);
    expect(rest.records).toBe(snapshot.records);
  });
});

describe('a copy tracked elsewhere', () => {
  it.each([
    [BOB_ID, 'Bob Fabrikam', 'by you, from another item or device'],
    [OTHER_USER_ID, 'Liam Walsh', 'by Liam Walsh'],
    [OTHER_USER_ID, null, 'by another user'],
  ])('owner %s (%s) reads "%s"', (ownerId, ownerName, who) => {
    const existing = makeTracked({ ownerId, ownerName, regarding: null });
    expect(copyElsewhereSentence(existing, BOB_ID)).toBe(
      `Another copy of this message is already tracked in CRM ${who}.`,
    );
  });
});
