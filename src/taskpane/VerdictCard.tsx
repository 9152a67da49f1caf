import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../domain/evaluation';
import { recordText, viaText } from './record-text';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // Wraps so that a long reason code never runs off a narrow pane.
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
});

const VERDICT_TEXT: Record<Evaluation['verdict'], string> = {
  track: 'would be tracked automatically',
  skip: 'is not tracked automatically',
  tracked: 'is already tracked',
};

/** The automatic-tracking verdict with its reason code and sentence, and the correlation. */
export function VerdictCard(props: { evaluation: Evaluation }) {
  const styles = useStyles();
  const { evaluation } = props;
  const suggestion = evaluation.regarding;

  return (
    <section className={styles.card} aria-label="Automatic tracking">
      <div className={styles.line}>
        <Text>This message {VERDICT_TEXT[evaluation.verdict]}</Text>
        <Badge appearance="outline" aria-label={`Reason code ${evaluation.reason}`}>
          {evaluation.reason}
        </Badge>
      </div>
      <Text>{evaluation.sentence}</Text>
      {suggestion && (
        <Text>
          Suggested regarding: {recordText(suggestion)}, via {viaText(suggestion.via)}.
        </Text>
      )}
    </section>
  );
}
