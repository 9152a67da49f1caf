import { collectSnapshot } from '../domain/snapshot';
import { evaluateMessage } from '../domain/verdict';
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
  evaluation: Evaluation;
  tracked: TrackedInfo | null;
}

/** Asks the CRM about the message's parties and tracked copies, then applies the rules. */
export async function evaluateShownMessage(options: {
  message: ShownMessage;
  settings: TrackingSettings;
  client: CrmClient;
  log: DiagnosticsLog;
  /** An activity just created or changed for this item, in case the rules cannot see it yet. */
  knownActivityId?: string;
}): Promise<EvaluatedMessage> {
  const { message, settings, client } = options;
  const snapshot = await collectSnapshot(message.facts, settings, client);
  const evaluation = evaluateMessage(message.facts, settings, snapshot);

  const tracked = await findTrackedEmail(evaluation, options);
  const info = tracked && trackedInfo(tracked, snapshot.currentUser.id);
  return { message, snapshot, evaluation, tracked: info };
}

/** The suggestion without how it was found: the record to use as regarding. */
export function suggestionRecord(suggestion: RegardingSuggestion | null): RecordRef | null {
  return suggestion ? { table: suggestion.table, id: suggestion.id, name: suggestion.name } : null;
}

async function findTrackedEmail(
  evaluation: Evaluation,
  options: {
    message: ShownMessage;
    client: CrmClient;
    log: DiagnosticsLog;
    knownActivityId?: string;
  },
): Promise<TrackedEmail | null> {
  if (evaluation.verdict === 'tracked' && evaluation.existing) {
    return evaluation.existing;
  }

  // The id stored on the item (or just created) may name an activity the rules' query missed.
  const activityId = options.knownActivityId ?? options.message.facts.trackedActivityId;
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
