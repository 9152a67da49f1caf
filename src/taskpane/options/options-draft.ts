import type {
  ClientOptions,
  OrganizationSettings,
  UserSettings,
} from '../../domain/settings-model';
import {
  CRM_ADDRESS_MESSAGES,
  INT32_MAX,
  checkCrmAddress,
  minimumMinutes,
  type SettingsSourceKind,
} from '../../settings';
import type { OptionsChange } from '../../settings/settings-source';

/** The number fields, kept as typed text until Save so that a half-typed value is not lost. */
export type NumberKey =
  | 'outlooksyncinterval'
  | 'offlinesyncinterval'
  | 'addressbooksyncinterval'
  | 'client.localDataRefreshMinutes';

/** What the user is editing. */
export interface OptionsDraft {
  kind: SettingsSourceKind;
  usersettings: UserSettings;
  client: ClientOptions;
  numbers: Record<NumberKey, string>;
}

export type { OptionsChange };

export function createDraft(
  kind: SettingsSourceKind,
  usersettings: UserSettings,
  client: ClientOptions,
): OptionsDraft {
  return {
    kind,
    usersettings: { ...usersettings },
    client: { ...client },
    numbers: {
      outlooksyncinterval: String(usersettings.outlooksyncinterval),
      offlinesyncinterval: String(usersettings.offlinesyncinterval),
      addressbooksyncinterval: String(usersettings.addressbooksyncinterval),
      'client.localDataRefreshMinutes': String(client.localDataRefreshMinutes),
    },
  };
}

/** The smallest value each number field accepts: the organization's minimums for intervals. */
export function numberMinimums(org: OrganizationSettings): Record<NumberKey, number> {
  return {
    outlooksyncinterval: minimumMinutes(org.minoutlooksyncinterval),
    offlinesyncinterval: minimumMinutes(org.minofflinesyncinterval),
    addressbooksyncinterval: minimumMinutes(org.minaddressbooksyncinterval),
    'client.localDataRefreshMinutes': 1,
  };
}

/** The largest value each number field accepts: the columns are whole numbers (Int32). */
export const NUMBER_MAXIMUM = INT32_MAX;

export type DraftErrors = Partial<Record<NumberKey | 'client.crmUrl', string>>;

function minutes(count: number): string {
  return `${count} ${count === 1 ? 'minute' : 'minutes'}`;
}

function numberError(text: string, minimum: number): string | null {
  if (!/^\d+$/.test(text)) return 'Enter a whole number of minutes.';
  const value = Number(text);
  if (value < minimum) return `Enter at least ${minutes(minimum)}.`;
  if (value > NUMBER_MAXIMUM) return `Enter at most ${minutes(NUMBER_MAXIMUM)}.`;
  return null;
}

/** Whether Save would switch the settings source (and so not write the personal options). */
export function isSwitchingSource(draft: OptionsDraft, initial: OptionsDraft): boolean {
  return draft.kind !== initial.kind;
}

/**
 * The draft as settings to save, or the message for each field that cannot be saved. When the
 * source is being switched, the personal options are the loaded ones: they are not saved.
 */
export function readDraft(
  edited: OptionsDraft,
  org: OrganizationSettings,
  initial: OptionsDraft = edited,
): { ok: true; change: OptionsChange; notes: string[] } | { ok: false; errors: DraftErrors } {
  const refresh = edited.numbers['client.localDataRefreshMinutes'];
  const draft = isSwitchingSource(edited, initial)
    ? {
        ...edited,
        usersettings: initial.usersettings,
        numbers: { ...initial.numbers, 'client.localDataRefreshMinutes': refresh },
      }
    : edited;
  const errors: DraftErrors = {};
  const minimums = numberMinimums(org);
  const numbers = {} as Record<NumberKey, number>;

  for (const key of Object.keys(minimums) as NumberKey[]) {
    const text = draft.numbers[key].trim();
    const error = numberError(text, minimums[key]);
    if (error !== null) errors[key] = error;
    numbers[key] = Number(text);
  }

  const url = checkCrmAddress(draft.client.crmUrl);
  if (!url.ok) errors['client.crmUrl'] = CRM_ADDRESS_MESSAGES[url.problem];
  if (!url.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const notes = url.apiPathDropped
    ? [`The CRM address is saved as ${url.value}: the add-in adds the Web API path itself.`]
    : [];
  return {
    ok: true,
    notes,
    change: {
      kind: draft.kind,
      usersettings: {
        ...draft.usersettings,
        outlooksyncinterval: numbers.outlooksyncinterval,
        offlinesyncinterval: numbers.offlinesyncinterval,
        addressbooksyncinterval: numbers.addressbooksyncinterval,
      },
      client: {
        ...draft.client,
        crmUrl: url.value,
        localDataRefreshMinutes: numbers['client.localDataRefreshMinutes'],
      },
    },
  };
}

/** Whether the draft differs from what was loaded. */
export function isDraftChanged(draft: OptionsDraft, initial: OptionsDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}
