import {
  CLIENT_OPTIONS_KEY,
  DEFAULT_SETTINGS,
  loadSettings,
  readSourceKind,
  saveSettings,
  writeSourceKind,
} from '../settings';
import type { LoadedSettings, OptionsChange, SettingsIssue } from '../settings/settings-source';
import type { OutlookHost } from '../outlook/outlook-host';
import { buildCrmBaseUrl } from './build-config';
import type { CrmClientFactory } from './crm-connection';
import { resolveCrmBaseUrl } from './crm-endpoint';
import type { DiagnosticsLog } from './diagnostics-log';
import { errorDetails } from './error-report';

/** What the Options view hands back on Save. */
export type { OptionsChange };

/** The issue that says the personal options shown are not the CRM's and will not be saved. */
export const PERSONAL_OPTIONS_NOT_LOADED: SettingsIssue = {
  key: 'usersettings',
  found: 'no answer from the CRM',
  used: 'the values stored in Outlook, for display only',
  reason:
    'not loaded: the CRM could not be reached; only the client options and the CRM address ' +
    'are saved',
};

/**
 * Saves the user's options to the chosen source and remembers the source. The service source is
 * reached at the CRM address being saved, so that fixing a wrong address works.
 *
 * personalOptionsLoaded false (the settings shown were fallbackSettings): the personal options
 * in the change are not the CRM's, so for the service source only the client options (the CRM
 * address among them) are saved, locally, without reaching the CRM.
 */
export async function saveOptions(options: {
  host: OutlookHost;
  createClient: CrmClientFactory;
  crmBaseUrl?: string;
  change: OptionsChange;
  log: DiagnosticsLog;
  personalOptionsLoaded?: boolean;
}): Promise<LoadedSettings> {
  const { host, change } = options;
  const store = host.roamingSettings();

  try {
    const staysOnService = change.kind === 'service' && readSourceKind(store) === 'service';
    if (options.personalOptionsLoaded === false && staysOnService) {
      // A CRM address that is not a URL is refused here rather than saved.
      resolveCrmBaseUrl({ userOverride: change.client.crmUrl, buildDefault: '' });
      store.set(CLIENT_OPTIONS_KEY, JSON.stringify({ ...change.client }));
      writeSourceKind(store, 'service');
      await store.save();
      return await fallbackSettings(host);
    }

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
  // Shown under the service source, the local values would pass for the CRM's.
  const notLoaded = source === 'service' ? [PERSONAL_OPTIONS_NOT_LOADED] : [];
  try {
    const local = await loadSettings({ kind: 'local', store });
    return { ...local, source, issues: [...notLoaded, ...local.issues] };
  } catch {
    return { settings: DEFAULT_SETTINGS, issues: notLoaded, source };
  }
}
