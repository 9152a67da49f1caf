import * as v from 'valibot';
import type {
  ClientOptions,
  OrganizationSettings,
  UserSettings,
} from '../../domain/settings-model';
import { minimumMinutes, type SettingsSourceKind } from '../../settings';
import { baseUrlValue } from '../../settings/value-schemas';

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

export interface OptionsChange {
  kind: SettingsSourceKind;
  usersettings: UserSettings;
  client: ClientOptions;
}

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

export type DraftErrors = Partial<Record<NumberKey | 'client.crmUrl', string>>;

/** The draft as settings to save, or the message for each field that cannot be saved. */
export function readDraft(
  draft: OptionsDraft,
  org: OrganizationSettings,
): { ok: true; change: OptionsChange } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const minimums = numberMinimums(org);
  const numbers = {} as Record<NumberKey, number>;

  for (const key of Object.keys(minimums) as NumberKey[]) {
    const text = draft.numbers[key].trim();
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(value)) errors[key] = 'Enter a whole number of minutes.';
    else if (value < minimums[key]) errors[key] = `Enter at least ${minimums[key]} minutes.`;
    numbers[key] = value;
  }

  const url = v.safeParse(baseUrlValue, draft.client.crmUrl);
  if (!url.success) {
    errors['client.crmUrl'] = 'Enter an address starting with https:// (or leave it empty).';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
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
        crmUrl: url.success ? url.output : '',
        localDataRefreshMinutes: numbers['client.localDataRefreshMinutes'],
      },
    },
  };
}

/** Whether the draft differs from what was loaded. */
export function isDraftChanged(draft: OptionsDraft, initial: OptionsDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}
