import { collectSnapshot } from '../domain/snapshot';
import { evaluateMessage } from '../domain/verdict';
import { copyElsewhereSentence, ownCopyEvaluation, type TrackedBy } from '../domain/own-copy';
import { isTrackerError } from '../domain/errors';
import { sameRecordId } from '../domain/record-id';
import type { CrmClient } from '../crm/crm-client';
import type { CrmSnapshot } from '../domain/crm-lookups';
import type { RecordRef, TrackedEmail } from '../domain/crm-records';
import type { Evaluation, RegardingSuggestion } from '../domain/evaluation';
import type { TrackingSettings } from '../domain/settings-model';
import type { ShownMessage } from '../outlook/outlook-host';
import type { DiagnosticsLog } from './diagnostics-log';
import type { TrackedInfo } from './pane-state';

/** The shown message with what the CRM knows about it and the rules' verdict. */
export interface EvaluatedMessage {
  message: ShownMessage;
  snapshot: CrmSnapshot;
  /** For a message tracked from this item: what the rules say about it without its activity. */
  evaluation: Evaluation;
  tracked: TrackedInfo | null;
  /** The activity is this item's own (stored on it or just created) and the user's. */
  ownCopy: boolean;
}

/** Asks the CRM about the message's parties and tracked copies, then applies the rules. */
export async function evaluateShownMessage(options: {
  message: ShownMessage;
  settings: TrackingSettings;
  client: CrmClient;
  log: DiagnosticsLog;
  /** An activity just created or changed for this item, in case the rules cannot see it yet. */
  knownActivityId?: string;
  /** How this pane tracked the item, when it did. */
  trackedBy?: TrackedBy;
}): Promise<EvaluatedMessage> {
  const { message, settings, client } = options;
  const facts = message.facts;
  const snapshot = await collectSnapshot(facts, settings, client);
  const evaluation = evaluateMessage(facts, settings, snapshot);

  const tracked = await findTrackedEmail(evaluation, snapshot, options);
  const info = tracked && trackedInfo(tracked, snapshot.currentUser.id);
  const ownId = options.knownActivityId ?? facts.trackedActivityId;

  // Tagged because a copy was tracked elsewhere: the item names the activity but is not its source.
  const tagged =
    message.trackingOrigin === 'tagged' && sameRecordId(ownId, facts.trackedActivityId);

  // Tracked from this item: the verdict explains the message, not that it is a copy of itself.
  if (info && info.mine && !tagged && sameRecordId(info.activityId, ownId)) {
    const own = { activityId: info.activityId, trackedBy: options.trackedBy ?? 'unknown' };
    const rules = ownCopyEvaluation(facts, settings, snapshot, own);
    return { message, snapshot, evaluation: rules, tracked: info, ownCopy: true };
  }

  // Another item's or another user's copy: say so rather than "already tracked".
  const shown =
    evaluation.verdict === 'tracked' && evaluation.existing
      ? {
          ...evaluation,
          // The status line names the regarding record; the sentence says who tracked it.
          sentence: copyElsewhereSentence(evaluation.existing, snapshot.currentUser.id, {
            withRegarding: false,
          }),
        }
      : evaluation;
  return { message, snapshot, evaluation: shown, tracked: info, ownCopy: false };
}

/** The suggestion without how it was found: the record to use as regarding. */
export function suggestionRecord(suggestion: RegardingSuggestion | null): RecordRef | null {
  return suggestion ? { table: suggestion.table, id: suggestion.id, name: suggestion.name } : null;
}

async function findTrackedEmail(
  evaluation: Evaluation,
  snapshot: CrmSnapshot,
  options: {
    message: ShownMessage;
    client: CrmClient;
    log: DiagnosticsLog;
    knownActivityId?: string;
  },
): Promise<TrackedEmail | null> {
  // The item's own activity comes first: another user's copy may share its Message-ID.
  const activityId = options.knownActivityId ?? options.message.facts.trackedActivityId;
  const own = snapshot.trackedEmails.find((email) => sameRecordId(email.activityId, activityId));
  if (own) {
    return own;
  }
  if (evaluation.verdict === 'tracked' && evaluation.existing) {
    return evaluation.existing;
  }

  // The id stored on the item (or just created) may name an activity the rules' query missed.
  if (!activityId) {
    return null;
  }

  try {
    return await options.client.getEmail(activityId);
  } catch (error) {
    if (isTrackerError(error) && error.code === 'CrmNotFound') {
      options.log.warn(`The activity ${activityId} stored on this message no longer exists.`);
      return null;
    }
    throw error;
  }
}

function trackedInfo(email: TrackedEmail, currentUserId: string): TrackedInfo {
  return {
    activityId: email.activityId,
    regarding: email.regarding,
    byName: email.ownerName,
    ownerId: email.ownerId,
    mine: sameRecordId(email.ownerId, currentUserId),
    on: email.createdOn || null,
  };
}
