import { DEFAULT_SETTINGS, loadSettings, readSourceKind, saveSettings } from '../settings';
import type { ClientOptions, UserSettings } from '../domain/settings-model';
import type { LoadedSettings, SettingsSourceKind } from '../settings/settings-source';
import type { OutlookHost } from '../outlook/outlook-host';
import { buildCrmBaseUrl } from './build-config';
import type { CrmClientFactory } from './crm-connection';
import { resolveCrmBaseUrl } from './crm-endpoint';
import type { DiagnosticsLog } from './diagnostics-log';
import { errorDetails } from './error-report';

/** What the Options view hands back on Save. */
export interface OptionsChange {
  kind: SettingsSourceKind;
  usersettings: UserSettings;
  client: ClientOptions;
}

/**
 * Saves the user's options to the chosen source and remembers the source. The service source is
 * reached at the CRM address being saved, so that fixing a wrong address works.
 */
export async function saveOptions(options: {
  host: OutlookHost;
  createClient: CrmClientFactory;
  crmBaseUrl?: string;
  change: OptionsChange;
  log: DiagnosticsLog;
}): Promise<LoadedSettings> {
  const { host, change } = options;
  const store = host.roamingSettings();

  try {
    let service;
    let systemUserId: string | undefined;
    if (change.kind === 'service') {
      const baseUrl = resolveCrmBaseUrl({
        userOverride: change.client.crmUrl,
        paneOption: options.crmBaseUrl,
        buildDefault: buildCrmBaseUrl(),
      });
      service = options.createClient({ baseUrl, userAddress: host.mailboxOwner().address });
      systemUserId = (await service.whoAmI()).id;
    }

    // saveSettings also remembers the source kind and persists the store.
    return await saveSettings({ ...change, store, service, systemUserId });
  } catch (error) {
    options.log.error('The options could not be saved.', errorDetails(error));
    throw error;
  }
}

/** Settings to show in Options when the CRM cannot be reached: the local ones, else defaults. */
export async function fallbackSettings(host: OutlookHost): Promise<LoadedSettings> {
  const store = host.roamingSettings();
  const source = readSourceKind(store);
  try {
    const local = await loadSettings({ kind: 'local', store });
    return { ...local, source };
  } catch {
    return { settings: DEFAULT_SETTINGS, issues: [], source };
  }
}
