import { loadSettings, readSourceKind } from '../settings';
import { createWebApiClient } from '../crm/web-api-client';
import type { CrmClient } from '../crm/crm-client';
import type { CrmUser } from '../domain/crm-records';
import type { LoadedSettings } from '../settings/settings-source';
import type { OutlookHost } from '../outlook/outlook-host';
import { buildCrmBaseUrl } from './build-config';
import { resolveCrmBaseUrl } from './crm-endpoint';
import type { DiagnosticsLog } from './diagnostics-log';

/**
 * Makes the CRM client for a base URL; the caller header is the mailbox owner's address.
 * onWarning hears what a lookup left out (too many addresses or ids for one request).
 */
export type CrmClientFactory = (options: {
  baseUrl: string;
  userAddress: string;
  onWarning?: (message: string) => void;
}) => CrmClient;

export const defaultClientFactory: CrmClientFactory = (options) => createWebApiClient(options);

/** The settings in force, the client that reads and writes the CRM, and the signed-in user. */
export interface CrmConnection {
  loaded: LoadedSettings;
  client: CrmClient;
  user: CrmUser;
  baseUrl: string;
}

/**
 * Loads the settings from the remembered source and connects to the CRM. The client options
 * (including the CRM URL override) always live in the local store, so they are read first;
 * the service source then needs the client and the user's id to read the rest.
 */
export async function connectToCrm(options: {
  host: OutlookHost;
  createClient: CrmClientFactory;
  crmBaseUrl?: string;
  /** Where the client's lookup warnings go: the diagnostics log the pane shows. */
  log?: DiagnosticsLog;
}): Promise<CrmConnection> {
  const store = options.host.roamingSettings();
  const kind = readSourceKind(store);
  const local = await loadSettings({ kind: 'local', store });

  const baseUrl = resolveCrmBaseUrl({
    userOverride: local.settings.client.crmUrl,
    paneOption: options.crmBaseUrl,
    buildDefault: buildCrmBaseUrl(),
  });
  const log = options.log;
  const client = options.createClient({
    baseUrl,
    userAddress: options.host.mailboxOwner().address,
    onWarning: log && ((message) => log.warn(message)),
  });
  const user = await client.whoAmI();

  if (kind === 'local') {
    return { loaded: local, client, user, baseUrl };
  }

  const loaded = await loadSettings({ kind, store, service: client, systemUserId: user.id });
  return { loaded, client, user, baseUrl };
}
