/** Where a setting lives (spec §1). */
export type SettingsLayer = 'usersettings' | 'client' | 'organization' | 'orgdborgsettings';

/** One row of the settings reference, shown by the Options view and printed into the README. */
export interface SettingReference {
  layer: SettingsLayer;
  /** As spelled in the spec: `incomingemailfilteringmethod`, `client.backgroundTrack`, ... */
  key: string;
  /** The option in plain words. */
  label: string;
  /** The allowed values, in words. */
  values: string;
  /** The default, as text. */
  default: string;
  /** What it changes in this product, or what it would change when it is modelled only. */
  effect: string;
  /** false: modelled, shown and edited, but with no effect in this product yet. */
  inEffect: boolean;
}

/** A reference row before its layer and default are filled in. */
export type ReferenceEntry = Omit<SettingReference, 'layer' | 'default'>;

export const BOOLEAN_VALUES = 'true / false (also 1 / 0)';
export const MODELLED_SYNC = 'Modelled only: the add-in does not synchronize.';

/** Whole numbers are also read from text ("30"), as booleans are from 1 / 0. */
export const AS_TEXT = '(also as text, such as "30")';
