import { TrackerError } from '../domain/errors';
import type { RecordRef } from '../domain/crm-records';
import { suggestionRecord, type EvaluatedMessage } from './shown-message-evaluation';
import {
  changeRegarding,
  trackMessage,
  untrackMessage,
  type ActionContext,
  type ActionResult,
} from './tracking-actions';

/** What one user action does to the shown message, once the controller lets it run. */
export type ActionBody = (context: ActionContext, shown: EvaluatedMessage) => Promise<ActionResult>;

/**
 * Track in CRM: regarding the chosen record, else the correlation's suggestion. With
 * OverrideTrackInCrmBehaviour = 1 a regarding is required.
 */
export function trackShown(regarding?: RecordRef): ActionBody {
  return (context, shown) => {
    // The same Outlook item is never tracked twice, whatever the CRM's query can see.
    if (shown.tracked) {
      return Promise.resolve({
        activityId: shown.tracked.activityId,
        warnings: [],
        pendingNote: null,
      });
    }
    const chosen = regarding ?? suggestionRecord(shown.evaluation.regarding);
    if (!chosen && context.settings.orgdborgsettings.OverrideTrackInCrmBehaviour === 1) {
      throw new TrackerError('RegardingRequired', 'Choose a regarding record to track this.');
    }
    return trackMessage(context, shown.message, chosen);
  };
}

/** Background tracking: regarding what the plan says, suggestion or none. */
export function trackShownInBackground(regarding: RecordRef | null): ActionBody {
  return (context, shown) => trackMessage(context, shown.message, regarding);
}

/** Set Regarding on a tracked message: the same activity, another regarding record. */
export function changeShownRegarding(activityId: string, record: RecordRef): ActionBody {
  return (context) => changeRegarding(context, activityId, record);
}

/** Untrack: only the activity's owner may delete it. */
export function untrackShown(): ActionBody {
  return (context, shown) => {
    if (!shown.tracked) {
      throw new TrackerError('NotTracked', 'This message is not tracked.');
    }
    if (!shown.tracked.mine) {
      // Another user's activity: deleting it would untrack their copy too.
      const owner = shown.tracked.byName ?? 'another user';
      throw new TrackerError('CrmRejected', `Only ${owner}, who tracked it, can untrack it.`);
    }
    return untrackMessage(context, shown.message, shown.tracked.activityId);
  };
}
