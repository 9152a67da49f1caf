import type { TrackingSettings } from '../domain/settings-model';
import { DEFAULT_SETTINGS } from './defaults';
import { ORGANIZATION_REFERENCE } from './reference-organization';
import { ORGDB_REFERENCE } from './reference-orgdb';
import { CLIENT_OPTIONS_REFERENCE, USER_SETTINGS_REFERENCE } from './reference-personal';
import type { ReferenceEntry, SettingReference, SettingsLayer } from './reference-types';

export type { SettingReference, SettingsLayer } from './reference-types';

function defaultText(settings: TrackingSettings, layer: SettingsLayer, key: string): string {
  const name = layer === 'client' ? key.slice('client.'.length) : key;
  const value = (settings[layer] as unknown as Record<string, unknown>)[name];
  if (value === '') return '(empty)';
  return String(value);
}

function withLayer(layer: SettingsLayer, entries: ReferenceEntry[]): SettingReference[] {
  return entries.map((entry) => ({
    layer,
    ...entry,
    default: defaultText(DEFAULT_SETTINGS, layer, entry.key),
  }));
}

/** Every settings key of spec §1.1–1.3 (plus client.crmUrl), in the spec's order. */
export const SETTINGS_REFERENCE: readonly SettingReference[] = Object.freeze([
  ...withLayer('usersettings', USER_SETTINGS_REFERENCE),
  ...withLayer('client', CLIENT_OPTIONS_REFERENCE),
  ...withLayer('organization', ORGANIZATION_REFERENCE),
  ...withLayer('orgdborgsettings', ORGDB_REFERENCE),
]);

/** The reference row of a key as spelled in the spec, if any. */
export function findSettingReference(key: string): SettingReference | undefined {
  return SETTINGS_REFERENCE.find((entry) => entry.key === key);
}
