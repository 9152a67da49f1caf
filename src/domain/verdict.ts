import { correlate, suggestionFrom } from './correlation';
import type { CrmSnapshot } from './crm-lookups';
import type { TrackedEmail } from './crm-records';
import type { Evaluation, PartyResolution, Verdict } from './evaluation';
import { isForward, isReplyOrForward } from './facts';
import type { MessageFacts } from './message-facts';
import { sameRecordId } from './record-id';
import { isResolvable, resolveParties } from './resolution';
import { userSentence, type SentenceDetail } from './sentences';
import type { TrackingSettings } from './settings-model';
import {
  autoTrackOffBy,
  effectiveFilteringMethod,
  findDuplicate,
  inScope,
  isInternalReject,
  senderProblem,
} from './verdict-steps';

const SENDER_MATCH_TABLES_METHOD_2 = new Set(['contact', 'account', 'lead']);

/**
 * Decides whether a message is tracked automatically (spec §5): the steps 0 to 10 in order, the
 * first verdict wins. Pure: everything the CRM knows comes in the snapshot.
 */
export function evaluateMessage(
  facts: MessageFacts,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): Evaluation {
  const { parties, senderConflict } = resolveParties(facts, settings, snapshot);
  const sender = parties.find((party) => party.role === 'from');
  const base = { parties, senderConflict, regarding: null, existing: null };
  const verdict = (kind: Verdict, detail: SentenceDetail): Evaluation => ({
    ...base,
    verdict: kind,
    reason: detail.reason,
    sentence: userSentence(detail),
  });

  const existing = findDuplicate(facts, settings, snapshot);
  if (existing) return duplicateOf(existing, base, snapshot);

  const offBy = autoTrackOffBy(settings);
  if (offBy) return verdict('skip', { reason: 'AutoTrackOff', by: offBy });

  if (!inScope(facts, settings))
    return verdict('skip', { reason: 'NotInScope', folder: facts.folder });

  const problem = senderProblem(facts);
  if (problem) return verdict('skip', problem);

  const replyForwardOff =
    settings.orgdborgsettings.ClientDisableTrackingForReplyForwardEmails === 1;
  if (replyForwardOff && isReplyOrForward(facts)) {
    return verdict('skip', { reason: 'ReplyForwardDisabled' });
  }

  if (isInternalReject(facts, sender, settings, snapshot)) {
    return verdict('skip', { reason: 'InternalEmailReject', senderName: senderLabel(sender) });
  }

  const { method, forced } = effectiveFilteringMethod(settings);
  if (method === 4) return verdict('skip', { reason: 'FilteredOut', method, forced });

  if (senderConflict && settings.orgdborgsettings.OverrideV5SenderConflictResolution) {
    return verdict('skip', { reason: 'SenderConflict', count: conflictCount(sender, settings) });
  }

  // From here on the regarding suggestion is offered whatever the filtering method.
  const match = correlate(facts, settings, snapshot);
  const suggested = (kind: Verdict, detail: SentenceDetail): Evaluation => ({
    ...verdict(kind, detail),
    regarding: match?.suggestion ?? null,
  });

  if (method === 1) {
    return match
      ? suggested('track', {
          reason: 'CorrelationMatch',
          via: match.via,
          regarding: match.suggestion,
          forward: isForward(facts),
        })
      : suggested('skip', { reason: 'NoCorrelationMatch' });
  }

  if (method === 2 || method === 3) {
    const record = sender?.resolved[0];
    const accepted = record && (method === 3 || SENDER_MATCH_TABLES_METHOD_2.has(record.table));
    return record && accepted
      ? suggested('track', { reason: 'SenderMatch', record })
      : suggested('skip', { reason: 'FilteredOut', method, forced });
  }

  return suggested('track', { reason: 'AcceptAll', forced });
}

function duplicateOf(
  existing: TrackedEmail,
  base: Pick<Evaluation, 'parties' | 'senderConflict'>,
  snapshot: CrmSnapshot,
): Evaluation {
  const regarding = existing.regarding;
  return {
    ...base,
    verdict: 'tracked',
    reason: 'Duplicate',
    sentence: userSentence({
      reason: 'Duplicate',
      regarding,
      ownerName: existing.ownerName,
      mine: sameRecordId(existing.ownerId, snapshot.currentUser.id),
    }),
    regarding: regarding ? suggestionFrom(regarding, existing.activityId, 'existing') : null,
    existing,
  };
}

function senderLabel(sender: PartyResolution | undefined): string {
  if (!sender) return 'the sender';
  return sender.resolved[0]?.name ?? (sender.name || sender.address);
}

function conflictCount(sender: PartyResolution | undefined, settings: TrackingSettings): number {
  return sender?.candidates.filter((record) => isResolvable(record, settings)).length ?? 0;
}
