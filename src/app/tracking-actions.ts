import { collectSnapshot } from '../domain/snapshot';
import { evaluateMessage } from '../domain/verdict';
import { buildEmailActivityDraft, planSenderRecord } from '../domain/activity-builder';
import { TRACKED_CATEGORY } from '../domain/tracking-category';
import { isTrackerError } from '../domain/errors';
import type { CrmClient } from '../crm/crm-client';
import type { CrmUser, RecordRef } from '../domain/crm-records';
import type { EmailActivityDraft } from '../domain/activity-draft';
import type { TrackingSettings } from '../domain/settings-model';
import type { OutlookHost, ShownMessage } from '../outlook/outlook-host';
import type { DiagnosticsLog } from './diagnostics-log';
import { errorDetails } from './error-report';

export interface ActionContext {
  host: OutlookHost;
  client: CrmClient;
  settings: TrackingSettings;
  user: CrmUser;
  log: DiagnosticsLog;
}

/** What an action did: the activity concerned and what went wrong without failing it. */
export interface ActionResult {
  activityId: string | null;
  warnings: string[];
}

/**
 * Track in CRM (spec §6): re-reads the CRM so that a copy tracked meanwhile is shown rather than
 * duplicated, creates the sender's record when the options say so and nobody has the address,
 * creates the email activity in one request, then tags the Outlook item.
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
    return { activityId: evaluation.existing.activityId, warnings: [] };
  }

  const senderPlan = planSenderRecord(message.facts, evaluation, settings, snapshot);
  const senderRecord = senderPlan ? await client.createSenderRecord(senderPlan, user.id) : null;

  const draft = buildEmailActivityDraft(message.facts, evaluation, {
    regarding,
    bodyHtml: message.bodyHtml,
    organization: settings.organization,
  });
  const activityId = await client.createEmail(withSender(draft, senderRecord));

  const warnings = await tagItem(context, message.itemId, activityId);
  return { activityId, warnings };
}

/** Changes the regarding record of the tracked activity. */
export async function changeRegarding(
  context: ActionContext,
  activityId: string,
  regarding: RecordRef,
): Promise<ActionResult> {
  await context.client.setRegarding(activityId, regarding);
  return { activityId, warnings: [] };
}

/** Untrack: deletes the activity (already gone counts as done), then untags the item. */
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

  const warnings = await untagItem(context, message.itemId);
  return { activityId: null, warnings };
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

/** Tagging never fails tracking: each failure becomes a warning and a diagnostics entry. */
export async function tagItem(
  context: ActionContext,
  itemId: string,
  activityId: string,
): Promise<string[]> {
  const warnings: string[] = [];
  await attempt(context, warnings, 'The tracked activity could not be noted on the message.', () =>
    context.host.saveTrackedActivityId(itemId, activityId),
  );

  if (categoriesWanted(context)) {
    await attempt(context, warnings, `The category "${TRACKED_CATEGORY}" could not be set.`, () =>
      context.host.addCategory(itemId, TRACKED_CATEGORY),
    );
  }
  return warnings;
}

async function untagItem(context: ActionContext, itemId: string): Promise<string[]> {
  const warnings: string[] = [];
  await attempt(
    context,
    warnings,
    'The tracked activity could not be cleared from the message.',
    () => context.host.saveTrackedActivityId(itemId, null),
  );

  if (categoriesWanted(context)) {
    await attempt(
      context,
      warnings,
      `The category "${TRACKED_CATEGORY}" could not be removed.`,
      () => context.host.removeCategory(itemId, TRACKED_CATEGORY),
    );
  }
  return warnings;
}

async function attempt(
  context: ActionContext,
  warnings: string[],
  sentence: string,
  call: () => Promise<void>,
): Promise<void> {
  try {
    await call();
  } catch (error) {
    warnings.push(sentence);
    context.log.warn(sentence, errorDetails(error));
  }
}
