import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { SettingsIssue } from '../../settings';
import { IssuesList } from './IssuesList';

const useStyles = makeStyles({
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface OrganizationDocumentEditorProps {
  text: string;
  /** Why the text cannot be saved (malformed JSON); the text is kept for the user to fix. */
  error?: string;
  /** What loading the text would ignore or change, shown before it is saved. */
  issues?: readonly SettingsIssue[];
  onChange: (text: string) => void;
}

/**
 * The organization part of the local settings document, as JSON: `organization` and
 * `orgdborgsettings` only; personal options are edited by the form.
 */
export function OrganizationDocumentEditor(props: OrganizationDocumentEditorProps) {
  const styles = useStyles();
  const issues = props.issues ?? [];
  return (
    <>
      <Field
        label="Organization settings (local document)"
        hint={
          'JSON: {"organization": {...}, "orgdborgsettings": "<OrgSettings>…</OrgSettings>"}, ' +
          'filled with the values in force. Checked when you save.'
        }
        validationMessage={props.error}
        validationState={props.error ? 'error' : 'none'}
      >
        <Textarea
          className={styles.text}
          textarea={{ className: styles.text, spellCheck: false }}
          resize="vertical"
          rows={12}
          value={props.text}
          onChange={(_event, data) => props.onChange(data.value)}
        />
      </Field>
      {issues.length > 0 && (
        <>
          <IssuesList
            issues={issues}
            title="Loading these organization settings would ignore or change"
          />
          <p>Save again to keep the text as it is, or correct it first.</p>
        </>
      )}
    </>
  );
}
