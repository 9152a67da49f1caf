import type { ClientOptions, TrackingSettings, UserSettings } from '../domain/settings-model';

/** Where the user settings and organization settings come from (spec §1). */
export type SettingsSourceKind = 'service' | 'local';

/** A key that was ignored or changed while reading a settings document, and why. */
export interface SettingsIssue {
  /** As written in the spec: `incomingemailfilteringmethod`, `client.backgroundTrack`, ... */
  key: string;
  /** What was found, as text. */
  found: string;
  /** What is used instead, as text. */
  used: string;
  /** Why, in a sentence: "not a boolean", "below the minimum of 15", ... */
  reason: string;
}

export interface LoadedSettings {
  settings: TrackingSettings;
  issues: SettingsIssue[];
  source: SettingsSourceKind;
  /** The organization row's `organizationid`, when the service source returned one. */
  organizationId?: string;
}

/**
 * The organization part of a local settings document, as the user wrote it: validated when
 * loaded, like the rest of the document.
 */
export interface OrganizationDocument {
  organization: unknown;
  orgdborgsettings: unknown;
}

/** A string key-value store: Office roaming settings in Outlook, localStorage elsewhere. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  /** Persists the changes (roaming settings saveAsync); localStorage resolves at once. */
  save(): Promise<void>;
}

/**
 * The Web API calls the `service` source needs; the CRM client implements it. Rows are plain
 * Web API JSON objects (column logical names), unvalidated: the settings layer validates them.
 */
export interface SettingsServiceApi {
  getUserSettingsRow(systemUserId: string): Promise<Record<string, unknown>>;
  patchUserSettingsRow(systemUserId: string, patch: Record<string, unknown>): Promise<void>;
  /** The organization row, orgdborgsettings XML included. */
  getOrganizationRow(): Promise<Record<string, unknown>>;
}

/** What the Options view asks to save: the source, the personal and client options, and
 * (local source only, when its text was changed) the organization document. */
export interface OptionsChange {
  kind: SettingsSourceKind;
  usersettings: UserSettings;
  client: ClientOptions;
  organizationDocument?: OrganizationDocument;
}
