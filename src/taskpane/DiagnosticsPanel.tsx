import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DiagnosticsLog } from '../app/diagnostics-log';
import type { PaneState } from '../app/pane-state';
import { useDiagnosticsEntries } from './useTrackingSession';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  entry: { overflowWrap: 'anywhere' },
});

/** A closed-by-default disclosure with the host, the CRM user and the logged failures. */
export function DiagnosticsPanel(props: { state: PaneState; log: DiagnosticsLog }) {
  const styles = useStyles();
  const entries = useDiagnosticsEntries(props.log);
  const { host, user, settings } = props.state;

  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader>Diagnostics ({entries.length})</AccordionHeader>
        <AccordionPanel>
          <Text block>
            Host: {host.host} on {host.platform}; mailbox 1.8:{' '}
            {host.supportsMailbox18 ? 'yes' : 'no'}; categories:{' '}
            {host.supportsCategories ? 'yes' : 'no'}
          </Text>
          <Text block>CRM user: {user ? `${user.name} <${user.address}>` : 'not connected'}</Text>
          <Text block>Settings source: {settings?.source ?? 'not loaded'}</Text>
          {entries.length === 0 ? (
            <Text block>No problems logged.</Text>
          ) : (
            <ol className={styles.list} aria-label="Diagnostics log">
              {entries.map((entry, index) => (
                <li key={index} className={styles.entry}>
                  <Text>
                    <time dateTime={entry.at}>{localTime(entry.at)}</time> {entry.level}:{' '}
                    {entry.message}
                    {entry.details ? ` — ${entry.details}` : ''}
                  </Text>
                </li>
              ))}
            </ol>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The entry's time in the user's locale and time zone, as the rest of the pane shows dates. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' }).format(
    date,
  );
}
