import type {
  AutoCreateOnPromote,
  ClientOptions,
  FilteringMethod,
  OrgDbOrgSettings,
  UserSettings,
} from '../../domain/settings-model';
import { FilteringMethodField } from './FilteringMethodField';
import { ChoiceOption, NumberOption, SwitchOption, TextOption } from './OptionFields';
import type { DraftErrors, NumberKey, OptionsDraft } from './options-draft';

type BooleanUserKey =
  'issendasallowed' | 'synccontactcompany' | 'isduplicatedetectionenabledwhengoingonline';
type BooleanClientKey = 'backgroundSend' | 'backgroundTrack' | 'autoTagging';

export interface PersonalOptionsFormProps {
  draft: OptionsDraft;
  savedFilteringMethod: FilteringMethod;
  orgdb: OrgDbOrgSettings;
  minimums: Record<NumberKey, number>;
  maximum: number;
  errors: DraftErrors;
  /** The source is being switched: the personal (usersettings) options are not saved. */
  personalLocked: boolean;
  setUser: (patch: Partial<UserSettings>) => void;
  setClient: (patch: Partial<ClientOptions>) => void;
  setNumber: (key: NumberKey, text: string) => void;
}

/** The controls shared by both parts of the form. */
function optionControls(props: PersonalOptionsFormProps) {
  const { draft, setUser, setClient } = props;
  const locked = props.personalLocked;

  const userSwitch = (key: BooleanUserKey) => (
    <SwitchOption
      settingKey={key}
      checked={draft.usersettings[key]}
      disabled={locked}
      onChange={(checked) => setUser({ [key]: checked })}
    />
  );
  const clientSwitch = (key: BooleanClientKey) => (
    <SwitchOption
      settingKey={`client.${key}`}
      checked={draft.client[key]}
      onChange={(checked) => setClient({ [key]: checked })}
    />
  );
  const interval = (key: NumberKey) => (
    <NumberOption
      settingKey={key}
      value={draft.numbers[key]}
      min={props.minimums[key]}
      max={props.maximum}
      error={props.errors[key]}
      disabled={locked && key !== 'client.localDataRefreshMinutes'}
      onChange={(text) => props.setNumber(key, text)}
    />
  );
  return { userSwitch, clientSwitch, interval };
}

/** The personal options of spec §1.1 that have an effect, grouped as a user thinks of them. */
export function PersonalOptionsForm(props: PersonalOptionsFormProps) {
  const { draft, setUser, setClient } = props;
  const { clientSwitch } = optionControls(props);

  return (
    <>
      <h3>Tracking</h3>
      <FilteringMethodField
        value={draft.usersettings.incomingemailfilteringmethod}
        saved={props.savedFilteringMethod}
        orgdb={props.orgdb}
        disabled={props.personalLocked}
        onChange={(method) => setUser({ incomingemailfilteringmethod: method })}
      />
      {clientSwitch('backgroundTrack')}
      {clientSwitch('autoTagging')}
      <ChoiceOption<AutoCreateOnPromote>
        settingKey="autocreatecontactonpromote"
        value={draft.usersettings.autocreatecontactonpromote}
        disabled={props.personalLocked}
        choices={[
          { value: 0, label: 'Do not create records' },
          { value: 1, label: 'Create a contact' },
          { value: 2, label: 'Create a lead' },
        ]}
        onChange={(value) => setUser({ autocreatecontactonpromote: value })}
      />

      <h3>Recipients</h3>
      <ChoiceOption<ClientOptions['matchContacts']>
        settingKey="client.matchContacts"
        value={draft.client.matchContacts}
        choices={[
          { value: 'synchronized', label: 'Only synchronized contacts' },
          { value: 'all', label: 'All contacts' },
        ]}
        onChange={(value) => setClient({ matchContacts: value })}
      />
      <ChoiceOption<ClientOptions['matchOtherRecords']>
        settingKey="client.matchOtherRecords"
        value={draft.client.matchOtherRecords}
        choices={[
          { value: 'none', label: 'None' },
          { value: 'owned', label: 'Records I own' },
          { value: 'all', label: 'All records' },
        ]}
        onChange={(value) => setClient({ matchOtherRecords: value })}
      />

      <h3>Connection</h3>
      <TextOption
        settingKey="client.crmUrl"
        value={draft.client.crmUrl}
        placeholder="https://contoso.crm.dynamics.com"
        error={props.errors['client.crmUrl']}
        onChange={(text) => setClient({ crmUrl: text })}
      />
    </>
  );
}

/** The keys of the options that are modelled only: kept and saved, with no effect yet. */
export const NO_EFFECT_KEYS: readonly string[] = [
  'outlooksyncinterval',
  'offlinesyncinterval',
  'addressbooksyncinterval',
  'client.localDataRefreshMinutes',
  'issendasallowed',
  'client.backgroundSend',
  'synccontactcompany',
  'isduplicatedetectionenabledwhengoingonline',
];

/** The personal options that are modelled only (synchronization and sending). */
export function NoEffectOptions(props: PersonalOptionsFormProps) {
  const { userSwitch, clientSwitch, interval } = optionControls(props);
  return (
    <>
      {interval('outlooksyncinterval')}
      {interval('offlinesyncinterval')}
      {interval('addressbooksyncinterval')}
      {interval('client.localDataRefreshMinutes')}
      {userSwitch('issendasallowed')}
      {clientSwitch('backgroundSend')}
      {userSwitch('synccontactcompany')}
      {userSwitch('isduplicatedetectionenabledwhengoingonline')}
    </>
  );
}
