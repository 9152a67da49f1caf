import { addressKey, isSmtpAddress, normalizeAddress } from './address';
import type { CrmSnapshot } from './crm-lookups';
import { EMAIL_ENABLED_TABLES, type CrmRecord, type RecordRef } from './crm-records';
import type { PartyResolution, PartyRole } from './evaluation';
import type { Mailbox, MessageFacts } from './message-facts';
import { sameRecordId } from './record-id';
import type { TrackingSettings } from './settings-model';

/** Above this many matches the sender stays unresolved (spec §4). */
export const MAX_SENDER_MATCHES = 100;

export interface ResolvedParties {
  /** From, then To, Cc, Bcc, one entry per mailbox in the order the message lists them. */
  parties: PartyResolution[];
  /** The (first) sender's address matched several resolvable records. */
  senderConflict: boolean;
}

/** Resolves every sender and recipient of a message against the snapshot (spec §4). */
export function resolveParties(
  facts: MessageFacts,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): ResolvedParties {
  const senders = facts.from.map((mailbox) => resolveSender(mailbox, settings, snapshot));
  const recipients = (['to', 'cc', 'bcc'] as const).flatMap((role) =>
    facts[role].map((mailbox) => resolveRecipient(role, mailbox, settings, snapshot)),
  );

  const first = senders[0];
  const senderConflict = first ? resolvableCount(first, settings) > 1 : false;
  return { parties: [...senders, ...recipients], senderConflict };
}

/** The sender resolves to one record: the owner's, then table order, then the oldest. */
export function resolveSender(
  mailbox: Mailbox,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): PartyResolution {
  const base = lookUp('from', mailbox, snapshot.records);
  if (base.status === 'invalid') return base;

  const usable = base.candidates.filter((record) => isResolvable(record, settings));
  if (usable.length === 0) return base;
  if (usable.length === 1) return { ...base, status: 'resolved', resolved: [toRef(usable[0])] };

  const leaveUnresolved =
    usable.length > MAX_SENDER_MATCHES ||
    settings.orgdborgsettings.UnresolveSenderInCaseOfMultipleMatch;
  if (leaveUnresolved) return { ...base, status: 'ambiguous' };

  const [chosen] = sortForSender(usable, snapshot.currentUser.id);
  return { ...base, status: 'resolved', resolved: [toRef(chosen)] };
}

/** A recipient keeps every match as a party, unless the organization leaves it unresolved. */
export function resolveRecipient(
  role: Exclude<PartyRole, 'from'>,
  mailbox: Mailbox,
  settings: TrackingSettings,
  snapshot: CrmSnapshot,
): PartyResolution {
  const base = lookUp(role, mailbox, snapshot.records);
  if (base.status === 'invalid') return base;

  const usable = base.candidates.filter((record) => isResolvable(record, settings));
  if (usable.length === 0) return base;
  if (usable.length === 1) return { ...base, status: 'resolved', resolved: [toRef(usable[0])] };

  if (settings.organization.unresolveemailaddressifmultiplematch) {
    return { ...base, status: 'ambiguous' };
  }
  const sorted = sortForSender(usable, snapshot.currentUser.id);
  return { ...base, status: 'several', resolved: sorted.map(toRef) };
}

/** Inactive rows only with ResolveForInactiveEntities; disabled users never. */
export function isResolvable(record: CrmRecord, settings: TrackingSettings): boolean {
  if (record.disabled) return false;
  return record.active || settings.orgdborgsettings.ResolveForInactiveEntities;
}

/** Every row whose email columns hold the address, compared in normalized form. */
export function recordsWithAddress(address: string, records: readonly CrmRecord[]): CrmRecord[] {
  const wanted = addressKey(address);
  const seen = new Set<string>();
  return records.filter((record) => {
    const key = `${record.table}:${record.id.toLowerCase()}`;
    if (seen.has(key)) return false;
    const hit = record.addresses.some((stored) => addressKey(stored) === wanted);
    if (hit) seen.add(key);
    return hit;
  });
}

/** Owned by the current user first, then table order of spec §4, then earliest createdon. */
export function sortForSender(records: readonly CrmRecord[], currentUserId: string): CrmRecord[] {
  const owned = (record: CrmRecord) => (sameRecordId(record.ownerId, currentUserId) ? 0 : 1);
  const tableRank = (record: CrmRecord) => EMAIL_ENABLED_TABLES.indexOf(record.table);
  return [...records].sort(
    (a, b) =>
      owned(a) - owned(b) ||
      tableRank(a) - tableRank(b) ||
      Date.parse(a.createdOn) - Date.parse(b.createdOn) ||
      a.id.localeCompare(b.id),
  );
}

export function toRef(record: RecordRef): RecordRef {
  return { table: record.table, id: record.id, name: record.name };
}

function lookUp(role: PartyRole, mailbox: Mailbox, records: readonly CrmRecord[]): PartyResolution {
  const raw = mailbox.address.trim();
  if (!isSmtpAddress(raw)) {
    return {
      role,
      address: raw,
      name: mailbox.name,
      resolved: [],
      status: 'invalid',
      candidates: [],
    };
  }
  return {
    role,
    address: normalizeAddress(raw),
    name: mailbox.name,
    resolved: [],
    status: 'unresolved',
    candidates: recordsWithAddress(raw, records),
  };
}

function resolvableCount(party: PartyResolution, settings: TrackingSettings): number {
  return party.candidates.filter((record) => isResolvable(record, settings)).length;
}
