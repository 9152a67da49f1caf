import { TrackerError } from '../domain/errors';

/**
 * The base URL the CRM client talks to: the user's `client.crmUrl` when set, else the explicit
 * option given to the pane, else the build's default ('' = same origin as the pane).
 * Throws BadOption for an override that is not an http(s) URL, so a typo is reported, not fetched.
 */
export function resolveCrmBaseUrl(options: {
  userOverride: string;
  paneOption?: string;
  buildDefault: string;
}): string {
  const override = options.userOverride.trim();
  if (override !== '') {
    return checkedUrl(override);
  }

  return trimSlash(options.paneOption ?? options.buildDefault);
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TrackerError('BadOption', `The CRM address "${value}" is not a URL.`);
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TrackerError('BadOption', `The CRM address "${value}" must start with https://.`);
  }
  return trimSlash(`${url.origin}${url.pathname}`);
}

function trimSlash(value: string): string {
  return value.replace(/\/+$/, '');
}
