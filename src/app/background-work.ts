import type { RecordRef } from '../domain/crm-records';
import type { TrackingSettings } from '../domain/settings-model';
import { suggestionRecord, type EvaluatedMessage } from './shown-message-evaluation';

/**
 * Background tracking (spec §5): whether the shown message is to be tracked without a click,
 * and regarding what. Null: leave it to the user.
 */
export function backgroundTrackPlan(
  shown: EvaluatedMessage,
  settings: TrackingSettings,
): { regarding: RecordRef | null } | null {
  if (!settings.client.backgroundTrack || shown.evaluation.verdict !== 'track' || shown.tracked) {
    return null;
  }
  // What the user untracked stays untracked (the mark on the item outlives this pane).
  if (shown.message.untrackedByUser) {
    return null;
  }

  // With OverrideTrackInCrmBehaviour the user must choose a regarding, so only correlated
  // mail (which brings its regarding) can be tracked without asking.
  const regarding = suggestionRecord(shown.evaluation.regarding);
  if (!regarding && settings.orgdborgsettings.OverrideTrackInCrmBehaviour === 1) {
    return null;
  }
  return { regarding };
}

/**
 * Automatic tagging (client.autoTagging): a message tracked elsewhere (another copy, another
 * device) whose item does not carry the activity id yet is to be marked as tracked here too.
 */
export function needsAutomaticTag(shown: EvaluatedMessage, settings: TrackingSettings): boolean {
  const tracked = shown.tracked;
  return (
    settings.client.autoTagging &&
    tracked !== null &&
    shown.message.facts.trackedActivityId !== tracked.activityId
  );
}
