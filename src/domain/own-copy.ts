import type { CrmSnapshot } from './crm-lookups';
import type { TrackedEmail } from './crm-records';
import type { Evaluation } from './evaluation';
import type { MessageFacts } from './message-facts';
import { tableLabel } from './record-labels';
import { sameRecordId } from './record-id';
import type { TrackingSettings } from './settings-model';
import { evaluateMessage } from './verdict';
import { isForward } from './facts';
import { userSentence } from './sentences';

/** How the message came to be tracked from this item, as far as the pane knows. */
export type TrackedBy = 'automatic' | 'user' | 'unknown';

/** The snapshot as if the activity did not exist. */
export function withoutActivity(snapshot: CrmSnapshot, activityId: string): CrmSnapshot {
  return {
    ...snapshot,
    trackedEmails: snapshot.trackedEmails.filter(
      (email) => !sameRecordId(email.activityId, activityId),
    ),
  };
}

/**
 * What the rules say about a message tracked from this item: the same facts and settings, the
 * snapshot without its own activity (which would otherwise make every tracked message a
 * Duplicate of itself). The sentence says how it was tracked and what the rules alone would do;
 * the verdict, reason and regarding suggestion are the rules' own.
 */
export function ownCopyEvaluation(
  facts: MessageFacts,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
  own: { activityId: string; trackedBy: TrackedBy },
): Evaluation {
  const rules = evaluateMessage(facts, settings, withoutActivity(snapshot, own.activityId));
  // The pane names the tracked activity's regarding already: the reason need not repeat it.
  const reason =
    rules.reason === 'CorrelationMatch' && rules.regarding
      ? userSentence({
          reason: 'CorrelationMatch',
          via: rules.regarding.via,
          regarding: null,
          forward: isForward(facts),
        })
      : rules.sentence;
  const sentence = ownCopySentence(
    { ...rules, sentence: reason },
    own.trackedBy,
    snapshot.currentUser.id,
  );
  return { ...rules, sentence };
}

/** "Tracked automatically: a reply to tracked mail." */
export function ownCopySentence(
  rules: Pick<Evaluation, 'verdict' | 'sentence' | 'existing'>,
  trackedBy: TrackedBy,
  currentUserId: string,
): string {
  if (rules.verdict === 'tracked' && rules.existing) {
    const lead = {
      automatic: 'Tracked automatically',
      user: 'Tracked by hand',
      unknown: 'Tracked',
    };
    return `${lead[trackedBy]}. ${copyElsewhereSentence(rules.existing, currentUserId)}`;
  }

  const why = lowerFirst(rules.sentence);
  if (rules.verdict === 'track') {
    if (trackedBy === 'automatic') return `Tracked automatically: ${why}`;
    if (trackedBy === 'user') return `Tracked by hand; the rules would track it too: ${why}`;
    return `Tracked; the rules would also track it automatically: ${why}`;
  }
  if (trackedBy === 'automatic') {
    return `Tracked automatically; the rules would no longer track it: ${why}`;
  }
  if (trackedBy === 'user') return `Tracked by hand; the rules alone would not track it: ${why}`;
  return `Tracked, though the rules alone would not track it: ${why}`;
}

/** A Duplicate that is not this item's own activity: a copy tracked from another item or user. */
export function copyElsewhereSentence(
  existing: TrackedEmail,
  currentUserId: string,
  /** False where the regarding record is named already (the pane's status line). */
  options: { withRegarding: boolean } = { withRegarding: true },
): string {
  const mine = sameRecordId(existing.ownerId, currentUserId);
  const who = mine
    ? 'by you, from another item or device'
    : existing.ownerName
      ? `by ${existing.ownerName}`
      : 'by another user';
  const about =
    options.withRegarding && existing.regarding
      ? `, regarding the ${tableLabel(existing.regarding.table)} ${existing.regarding.name}`
      : '';
  return `Another copy of this message is already tracked in CRM ${who}${about}.`;
}

/** "A reply to ..." → "a reply to ...", but "CRM records ..." stays as written. */
function lowerFirst(sentence: string): string {
  const [first, second] = sentence;
  if (!first || (second !== undefined && second !== second.toLowerCase())) return sentence;
  return first.toLowerCase() + sentence.slice(1);
}
