import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ShownMessage } from '../outlook/outlook-host';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  subject: { overflowWrap: 'anywhere' },
});

/** Subject and sender of the shown message, as plain text. */
export function MessageSummary(props: { message: ShownMessage }) {
  const styles = useStyles();
  const { facts } = props.message;
  const from = facts.from.map((m) => (m.name ? `${m.name} <${m.address}>` : m.address)).join(', ');

  return (
    <div className={styles.summary}>
      <Text as="h2" size={400} weight="semibold" className={styles.subject}>
        {facts.subject || '(no subject)'}
      </Text>
      <Text size={200}>From {from || 'an unknown sender'}</Text>
    </div>
  );
}
