import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  tokens,
} from '@fluentui/react-components';
import { isTrackerError } from '../../domain/errors';
import type { LoadedSettings, SettingsSourceKind } from '../../settings';
import { IssuesList } from './IssuesList';
import {
  NUMBER_MAXIMUM,
  createDraft,
  isDraftChanged,
  isSwitchingSource,
  numberMinimums,
  readDraft,
  type DraftErrors,
  type OptionsChange,
} from './options-draft';
import { OrganizationSettingsView } from './OrganizationSettingsView';
import { PersonalOptionsForm } from './PersonalOptionsForm';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export interface OptionsViewProps {
  loaded: LoadedSettings;
  onSave: (next: OptionsChange) => Promise<void>;
  onClose: () => void;
}

type SaveState =
  | { status: 'idle' | 'saving' }
  | { status: 'saved'; notes: string[] }
  | { status: 'failed'; message: string };

const SOURCE_NAMES: Record<SettingsSourceKind, string> = {
  service: 'the CRM (service)',
  local: 'this device (local)',
};

function failureText(error: unknown): string {
  if (isTrackerError(error)) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

/** Personal options, the settings source, the problems found loading, and the org settings. */
export default function OptionsView(props: OptionsViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { settings } = props.loaded;
  const initial = useMemo(
    () => createDraft(props.loaded.source, settings.usersettings, settings.client),
    [props.loaded, settings],
  );
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  // Newly loaded settings (after a save, say) replace the form's values.
  useEffect(() => setDraft(initial), [initial]);

  // An edit makes an earlier outcome (saved, or the failure of an earlier try) out of date.
  const edit = (next: typeof draft) => {
    setDraft(next);
    if (save.status === 'saved' || save.status === 'failed') setSave({ status: 'idle' });
  };

  const submit = async (change: OptionsChange, notes: string[]) => {
    setSave({ status: 'saving' });
    try {
      await props.onSave(change);
      setSave({ status: 'saved', notes });
    } catch (error) {
      // The draft is left as it is, so the user can fix the cause and save again.
      setSave({ status: 'failed', message: failureText(error) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft, settings.organization, initial);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) {
      setSave({ status: 'idle' });
      return;
    }

    // submit() shows its own failure in the form, so nothing is left to reject.
    void submit(read.change, read.notes);
  };

  const saving = save.status === 'saving';
  const changed = isDraftChanged(draft, initial);
  const switching = isSwitchingSource(draft, initial);
  return (
    <section className={styles.view} aria-labelledby={titleId}>
      <h2 id={titleId}>Options</h2>
      <form className={styles.form} onSubmit={onSubmit} aria-label="Personal options" noValidate>
        <Field
          label="Where your settings are kept"
          hint="Client options always stay on this device."
        >
          <RadioGroup
            value={draft.kind}
            onChange={(_event, data) => edit({ ...draft, kind: data.value as SettingsSourceKind })}
          >
            <Radio value="service" label="In the CRM (service)" />
            <Radio value="local" label="On this device (local)" />
          </RadioGroup>
        </Field>
        {switching && (
          <MessageBar intent="info">
            <MessageBarBody>
              Switching source: the personal options below will be read from{' '}
              {SOURCE_NAMES[draft.kind]} when you save. Save now keeps only the source and the
              client options.
            </MessageBarBody>
          </MessageBar>
        )}

        <PersonalOptionsForm
          draft={draft}
          savedFilteringMethod={settings.usersettings.incomingemailfilteringmethod}
          orgdb={settings.orgdborgsettings}
          minimums={numberMinimums(settings.organization)}
          maximum={NUMBER_MAXIMUM}
          errors={errors}
          personalLocked={switching}
          setUser={(patch) => edit({ ...draft, usersettings: { ...draft.usersettings, ...patch } })}
          setClient={(patch) => edit({ ...draft, client: { ...draft.client, ...patch } })}
          setNumber={(key, text) => edit({ ...draft, numbers: { ...draft.numbers, [key]: text } })}
        />

        {save.status === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>Options saved.</MessageBarBody>
          </MessageBar>
        )}
        {save.status === 'saved' &&
          save.notes.map((note) => (
            <MessageBar key={note} intent="info">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
        {save.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>The options were not saved: {save.message}</MessageBarBody>
          </MessageBar>
        )}
        {Object.keys(errors).length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>Some values cannot be saved; see the marked fields.</MessageBarBody>
          </MessageBar>
        )}

        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </Button>
          <Button type="button" onClick={props.onClose} disabled={saving}>
            {changed ? 'Cancel' : 'Back'}
          </Button>
        </div>
      </form>

      <IssuesList issues={props.loaded.issues} />
      <OrganizationSettingsView
        organization={settings.organization}
        orgdb={settings.orgdborgsettings}
      />
    </section>
  );
}
