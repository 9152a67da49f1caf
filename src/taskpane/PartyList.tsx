import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { filterRecipientChoices } from '../domain/recipient-choices';
import { tableLabel } from '../domain/record-labels';
import type { CrmRecord, RecordRef } from '../domain/crm-records';
import type { PartyResolution } from '../domain/evaluation';
import type { ClientOptions } from '../domain/settings-model';
import { senderChoice, senderChoiceText } from '../domain/sender-choice';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { padding: `${tokens.spacingVerticalXXS} 0` },
  role: { display: 'inline-block', minWidth: '3em', color: tokens.colorNeutralForeground3 },
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

/** The sender and recipients, each with what it resolved to in the CRM. */
export function PartyList(props: PartyListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Sender and recipients">
      {props.parties.map((party, index) => (
        <li key={`${party.role}-${index}`} className={styles.item}>
          <Text className={styles.role}>{ROLE_LABELS[party.role]}</Text>{' '}
          <Text>{mailboxText(party)}</Text>{' '}
          <Text weight="semibold">— {resolutionText(party, props)}</Text>
        </li>
      ))}
    </ul>
  );
}

function mailboxText(party: PartyResolution): string {
  return party.name && party.name !== party.address
    ? `${party.name} <${party.address}>`
    : party.address;
}

/**
 * What the address resolved to. The client.match* options narrow what the recipient list
 * offers (spec §1.1); the sender is shown as the rules resolved it, since that is what tracking
 * records.
 */
export function resolutionText(
  party: PartyResolution,
  props: Omit<PartyListProps, 'parties'>,
): string {
  if (party.status === 'invalid') return 'not an SMTP address';
  if (party.status === 'unresolved') return 'unresolved';
  if (party.status === 'ambiguous') {
    return `several matches (${party.candidates.length}), left unresolved`;
  }

  if (party.role === 'from') {
    const choice = senderChoice(party, {
      currentUserId: props.currentUserId || undefined,
      resolveInactive: props.resolveInactive,
    });
    const record = party.resolved[0];
    if (record && choice) return `${describe(record)} (${senderChoiceText(choice)})`;
  }

  const shown = party.role === 'from' ? party.resolved : offered(party, props);
  if (shown.length === 0) {
    return 'unresolved here (hidden by your matching options)';
  }
  if (party.status === 'several' || shown.length > 1) {
    return `several matches: ${shown.map(describe).join('; ')}`;
  }
  return describe(shown[0]);
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
