import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RecordRef } from '../domain/crm-records';
import type { Evaluation } from '../domain/evaluation';
import { sameRecordId } from '../domain/record-id';
import { recordText, viaText } from './record-text';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // Plain subtle text: the code is for looking up in the documentation, not a control.
  code: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

const VERDICT_TEXT: Record<Evaluation['verdict'], string> = {
  track: 'This message would be tracked automatically',
  skip: 'This message is not tracked automatically',
  tracked: 'This message is already tracked elsewhere',
};

/** Heading for a message tracked from this item: the card explains the rules, not the state. */
const OWN_COPY_HEADING = 'What the tracking rules say';

export interface VerdictCardProps {
  evaluation: Evaluation;
  /** Tracked from this item: the verdict is the rules' view of the message itself. */
  ownCopy?: boolean;
  /** The tracked activity's regarding record, which the status line names already. */
  trackedRegarding?: RecordRef | null;
}

/**
 * The automatic-tracking verdict with its sentence, the correlation, and the reason code. Each
 * thing is said once: what the status line says (tracked, regarding what) is not repeated.
 */
export function VerdictCard(props: VerdictCardProps) {
  const styles = useStyles();
  const { evaluation, ownCopy = false } = props;
  const heading = ownCopy ? OWN_COPY_HEADING : VERDICT_TEXT[evaluation.verdict];

  return (
    <section className={styles.card} aria-label="Automatic tracking">
      <Text as="h2" size={300} weight="semibold">
        {heading}
      </Text>
      <Text>{evaluation.sentence}</Text>
      {regardingSentence(evaluation, ownCopy, props.trackedRegarding ?? null) && (
        <Text>{regardingSentence(evaluation, ownCopy, props.trackedRegarding ?? null)}</Text>
      )}
      <Text size={200} className={styles.code}>
        Reason code: <span>{evaluation.reason}</span>
      </Text>
    </section>
  );
}

/**
 * The rules' regarding record, when it tells something new: never for a message tracked
 * elsewhere (the status line names its regarding), and for this item's own copy only when the
 * rules would choose another record than the one it is tracked regarding.
 */
export function regardingSentence(
  evaluation: Evaluation,
  ownCopy: boolean,
  trackedRegarding: RecordRef | null,
): string | null {
  const suggestion = evaluation.regarding;
  if (!suggestion || evaluation.verdict === 'tracked') return null;

  const found = `found through ${viaText(suggestion.via)}`;
  if (!ownCopy) return `Suggested regarding: ${recordText(suggestion)}, ${found}.`;

  const same =
    trackedRegarding !== null &&
    trackedRegarding.table === suggestion.table &&
    sameRecordId(trackedRegarding.id, suggestion.id);
  if (same) return null;
  return `The rules would suggest ${recordText(suggestion)} as regarding, ${found}.`;
}
