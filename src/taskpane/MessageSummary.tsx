import { makeStyles, Text } from '@fluentui/react-components';
import type { ShownMessage } from '../outlook/outlook-host';

const useStyles = makeStyles({
  subject: { overflowWrap: 'anywhere' },
});

/** The shown message's subject, as plain text; the sender is the party list's From row. */
export function MessageSummary(props: { message: ShownMessage }) {
  const styles = useStyles();
  const { facts } = props.message;

  return (
    <Text as="h2" size={400} weight="semibold" className={styles.subject}>
      {facts.subject || '(no subject)'}
    </Text>
  );
}
