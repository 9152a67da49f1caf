import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { filterRecipientChoices } from '../domain/recipient-choices';
import { tableLabel } from '../domain/record-labels';
import type { CrmRecord, RecordRef } from '../domain/crm-records';
import type { PartyResolution } from '../domain/evaluation';
import type { ClientOptions } from '../domain/settings-model';
import { inactiveMatchText, senderChoice, senderChoiceText } from '../domain/sender-choice';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  // Role label column, then the party: wrapped lines stay in the value column.
  item: {
    display: 'grid',
    gridTemplateColumns: '2.5em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  role: { color: tokens.colorNeutralForeground3 },
  party: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  nameLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  secondary: { color: tokens.colorNeutralForeground3 },
  resolution: {
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
});

const ROLE_LABELS: Record<PartyResolution['role'], string> = {
  from: 'From',
  to: 'To',
  cc: 'Cc',
  bcc: 'Bcc',
};

export interface PartyListProps {
  parties: readonly PartyResolution[];
  client: Pick<ClientOptions, 'matchContacts' | 'matchOtherRecords'>;
  currentUserId: string;
  /** ResolveForInactiveEntities: inactive rows were among the sender's matches. */
  resolveInactive?: boolean;
}

/** What one party resolved to: a short label, and a secondary line when it needs explaining. */
export interface PartyOutcome {
  /** "Contact", "Lead Dave Tailspin", "Unresolved", "2 matches". */
  label: string;
  /** Why, in a short sentence, or null. */
  note: string | null;
}

/** The sender and recipients, each with what it resolved to in the CRM; fits a 320 px pane. */
export function PartyList(props: PartyListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Sender and recipients">
      {props.parties.map((party, index) => {
        const outcome = partyOutcome(party, props);
        const named = party.name !== '' && party.name !== party.address;
        return (
          <li key={`${party.role}-${index}`} className={styles.item}>
            <Text className={styles.role}>{ROLE_LABELS[party.role]}</Text>
            <div className={styles.party}>
              <div className={styles.nameLine}>
                <Text weight="semibold">{named ? party.name : party.address}</Text>
                <Text size={200} className={styles.resolution}>
                  {outcome.label}
                </Text>
              </div>
              {named && (
                <Text size={200} className={styles.secondary}>
                  {party.address}
                </Text>
              )}
              {outcome.note && (
                <Text size={200} className={styles.secondary}>
                  {outcome.note}
                </Text>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What the address resolved to. The client.match* options narrow what the recipient list
 * offers (spec §1.1); the sender is shown as the rules resolved it, since that is what tracking
 * records. The record's name is given only when it differs from the display name.
 */
export function partyOutcome(
  party: PartyResolution,
  props: Omit<PartyListProps, 'parties'>,
): PartyOutcome {
  if (party.status === 'invalid') return { label: 'Not an email address', note: null };
  if (party.status === 'unresolved') {
    return { label: 'Unresolved', note: inactiveMatchText(party, props.resolveInactive) };
  }
  if (party.status === 'ambiguous') {
    return {
      label: `${party.candidates.length} matches`,
      note: 'Several records have this address, so none is chosen.',
    };
  }

  if (party.role === 'from') {
    const choice = senderChoice(party, {
      currentUserId: props.currentUserId || undefined,
      resolveInactive: props.resolveInactive,
    });
    const record = party.resolved[0];
    if (record) {
      return { label: labelFor(record, party), note: choice ? senderChoiceText(choice) : null };
    }
  }

  const shown = party.role === 'from' ? party.resolved : offered(party, props);
  if (shown.length === 0) {
    return { label: 'Unresolved here', note: 'Hidden by your matching options.' };
  }
  if (party.status === 'several' || shown.length > 1) {
    return { label: `${shown.length} matches`, note: shown.map(describe).join(', ') };
  }
  return { label: labelFor(shown[0], party), note: null };
}

/** "Contact" when the record has the display name; "Contact Nadia Haddad" when not. */
function labelFor(record: RecordRef, party: PartyResolution): string {
  const table = capitalized(tableLabel(record.table));
  const sameName = record.name.trim().toLowerCase() === party.name.trim().toLowerCase();
  return sameName ? table : `${table} ${record.name}`;
}

function offered(party: PartyResolution, props: Omit<PartyListProps, 'parties'>): RecordRef[] {
  const resolvedIds = new Set(party.resolved.map((record) => `${record.table}:${record.id}`));
  const candidates: CrmRecord[] = party.candidates.filter((record) =>
    resolvedIds.has(`${record.table}:${record.id}`),
  );
  return filterRecipientChoices(candidates, props.client, props.currentUserId);
}

function describe(record: RecordRef): string {
  return `${tableLabel(record.table)} ${record.name}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
