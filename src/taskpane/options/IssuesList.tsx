import { useId } from 'react';
import type { SettingsIssue } from '../../settings';
import { SettingKey } from './SettingKey';

/**
 * The keys that were ignored or changed when the settings were read, and why. Nothing at all is
 * shown when there are none: an empty "problems" heading reads as a problem.
 */
export function IssuesList(props: { issues: readonly SettingsIssue[]; title?: string }) {
  const headingId = useId();
  if (props.issues.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{props.title ?? 'Problems found in the settings'}</h3>
      <ul aria-labelledby={headingId}>
        {props.issues.map((issue, index) => (
          <li key={`${issue.key}-${index}`}>
            <SettingKey name={issue.key} />: {issue.reason}. Found {issue.found}, using {issue.used}
            .
          </li>
        ))}
      </ul>
    </section>
  );
}
