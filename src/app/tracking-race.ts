import { isTrackerError } from '../domain/errors';
import type { TrackedEmail } from '../domain/crm-records';
import type { MessageFacts } from '../domain/message-facts';
import { sameRecordId } from '../domain/record-id';
import { findDuplicate } from '../domain/verdict-steps';
import { errorDetails } from './error-report';
import type { ActionContext } from './tracking-actions';

export const RACE_LOST_NOTE =
  'Another pane tracked this message at the same time; kept the earlier activity';

/**
 * Two panes of the same mailbox (tabs, devices, background tracking in both) can each find the
 * message untracked and each create an activity: the CRM accepts duplicate Message-IDs. After
 * creating, look again with the rule of §5 step 0; when an earlier blocking copy exists, delete
 * the one just created and return the earlier one. Every pane orders the copies the same way
 * (createdon, then activity id), so exactly one survives. Returns the activity to tag the item
 * with. A failed re-check or delete keeps the created one: the message is tracked either way.
 */
export async function keepEarliestCopy(
  context: Pick<ActionContext, 'client' | 'settings' | 'user' | 'log'>,
  facts: MessageFacts,
  createdId: string,
): Promise<string> {
  // Without a Message-ID nothing matches across panes; the item's activity id guards this pane.
  const messageId = facts.messageId;
  if (!messageId) return createdId;

  const { client, log } = context;
  let copies: TrackedEmail[];
  try {
    copies = await client.findTrackedEmails({
      messageIds: [messageId],
      tokens: [],
      activityIds: [],
    });
  } catch (error) {
    log.warn('Could not check whether another pane tracked this message too.', errorDetails(error));
    return createdId;
  }

  const earliest = earliestBlockingCopy(context, facts, copies);
  if (!earliest || sameRecordId(earliest.activityId, createdId)) return createdId;

  try {
    await client.deleteEmail(createdId);
  } catch (error) {
    // Already gone counts as deleted; anything else leaves both copies rather than none.
    if (!isTrackerError(error) || error.code !== 'CrmNotFound') {
      log.warn(
        'Another pane tracked this message at the same time; the extra activity could not be deleted.',
        `kept ${createdId}, earlier ${earliest.activityId}; ${errorDetails(error)}`,
      );
      return createdId;
    }
  }

  log.warn(`${RACE_LOST_NOTE}.`, `kept ${earliest.activityId}, deleted ${createdId}`);
  return earliest.activityId;
}

/** The first copy, in the order every pane agrees on, that §5 step 0 calls a duplicate. */
function earliestBlockingCopy(
  context: Pick<ActionContext, 'settings' | 'user'>,
  facts: MessageFacts,
  copies: readonly TrackedEmail[],
): TrackedEmail | null {
  // findDuplicate returns the first blocking copy in snapshot order; the item's own activity id
  // is left out, since only the Message-ID rule is shared between panes.
  const snapshot = {
    currentUser: context.user,
    records: [],
    trackedEmails: [...copies].sort(creationOrder),
  };
  return findDuplicate({ ...facts, trackedActivityId: null }, context.settings, snapshot);
}

function creationOrder(a: TrackedEmail, b: TrackedEmail): number {
  const byTime = createdTime(a) - createdTime(b);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  const idA = a.activityId.toLowerCase();
  const idB = b.activityId.toLowerCase();
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

function createdTime(email: TrackedEmail): number {
  const time = Date.parse(email.createdOn);
  // An unknown creation time sorts last: a copy with a known time is surely earlier.
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}
