import { isSmtpAddress } from './address';
import type { CrmSnapshot } from './crm-lookups';
import type { TrackedEmail } from './crm-records';
import type { PartyResolution } from './evaluation';
import type { MessageFacts } from './message-facts';
import { normalizeMessageId } from './message-id';
import { sameRecordId } from './record-id';
import { isResolvable } from './resolution';
import type { SentenceDetail } from './sentences';
import type { FilteringMethod, TrackingSettings } from './settings-model';

/** Step 0: the tracked activity that makes this message a duplicate, if any. */
export function findDuplicate(
  facts: MessageFacts,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): TrackedEmail | null {
  const tracked = snapshot.trackedEmails;

  // The same Outlook item is never tracked twice, whatever AllowPromoteDuplicates says.
  if (facts.trackedActivityId) {
    const same = tracked.find((email) => sameRecordId(email.activityId, facts.trackedActivityId));
    if (same) return same;
  }
  if (!facts.messageId) return null;

  const copies = tracked.filter(
    (email) =>
      email.direction === facts.direction &&
      normalizeMessageId(email.messageId) === facts.messageId,
  );
  // Decision: AllowPromoteDuplicates lets another user's copy be tracked again; the current
  // user's own copy is the same message in the same mailbox, so it stays a duplicate.
  const blocking = settings.orgdborgsettings.AllowPromoteDuplicates
    ? copies.filter((email) => sameRecordId(email.ownerId, snapshot.currentUser.id))
    : copies;
  return blocking[0] ?? null;
}

/** Step 1: who turned automatic tracking off, or null when it is on. */
export function autoTrackOffBy(settings: TrackingSettings): 'you' | 'organization' | 'both' | null {
  const you = !settings.client.backgroundTrack;
  const organization =
    settings.organization.tagmaxaggressivecycles <= 0 ||
    settings.orgdborgsettings.DoNotAutoTrackEmail;
  if (you && organization) return 'both';
  if (you) return 'you';
  return organization ? 'organization' : null;
}

/** Step 2: received mail in the Inbox, and sent items only with AutoTrackSentFolderItems. */
export function inScope(facts: MessageFacts, settings: TrackingSettings): boolean {
  if (facts.folder === 'inbox') return true;
  return facts.folder === 'sent' && settings.orgdborgsettings.AutoTrackSentFolderItems;
}

/** Step 3: why the sender cannot be checked, or null when it can. */
export function senderProblem(
  facts: MessageFacts,
): Extract<SentenceDetail, { reason: 'InvalidSender' }> | null {
  if (facts.from.length === 0 || facts.from[0].address.trim() === '') {
    return { reason: 'InvalidSender', problem: 'missing', detail: '' };
  }
  if (facts.from.length > 1) {
    return { reason: 'InvalidSender', problem: 'several', detail: String(facts.from.length) };
  }
  const address = facts.from[0].address.trim();
  if (!isSmtpAddress(address))
    return { reason: 'InvalidSender', problem: 'not-smtp', detail: address };
  return null;
}

/**
 * Step 5: the received copy of mail from a CRM user is rejected when the organization ignores
 * internal email, and, with the enhancement, only once the sent copy is tracked.
 */
export function isInternalReject(
  facts: MessageFacts,
  sender: PartyResolution | undefined,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): boolean {
  if (!settings.organization.ignoreinternalemail) return false;
  // Only the received copy is ever rejected; the sent copy is the one that is kept.
  if (facts.direction !== 'incoming' || !sender) return false;

  const fromUser = sender.candidates.some(
    (record) => record.table === 'systemuser' && isResolvable(record, settings),
  );
  if (!fromUser) return false;
  if (!settings.orgdborgsettings.IgnoreInternalEmailDetectionEnhancement) return true;

  return (
    facts.messageId !== null &&
    snapshot.trackedEmails.some(
      (email) =>
        email.direction === 'outgoing' && normalizeMessageId(email.messageId) === facts.messageId,
    )
  );
}

/** SSSForceFilteringMethodForUserMailboxes when ≥ 0, else the user's option. */
export function effectiveFilteringMethod(settings: TrackingSettings): {
  method: FilteringMethod;
  forced: boolean;
} {
  const forced = settings.orgdborgsettings.SSSForceFilteringMethodForUserMailboxes;
  if (forced >= 0) return { method: forced as FilteringMethod, forced: true };
  return { method: settings.usersettings.incomingemailfilteringmethod, forced: false };
}
