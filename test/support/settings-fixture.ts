import type { TrackingSettings } from '../../src/domain/settings-model';
import { defaultSettings } from '../../src/settings';

/**
 * The defaults of spec §1, from the settings layer (whose own tests check them against the
 * spec), as a fresh copy that a rule test may change.
 */
export function specDefaults(): TrackingSettings {
  return defaultSettings();
}

/** Layer-wise overrides of the spec defaults. */
export interface SettingsOverrides {
  usersettings?: Partial<TrackingSettings['usersettings']>;
  organization?: Partial<TrackingSettings['organization']>;
  orgdborgsettings?: Partial<TrackingSettings['orgdborgsettings']>;
  client?: Partial<TrackingSettings['client']>;
}

export function settingsWith(overrides: SettingsOverrides = {}): TrackingSettings {
  const base = specDefaults();
  return {
    usersettings: { ...base.usersettings, ...overrides.usersettings },
    organization: { ...base.organization, ...overrides.organization },
    orgdborgsettings: { ...base.orgdborgsettings, ...overrides.orgdborgsettings },
    client: { ...base.client, ...overrides.client },
  };
}
