import type { ClientOptions, UserSettings } from '../domain/settings-model';
import { TrackerError } from '../domain/errors';
import { describeValue, isPlainObject } from './read-field';
import {
  DOCUMENT_KEY,
  parseJsonText,
  parseLayers,
  readDocumentSections,
  type RawLayers,
} from './parse-document';
import type {
  KeyValueStore,
  LoadedSettings,
  OrganizationDocument,
  SettingsIssue,
  SettingsServiceApi,
  SettingsSourceKind,
} from './settings-source';

/** Store keys: the local document, the client options, the chosen source. */
export const LOCAL_SETTINGS_KEY = 'crmTracker.settings';
export const CLIENT_OPTIONS_KEY = 'crmTracker.client';
export const SOURCE_KIND_KEY = 'crmTracker.settingsSource';

export interface SettingsSourceOptions {
  kind: SettingsSourceKind;
  store: KeyValueStore;
  service?: SettingsServiceApi;
  systemUserId?: string;
}

export interface SaveSettingsOptions extends SettingsSourceOptions {
  usersettings: UserSettings;
  client: ClientOptions;
  /**
   * Local source only: replaces the document's `organization` and `orgdborgsettings`. The
   * service source never writes organization settings (an administrator changes them).
   */
  organizationDocument?: OrganizationDocument;
}

/** The key under which a remembered source that is neither kind is reported. */
export const SOURCE_KIND_ISSUE_KEY = 'settingsSource';

/** The remembered source; 'service' unless 'local' was chosen. */
export function readSourceKind(store: KeyValueStore): SettingsSourceKind {
  return store.get(SOURCE_KIND_KEY) === 'local' ? 'local' : 'service';
}

/** An issue when the remembered source is set but is neither 'service' nor 'local'. */
function sourceKindIssue(store: KeyValueStore): SettingsIssue | null {
  const stored: unknown = store.get(SOURCE_KIND_KEY);
  if (stored === null || stored === undefined || stored === 'local' || stored === 'service') {
    return null;
  }
  return {
    key: SOURCE_KIND_ISSUE_KEY,
    found: describeValue(stored),
    used: '"service"',
    reason: 'not "service" or "local"',
  };
}

/** Remembers the source; the caller (or saveSettings) persists the store. */
export function writeSourceKind(store: KeyValueStore, kind: SettingsSourceKind): void {
  store.set(SOURCE_KIND_KEY, kind);
}

/** A stored JSON value; unreadable JSON is reported under `issueKey` and read as missing. */
function readStoredJson(
  store: KeyValueStore,
  key: string,
  issueKey: string,
  issues: SettingsIssue[],
): unknown {
  // The contract says text, but a host may hand back what another client stored as an object.
  const text: unknown = store.get(key);
  if (text === null || text === undefined) return undefined;
  if (typeof text === 'string') return parseJsonText(text, issues, issueKey);
  issues.push({
    key: issueKey,
    found: describeValue(text),
    used: describeValue(text),
    reason: 'stored as a value, not as JSON text; read as it is',
  });
  return text;
}

function requireService(options: SettingsSourceOptions): {
  service: SettingsServiceApi;
  systemUserId: string;
} {
  if (!options.service || !options.systemUserId) {
    throw new TrackerError(
      'BadSettings',
      'Settings come from the CRM, but no CRM connection or user is known.',
    );
  }
  return { service: options.service, systemUserId: options.systemUserId };
}

interface ServiceLayers extends RawLayers {
  organizationId?: string;
}

async function readServiceLayers(options: SettingsSourceOptions): Promise<ServiceLayers> {
  const { service, systemUserId } = requireService(options);
  const [usersettings, organization] = await Promise.all([
    service.getUserSettingsRow(systemUserId),
    service.getOrganizationRow(),
  ]);
  const orgRow = isPlainObject(organization) ? organization : {};
  return {
    usersettings,
    organization,
    orgdborgsettings: orgRow.orgdborgsettings,
    client: undefined,
    organizationId: typeof orgRow.organizationid === 'string' ? orgRow.organizationid : undefined,
  };
}

/**
 * Loads all layers from the chosen source; client options always from the local store (or,
 * before any were saved, from a local document's `client` section). A service failure rejects
 * with the client's TrackerError.
 */
export async function loadSettings(options: SettingsSourceOptions): Promise<LoadedSettings> {
  const issues: SettingsIssue[] = [];
  const kindIssue = sourceKindIssue(options.store);
  if (kindIssue) issues.push(kindIssue);
  const storedClient = readStoredJson(options.store, CLIENT_OPTIONS_KEY, 'client', issues);

  let layers: ServiceLayers;
  if (options.kind === 'service') {
    layers = await readServiceLayers(options);
  } else {
    const doc = readStoredJson(options.store, LOCAL_SETTINGS_KEY, DOCUMENT_KEY, issues);
    layers = readDocumentSections(doc, issues) ?? {
      usersettings: undefined,
      organization: undefined,
      orgdborgsettings: undefined,
      client: undefined,
    };
  }

  const client = storedClient === undefined ? layers.client : storedClient;
  const parsed = parseLayers({ ...layers, client }, options.kind === 'local');
  const loaded: LoadedSettings = {
    settings: parsed.settings,
    issues: [...issues, ...parsed.issues],
    source: options.kind,
  };
  if (layers.organizationId !== undefined) loaded.organizationId = layers.organizationId;
  return loaded;
}

/** The columns whose stored value differs from the one to save. */
function changedColumns(row: unknown, next: UserSettings): Record<string, unknown> {
  const current = isPlainObject(row) ? row : {};
  const patch: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(next)) {
    if (current[column] !== value) patch[column] = value;
  }
  return patch;
}

function writeLocalDocument(
  store: KeyValueStore,
  usersettings: UserSettings,
  organizationDocument: OrganizationDocument | undefined,
): void {
  const text: unknown = store.get(LOCAL_SETTINGS_KEY);
  let doc: Record<string, unknown> = {};
  try {
    const parsed: unknown = typeof text === 'string' ? JSON.parse(text) : text;
    if (isPlainObject(parsed)) doc = parsed;
  } catch {
    // An unreadable document is replaced; loading it had already reported the problem.
  }

  // Client options live under their own key; a copy in the document would only go stale.
  const { client: _staleClient, ...rest } = doc;
  const next: Record<string, unknown> = { ...rest, usersettings: { ...usersettings } };
  if (organizationDocument) {
    next.organization = organizationDocument.organization;
    next.orgdborgsettings = organizationDocument.orgdborgsettings;
  }
  store.set(LOCAL_SETTINGS_KEY, JSON.stringify(next));
}

/**
 * Saves personal options to the chosen source (service: PATCH of the changed columns only) and
 * client options and the source choice locally, then returns the settings as reloaded. Nothing
 * is stored locally when the service rejects the change.
 *
 * Choosing another source than the remembered one only switches: the personal options given
 * were read from the old source, so writing them would overwrite the new source's values. They
 * are not written; the returned settings are the new source's.
 */
export async function saveSettings(options: SaveSettingsOptions): Promise<LoadedSettings> {
  const switching = readSourceKind(options.store) !== options.kind;
  if (switching) {
    // Reach the service before storing anything, so a switch to an unreachable CRM changes nothing.
    if (options.kind === 'service') await readServiceLayers(options);
  } else if (options.kind === 'service') {
    const { service, systemUserId } = requireService(options);
    const row = await service.getUserSettingsRow(systemUserId);
    const patch = changedColumns(row, options.usersettings);
    if (Object.keys(patch).length > 0) await service.patchUserSettingsRow(systemUserId, patch);
  } else {
    writeLocalDocument(options.store, options.usersettings, options.organizationDocument);
  }

  options.store.set(CLIENT_OPTIONS_KEY, JSON.stringify({ ...options.client }));
  writeSourceKind(options.store, options.kind);
  await options.store.save();

  return loadSettings(options);
}
