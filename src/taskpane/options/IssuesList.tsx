import { useId } from 'react';
import { Text } from '@fluentui/react-components';
import type { SettingsIssue } from '../../settings';
import { SettingKey } from './SettingKey';

/** The keys that were ignored or changed when the settings were loaded, and why. */
export function IssuesList(props: { issues: readonly SettingsIssue[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Problems found in the settings</h3>
      {props.issues.length === 0 ? (
        <Text>No setting was ignored or changed.</Text>
      ) : (
        <ul aria-labelledby={headingId}>
          {props.issues.map((issue, index) => (
            <li key={`${issue.key}-${index}`}>
              <SettingKey name={issue.key} />: {issue.reason}. Found {issue.found}, using{' '}
              {issue.used}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
