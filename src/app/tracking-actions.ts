import { collectSnapshot } from '../domain/snapshot';
import { evaluateMessage } from '../domain/verdict';
import { buildEmailActivityDraft, planSenderRecord } from '../domain/activity-builder';
import { TRACKED_CATEGORY } from '../domain/tracking-category';
import { isTrackerError } from '../domain/errors';
import type { CrmClient } from '../crm/crm-client';
import type { CrmUser, RecordRef } from '../domain/crm-records';
import type { EmailActivityDraft } from '../domain/activity-draft';
import type { TrackingSettings } from '../domain/settings-model';
import type { OutlookHost, ShownMessage, TrackingNote } from '../outlook/outlook-host';
import type { CrmConnection } from './crm-connection';
import type { DiagnosticsLog } from './diagnostics-log';
import { errorDetails } from './error-report';
import { keepEarliestCopy } from './tracking-race';

export interface ActionContext {
  host: OutlookHost;
  client: CrmClient;
  settings: TrackingSettings;
  user: CrmUser;
  log: DiagnosticsLog;
}

/** The context of the actions over a CRM connection. */
export function actionContextFor(
  connection: CrmConnection,
  host: OutlookHost,
  log: DiagnosticsLog,
): ActionContext {
  const { client, loaded, user } = connection;
  return { host, client, settings: loaded.settings, user, log };
}

/** What an action did: the activity concerned and what went wrong without failing it. */
export interface ActionResult {
  activityId: string | null;
  warnings: string[];
  /**
   * The note the item still needs: Office.js writes only to the selected item, and the user
   * selected another one before the action could tag this one. Null: nothing left to write.
   */
  pendingNote: TrackingNote | null;
}

/** What tagging did: its warnings, and whether the item was no longer the selected one. */
export interface TagResult {
  warnings: string[];
  itemLeft: boolean;
}

/**
 * Track in CRM (spec §6): re-reads the CRM so that a copy tracked meanwhile is shown rather than
 * duplicated, creates the sender's record when the options say so and nobody has the address,
 * creates the email activity in one request, keeps the earlier copy when another pane created one
 * at the same moment, then tags the Outlook item.
 */
export async function trackMessage(
  context: ActionContext,
  message: ShownMessage,
  regarding: RecordRef | null,
): Promise<ActionResult> {
  const { client, settings, user } = context;
  const snapshot = await collectSnapshot(message.facts, settings, client);
  const evaluation = evaluateMessage(message.facts, settings, snapshot);
  if (evaluation.verdict === 'tracked' && evaluation.existing) {
    return { activityId: evaluation.existing.activityId, warnings: [], pendingNote: null };
  }

  const senderPlan = planSenderRecord(message.facts, evaluation, settings, snapshot);
  const senderRecord = senderPlan ? await client.createSenderRecord(senderPlan, user.id) : null;

  const draft = buildEmailActivityDraft(message.facts, evaluation, {
    regarding,
    bodyHtml: message.bodyHtml,
    organization: settings.organization,
  });
  const created = await client.createEmail(withSender(draft, senderRecord));
  // Another pane may have created one at the same moment: exactly one of them is kept.
  const activityId = await keepEarliestCopy(context, message.facts, created);

  // A manual Track also lifts an earlier Untrack's mark.
  const note: TrackingNote = { activityId, untrackedByUser: false, origin: 'tracked' };
  return withTagging(activityId, note, await tagItem(context, message.itemId, note));
}

/** Changes the regarding record of the tracked activity. */
export async function changeRegarding(
  context: ActionContext,
  activityId: string,
  regarding: RecordRef,
): Promise<ActionResult> {
  await context.client.setRegarding(activityId, regarding);
  return { activityId, warnings: [], pendingNote: null };
}

/**
 * Untrack: deletes the activity (already gone counts as done), then untags the item and marks it
 * untracked by the user, so that background tracking never tracks it again.
 */
export async function untrackMessage(
  context: ActionContext,
  message: ShownMessage,
  activityId: string,
): Promise<ActionResult> {
  try {
    await context.client.deleteEmail(activityId);
  } catch (error) {
    if (!isTrackerError(error) || error.code !== 'CrmNotFound') {
      throw error;
    }
  }

  const note: TrackingNote = { activityId: null, untrackedByUser: true };
  return withTagging(null, note, await tagItem(context, message.itemId, note));
}

function withTagging(
  activityId: string | null,
  note: TrackingNote,
  tagging: TagResult,
): ActionResult {
  return {
    activityId,
    warnings: tagging.warnings,
    pendingNote: tagging.itemLeft ? note : null,
  };
}

/** The new sender record replaces the unresolved From party. */
function withSender(draft: EmailActivityDraft, sender: RecordRef | null): EmailActivityDraft {
  if (!sender) {
    return draft;
  }
  const parties = draft.parties.map((party) =>
    party.participationtypemask === 1 && party.party === null ? { ...party, party: sender } : party,
  );
  return { ...draft, parties };
}

function categoriesWanted(context: ActionContext): boolean {
  return (
    context.settings.orgdborgsettings.TrackCategorizedItems &&
    context.host.info().supportsCategories
  );
}

/**
 * Writes the note and the category on the item (with an activity: adds it; without: removes it).
 * Tagging never fails tracking: each failure becomes a warning and a diagnostics entry; when the
 * item is no longer the selected one nothing is written and itemLeft says to try again later.
 */
export async function tagItem(
  context: ActionContext,
  itemId: string,
  note: TrackingNote,
): Promise<TagResult> {
  const warnings: string[] = [];
  const tracked = note.activityId !== null;
  const noteProblem = await attempt(
    context,
    warnings,
    tracked
      ? 'The tracked activity could not be noted on the message.'
      : 'The tracked activity could not be cleared from the message.',
    () => context.host.saveTrackingNote(itemId, note),
  );
  if (isItemLeft(noteProblem)) {
    return { warnings, itemLeft: true };
  }

  if (categoriesWanted(context)) {
    const categoryProblem = await attempt(
      context,
      warnings,
      tracked
        ? `The category "${TRACKED_CATEGORY}" could not be set.`
        : `The category "${TRACKED_CATEGORY}" could not be removed.`,
      () =>
        tracked
          ? context.host.addCategory(itemId, TRACKED_CATEGORY)
          : context.host.removeCategory(itemId, TRACKED_CATEGORY),
    );
    if (isItemLeft(categoryProblem)) {
      return { warnings, itemLeft: true };
    }
  }
  return { warnings, itemLeft: false };
}

/** Office.js acts only on the selected item: these failures mean "not now", not "never". */
function isItemLeft(error: unknown): boolean {
  return isTrackerError(error) && (error.code === 'ItemChanged' || error.code === 'NoItem');
}

/** Runs one tagging call; a failure is logged and, unless the item was left, a warning. */
async function attempt(
  context: ActionContext,
  warnings: string[],
  sentence: string,
  call: () => Promise<void>,
): Promise<unknown> {
  try {
    await call();
    return null;
  } catch (error) {
    context.log.warn(sentence, errorDetails(error));
    if (!isItemLeft(error)) {
      warnings.push(sentence);
    }
    return error;
  }
}
