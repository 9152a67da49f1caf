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
  track: 'This message would be tracked automatically',
  skip: 'This message is not tracked automatically',
  tracked: 'This message is already tracked elsewhere',
};

/**
 * The automatic-tracking verdict with its reason code and sentence, and the correlation. For a
 * message tracked from this item (ownCopy) the verdict is the rules' view of the message itself.
 */
export function VerdictCard(props: { evaluation: Evaluation; ownCopy?: boolean }) {
  const styles = useStyles();
  const { evaluation, ownCopy = false } = props;
  const suggestion = evaluation.regarding;
  const heading = ownCopy
    ? "This message is tracked; the rules' verdict on it"
    : VERDICT_TEXT[evaluation.verdict];
  const suggestionLabel = ownCopy ? "The rules' regarding" : 'Suggested regarding';

  return (
    <section className={styles.card} aria-label="Automatic tracking">
      <div className={styles.line}>
        <Text>{heading}</Text>
        <Badge appearance="outline" aria-label={`Reason code ${evaluation.reason}`}>
          {evaluation.reason}
        </Badge>
      </div>
      <Text>{evaluation.sentence}</Text>
      {suggestion && (
        <Text>
          {suggestionLabel}: {recordText(suggestion)}, via {viaText(suggestion.via)}.
        </Text>
      )}
    </section>
  );
}
