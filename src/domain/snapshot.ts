import { addressKey, isSmtpAddress, normalizeAddress } from './address';
import type { CrmLookups, CrmSnapshot } from './crm-lookups';
import type { MessageFacts } from './message-facts';
import type { TrackingSettings } from './settings-model';
import { threadIndexRoot } from './thread-index';
import { findTrackingTokens } from './tracking-token';

/**
 * Asks the CRM everything the rules need about one message: who the user is, the records of
 * every SMTP address, and the tracked emails its ids, tokens and Thread-Index root point to.
 * The questions run concurrently, one request each; a question with nothing to ask is not sent.
 */
export async function collectSnapshot(
  facts: MessageFacts,
  settings: TrackingSettings,
  lookups: CrmLookups,
): Promise<CrmSnapshot> {
  const addresses = snapshotAddresses(facts);
  const query = trackedEmailQuery(facts, settings);
  const anyTracked = Object.values(query).some((keys) => keys.length > 0);

  const [currentUser, records, trackedEmails] = await Promise.all([
    lookups.whoAmI(),
    addresses.length > 0 ? lookups.findRecordsByAddresses(addresses) : Promise.resolve([]),
    anyTracked ? lookups.findTrackedEmails(query) : Promise.resolve([]),
  ]);
  return { currentUser, records, trackedEmails };
}

/** Every SMTP address of the message, normalized, once each whatever its letter case. */
export function snapshotAddresses(facts: MessageFacts): string[] {
  const byKey = new Map<string, string>();
  for (const mailbox of [...facts.from, ...facts.to, ...facts.cc, ...facts.bcc]) {
    const address = mailbox.address.trim();
    if (isSmtpAddress(address) && !byKey.has(addressKey(address))) {
      byKey.set(addressKey(address), normalizeAddress(address));
    }
  }
  return [...byKey.values()];
}

/** The ids, tokens and root that find duplicates (§5 step 0) and correlated emails (§3). */
export function trackedEmailQuery(
  facts: MessageFacts,
  settings: TrackingSettings,
): { messageIds: string[]; tokens: string[]; activityIds: string[]; threadIndexRoots: string[] } {
  const correlation = settings.organization.emailcorrelationenabled;
  const headers =
    correlation && !settings.orgdborgsettings.IgnoreConversationIndexAndInReplyToForCorrelation;

  const messageIds = [
    ...(facts.messageId ? [facts.messageId] : []),
    ...(headers && facts.inReplyTo ? [facts.inReplyTo] : []),
    ...(headers ? facts.references : []),
  ];
  const tokens = correlation ? findTrackingTokens(facts.subject, settings.organization) : [];
  const activityIds = facts.trackedActivityId ? [facts.trackedActivityId] : [];
  // Step 3 is skipped with the same setting as the headers (spec §3).
  const root = headers ? threadIndexRoot(facts.threadIndex) : null;

  return {
    messageIds: [...new Set(messageIds)],
    tokens: [...new Set(tokens)],
    activityIds,
    threadIndexRoots: root === null ? [] : [root],
  };
}
