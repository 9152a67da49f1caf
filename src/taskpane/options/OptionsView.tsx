import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
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
import { Disclosure } from './Disclosure';
import { ReadableRadio } from './OptionFields';
import { OrganizationDocumentEditor } from './OrganizationDocumentEditor';
import { OrganizationSettingsView } from './OrganizationSettingsView';
import {
  NoEffectOptions,
  PersonalOptionsForm,
  type PersonalOptionsFormProps,
} from './PersonalOptionsForm';
import { useOrganizationEditor, type OrganizationCheck } from './use-organization-editor';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Always reachable: the form is much taller than the pane.
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const ORGANIZATION_NOT_SAVED: Record<Extract<OrganizationCheck, { ok: false }>['reason'], string> =
  {
    malformed: 'Nothing was saved: the organization settings are not valid JSON; see the editor.',
    review:
      'Nothing was saved yet: see what the organization settings would ignore or change, ' +
      'then save again.',
  };

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

/**
 * Personal options, the settings source, the organization settings (editable in the local
 * document), the problems found loading, and, folded away, the options with no effect yet.
 */
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
  const [orgBlocked, setOrgBlocked] = useState<string | null>(null);
  const orgEditor = useOrganizationEditor(props.loaded);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The view replaces the pane: focus moves to its heading rather than falling to the body.
  useEffect(() => headingRef.current?.focus(), []);

  // Newly loaded settings (after a save, say) replace the form's values.
  useEffect(() => setDraft(initial), [initial]);

  // An edit makes an earlier outcome (saved, or the failure of an earlier try) out of date.
  const edit = (next: typeof draft) => {
    setDraft(next);
    if (save.status === 'saved' || save.status === 'failed') setSave({ status: 'idle' });
  };
  const editOrganization = (text: string) => {
    orgEditor.edit(text);
    setOrgBlocked(null);
    if (save.status === 'saved' || save.status === 'failed') setSave({ status: 'idle' });
  };

  // The organization editor is for the local document the settings were read from.
  const editsOrganization = props.loaded.source === 'local' && draft.kind === 'local';

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

    const org: OrganizationCheck = editsOrganization ? orgEditor.check() : { ok: true };
    setOrgBlocked(org.ok ? null : ORGANIZATION_NOT_SAVED[org.reason]);
    if (!org.ok) {
      setSave({ status: 'idle' });
      return;
    }
    const change = org.document
      ? { ...read.change, organizationDocument: org.document }
      : read.change;

    // submit() shows its own failure in the form, so nothing is left to reject.
    void submit(change, read.notes);
  };

  const saving = save.status === 'saving';
  const changed = isDraftChanged(draft, initial) || (editsOrganization && orgEditor.changed);
  const switching = isSwitchingSource(draft, initial);
  const formProps: PersonalOptionsFormProps = {
    draft,
    savedFilteringMethod: settings.usersettings.incomingemailfilteringmethod,
    orgdb: settings.orgdborgsettings,
    minimums: numberMinimums(settings.organization),
    maximum: NUMBER_MAXIMUM,
    errors,
    personalLocked: switching,
    setUser: (patch) => edit({ ...draft, usersettings: { ...draft.usersettings, ...patch } }),
    setClient: (patch) => edit({ ...draft, client: { ...draft.client, ...patch } }),
    setNumber: (key, text) => edit({ ...draft, numbers: { ...draft.numbers, [key]: text } }),
  };
  // Every number field is modelled only, so an error there must not stay folded away.
  const noEffectError = Object.keys(errors).some((key) => key !== 'client.crmUrl');
  // Escape is Back; with unsaved edits it does nothing, so that they are never lost silently.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || changed || saving) return;
    event.preventDefault();
    props.onClose();
  };
  return (
    <section className={styles.view} aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        Options
      </h2>
      <form className={styles.form} onSubmit={onSubmit} aria-label="Personal options" noValidate>
        <Field
          label="Where your settings are kept"
          hint="Client options always stay on this device."
        >
          <RadioGroup
            value={draft.kind}
            onChange={(_event, data) => edit({ ...draft, kind: data.value as SettingsSourceKind })}
          >
            <ReadableRadio value="service" label="In the CRM (service)" />
            <ReadableRadio value="local" label="On this device (local)" />
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

        <PersonalOptionsForm {...formProps} />

        <OrganizationSettingsView
          organization={settings.organization}
          orgdb={settings.orgdborgsettings}
          source={editsOrganization ? 'local' : 'service'}
          organizationId={props.loaded.organizationId}
        />
        {editsOrganization && (
          <OrganizationDocumentEditor
            text={orgEditor.text}
            error={orgEditor.error}
            issues={orgEditor.issues}
            onChange={editOrganization}
          />
        )}

        <IssuesList issues={props.loaded.issues} />

        <Disclosure summary="Settings with no effect yet" forceOpen={noEffectError}>
          <p>These are kept and saved, but the add-in does not use them yet.</p>
          <NoEffectOptions {...formProps} />
        </Disclosure>

        <div className={styles.footer}>
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
          {orgBlocked !== null && (
            <MessageBar intent="warning">
              <MessageBarBody>{orgBlocked}</MessageBarBody>
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
        </div>
      </form>
    </section>
  );
}
