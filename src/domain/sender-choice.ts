import type { CrmRecord, RecordRef } from './crm-records';
import type { PartyResolution } from './evaluation';
import { sameRecordId } from './record-id';
import { tableLabel } from './record-labels';
import { sortForSender } from './resolution';

/** Which rule of spec §4 put the chosen record before the next best one. */
export type SenderChoiceReason = 'owned' | 'table' | 'created' | 'id';

/** How the rules chose the sender's record among several matches. */
export interface SenderChoice {
  chosen: CrmRecord;
  /** The matches the rules chose among, the chosen one included. */
  count: number;
  reason: SenderChoiceReason;
  /** The matches not chosen, in the rules' order. */
  others: CrmRecord[];
}

/** Others listed by name before "and N more". */
const OTHERS_SHOWN = 5;

/**
 * Why the sender resolved to its record when its address matched several (spec §4: owned by the
 * current user, then table order, then earliest createdon). Null when there was no choice.
 * Without currentUserId (the command-line output knows only the evaluation) ownership is
 * inferred: the rules chose the record, so if it would not win on table and date, the current
 * user owns it. Without resolveInactive, inactive rows count only when the chosen one is inactive.
 */
export function senderChoice(
  party: PartyResolution,
  options: { currentUserId?: string; resolveInactive?: boolean } = {},
): SenderChoice | null {
  if (party.role !== 'from' || party.status !== 'resolved' || party.resolved.length !== 1) {
    return null;
  }
  const chosen = party.candidates.find((record) => sameRecord(record, party.resolved[0]));
  if (!chosen) return null;

  const inactiveOk = options.resolveInactive ?? !chosen.active;
  const usable = party.candidates.filter(
    (record) => !record.disabled && (record.active || inactiveOk),
  );
  if (usable.length < 2) return null;

  const userId = options.currentUserId ?? inferredUserId(usable, chosen);
  const others = sortForSender(usable, userId).filter((record) => !sameRecord(record, chosen));
  const reason = decidingRule(chosen, others[0], userId);
  return { chosen, count: usable.length, reason, others };
}

/** "Chosen because you own it; also matches: contact Liam Walsh". */
export function senderChoiceText(choice: SenderChoice): string {
  const named = choice.others.slice(0, OTHERS_SHOWN).map(describe);
  const more = choice.others.length - named.length;
  const also = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
  return `${reasonText(choice)}; also matches: ${also}`;
}

function reasonText(choice: SenderChoice): string {
  switch (choice.reason) {
    case 'owned':
      return 'Chosen because you own it';
    case 'table': {
      const next = choice.others[0];
      const first = withArticle(tableLabel(choice.chosen.table));
      return `Chosen because ${first} comes before ${withArticle(tableLabel(next.table))}`;
    }
    case 'created':
      return 'Chosen because it was created first';
    case 'id':
      return 'Chosen by record id, as both were created at the same time';
  }
}

/**
 * Why an unresolved sender has no record though one has its address: the matching rows are
 * inactive and ResolveForInactiveEntities is off (spec §4). Null when no inactive row matched.
 */
export function inactiveMatchText(
  party: PartyResolution,
  resolveInactive: boolean | undefined,
): string | null {
  if (party.status !== 'unresolved' || resolveInactive) return null;
  const inactive = party.candidates.filter((record) => !record.active && !record.disabled);
  if (inactive.length === 0) return null;

  const which =
    inactive.length === 1
      ? `An inactive ${describe(inactive[0])} has this address`
      : `${inactive.length} inactive records have this address`;
  return `${which}; inactive records are not used unless ResolveForInactiveEntities is on.`;
}

function withArticle(label: string): string {
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

function inferredUserId(usable: readonly CrmRecord[], chosen: CrmRecord): string {
  const [first] = sortForSender(usable, '');
  return sameRecord(first, chosen) ? '' : (chosen.ownerId ?? '');
}

function decidingRule(chosen: CrmRecord, next: CrmRecord, userId: string): SenderChoiceReason {
  const owned = (record: CrmRecord) => sameRecordId(record.ownerId, userId);
  if (owned(chosen) !== owned(next)) return 'owned';
  if (chosen.table !== next.table) return 'table';
  return Date.parse(chosen.createdOn) !== Date.parse(next.createdOn) ? 'created' : 'id';
}

function sameRecord(a: RecordRef, b: RecordRef): boolean {
  return a.table === b.table && sameRecordId(a.id, b.id);
}

function describe(record: RecordRef): string {
  return `${tableLabel(record.table)} ${record.name}`;
}
