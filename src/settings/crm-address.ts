/**
 * The CRM address a user may enter (`client.crmUrl`): an https base URL such as
 * `https://contoso.crm.dynamics.com`. Office add-ins run on https pages, which cannot call http
 * addresses (mixed content), so http is refused. A pasted Web API address
 * (`.../api/data/v9.2/`) is cut back to the base, because the client adds that path itself.
 */

export type CrmAddressProblem = 'not-a-url' | 'not-https' | 'has-query' | 'has-credentials';

export type CrmAddressCheck =
  { ok: true; value: string; apiPathDropped: boolean } | { ok: false; problem: CrmAddressProblem };

const API_PATH = /\/api\/data\/v\d+(?:\.\d+)*$/i;

/** Checks and normalizes an entered address; '' (use the default) is allowed. */
export function checkCrmAddress(text: string): CrmAddressCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: '', apiPathDropped: false };

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed)) {
    return { ok: false, problem: 'has-query' };
  }
  // An address must not carry a password or token (they would be stored in roaming settings).
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'has-credentials' };

  const withoutSlashes = trimmed.replace(/\/+$/, '');
  const base = withoutSlashes.replace(API_PATH, '').replace(/\/+$/, '');
  return { ok: true, value: base, apiPathDropped: base !== withoutSlashes };
}

/** What to tell the user about an address that cannot be used. */
export const CRM_ADDRESS_MESSAGES: Record<CrmAddressProblem, string> = {
  'not-a-url': 'Enter the CRM address as a URL, such as https://contoso.crm.dynamics.com.',
  'not-https':
    'The CRM address must start with https://: Outlook add-ins cannot reach http addresses.',
  'has-query': 'Enter the CRM address without a "?" query or "#" part.',
  'has-credentials': 'Enter the CRM address without a user name or password.',
};

/** The issue reason when a stored address had its Web API path removed. */
export const API_PATH_DROPPED =
  'the Web API path is added by the add-in, so the base address is used';
