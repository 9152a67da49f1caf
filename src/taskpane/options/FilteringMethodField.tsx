import type { FilteringMethod, OrgDbOrgSettings } from '../../domain/settings-model';
import { ChoiceOption, type Choice } from './OptionFields';

export const FILTERING_METHOD_LABELS: Record<FilteringMethod, string> = {
  0: 'All email messages',
  1: 'Replies to CRM email only',
  2: 'Email from CRM leads, contacts and accounts',
  3: 'Email from any CRM record with an email address',
  4: 'No email messages',
};

/** The methods users may choose (HideTrackAllOption, HideEmailAutoTrackOptions). */
export function offeredFilteringMethods(orgdb: OrgDbOrgSettings): FilteringMethod[] {
  const hidden = new Set<FilteringMethod>();
  if (orgdb.HideTrackAllOption) hidden.add(0);
  if (orgdb.HideEmailAutoTrackOptions) [0, 2, 3].forEach((m) => hidden.add(m as FilteringMethod));
  return ([0, 1, 2, 3, 4] as const).filter((method) => !hidden.has(method));
}

/**
 * Which incoming email is tracked. A method the organization hides is not offered; if it is the
 * saved value it still shows, as current, but cannot be chosen again once left.
 */
export function FilteringMethodField(props: {
  value: FilteringMethod;
  saved: FilteringMethod;
  orgdb: OrgDbOrgSettings;
  disabled?: boolean;
  onChange: (value: FilteringMethod) => void;
}) {
  const offered = offeredFilteringMethods(props.orgdb);
  const choices: Choice<FilteringMethod>[] = ([0, 1, 2, 3, 4] as const)
    .filter((method) => offered.includes(method) || method === props.saved)
    .map((method) =>
      offered.includes(method)
        ? { value: method, label: FILTERING_METHOD_LABELS[method] }
        : {
            value: method,
            label: `${FILTERING_METHOD_LABELS[method]} (current; no longer offered)`,
            disabled: true,
          },
    );

  const forced = props.orgdb.SSSForceFilteringMethodForUserMailboxes;
  const forcedLabel = forced >= 0 ? FILTERING_METHOD_LABELS[forced as FilteringMethod] : null;
  const forcedNote = forcedLabel
    ? ` · Your organization applies “${forcedLabel}” to every mailbox;` +
      ' your choice is kept but not used.'
    : '';

  return (
    <ChoiceOption
      settingKey="incomingemailfilteringmethod"
      value={props.value}
      choices={choices}
      hint={forcedNote}
      disabled={props.disabled}
      onChange={props.onChange}
    />
  );
}
