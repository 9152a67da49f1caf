import type { CrmSnapshot } from './crm-lookups';
import type { RecordRef, TrackedEmail } from './crm-records';
import type { CorrelationVia, RegardingSuggestion } from './evaluation';
import { isForward } from './facts';
import type { MessageFacts } from './message-facts';
import { normalizeMessageId } from './message-id';
import type { TrackingSettings } from './settings-model';
import { threadIndexRoot } from './thread-index';
import { findTrackingTokens } from './tracking-token';

/** The tracked email a message belongs to, and how it was found (spec §3). */
export interface CorrelationMatch {
  email: TrackedEmail;
  via: CorrelationVia;
  /** The email's regarding record as the suggestion, or null when it has none. */
  suggestion: RegardingSuggestion | null;
  /** The owner of the tracked email, suggested along with its regarding. */
  owner: { id: string; name: string | null } | null;
}

/** Runs the correlation steps in order; the first hit wins. */
export function correlate(
  facts: MessageFacts,
  settings: TrackingSettings,
  snapshot: Pick<CrmSnapshot, 'trackedEmails'>,
): CorrelationMatch | null {
  if (!settings.organization.emailcorrelationenabled) return null;
  const tracked = snapshot.trackedEmails;

  const byHeaders = headersAllowed(facts, settings) ? correlateByHeaders(facts, tracked) : null;
  if (byHeaders) return byHeaders;

  const byToken = correlateByToken(facts, settings, tracked);
  if (byToken) return byToken;

  const byThread = conversationAllowed(settings) ? correlateByThreadIndex(facts, tracked) : null;
  if (byThread) return byThread;

  // TODO(#2): step 4, smart matching (enablesmartmatching, not DisableSmartMatching).
  return null;
}

/** Step 1 is off with IgnoreConversationIndexAndInReplyToForCorrelation, and for forwards. */
export function headersAllowed(facts: MessageFacts, settings: TrackingSettings): boolean {
  const org = settings.orgdborgsettings;
  if (org.IgnoreConversationIndexAndInReplyToForCorrelation) return false;
  return !(org.DoNotCorrelateForwardedEmailsAsReplies && isForward(facts));
}

/** Step 3 is off with the same OrgDB setting as step 1 (forwards keep it: §1.3 names step 1). */
export function conversationAllowed(settings: TrackingSettings): boolean {
  return !settings.orgdborgsettings.IgnoreConversationIndexAndInReplyToForCorrelation;
}

function correlateByHeaders(
  facts: MessageFacts,
  tracked: readonly TrackedEmail[],
): CorrelationMatch | null {
  const ids: { id: string; via: CorrelationVia }[] = [
    ...(facts.inReplyTo ? [{ id: facts.inReplyTo, via: 'in-reply-to' as const }] : []),
    ...facts.references.map((id) => ({ id, via: 'references' as const })),
  ];

  for (const { id, via } of ids) {
    const hits = tracked.filter((email) => normalizeMessageId(email.messageId) === id);
    const email = mostRecent(hits);
    if (email) return matchOf(email, via);
  }
  return null;
}

function correlateByToken(
  facts: MessageFacts,
  settings: TrackingSettings,
  tracked: readonly TrackedEmail[],
): CorrelationMatch | null {
  if (settings.organization.maximumtrackingnumber === 0) return null;

  for (const token of findTrackingTokens(facts.subject, settings.organization)) {
    const wanted = token.toUpperCase();
    const hits = tracked.filter((email) => email.trackingToken?.trim().toUpperCase() === wanted);
    // The counter wraps, so one token may name several emails: the newest is meant.
    const email = mostRecent(hits);
    if (email) return matchOf(email, 'token');
  }
  return null;
}

function correlateByThreadIndex(
  facts: MessageFacts,
  tracked: readonly TrackedEmail[],
): CorrelationMatch | null {
  const root = threadIndexRoot(facts.threadIndex);
  if (root === null) return null;

  // Exact, case-sensitive: the CRM query found candidates by a case-insensitive prefix.
  const hits = tracked.filter((email) => email.conversationIndexRoot === root);
  const email = mostRecent(hits);
  return email ? matchOf(email, 'thread-index') : null;
}

function matchOf(email: TrackedEmail, via: CorrelationVia): CorrelationMatch {
  return {
    email,
    via,
    suggestion: email.regarding ? suggestionFrom(email.regarding, email.activityId, via) : null,
    owner: email.ownerId ? { id: email.ownerId, name: email.ownerName } : null,
  };
}

export function suggestionFrom(
  regarding: RecordRef,
  activityId: string,
  via: CorrelationVia,
): RegardingSuggestion {
  return { table: regarding.table, id: regarding.id, name: regarding.name, via, activityId };
}

export function mostRecent(emails: readonly TrackedEmail[]): TrackedEmail | null {
  let best: TrackedEmail | null = null;
  for (const email of emails) {
    if (!best || time(email.createdOn) > time(best.createdOn)) best = email;
  }
  return best;
}

function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? -Infinity : value;
}
