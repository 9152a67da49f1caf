import { isTrackerError, type ErrorCode } from '../domain/errors';

/** What the pane shows for a failure. */
export interface ErrorReport {
  code: ErrorCode | 'Unexpected';
  /** The sentence after "Failed: ". */
  text: string;
  /** True when the text carries the server's code, message and request id. */
  verbose: boolean;
  serverCode?: string;
  requestId?: string;
  /** What the user can do about it, when that is not "check Options". */
  hint?: string;
}

const SHORT_TEXT: Record<ErrorCode | 'Unexpected', string> = {
  BadOption: 'An option is not valid. Check Options.',
  BadSettings: 'The settings could not be read. Check Options.',
  ConcurrentAction: 'Another action on this message is still running.',
  CrmUnavailable: 'The CRM could not be reached.',
  CrmTimeout: 'The CRM did not answer in time.',
  CrmRejected: 'The CRM refused the request.',
  CrmNotFound: 'The CRM record no longer exists.',
  FileUnreadable: 'The message could not be read.',
  HostUnsupported: 'This version of Outlook is not supported.',
  ItemChanged: 'The selected message changed before the action finished.',
  MalformedMessage: 'The message could not be read.',
  NoItem: 'No message is selected.',
  NotTracked: 'The message is not tracked.',
  OfficeCallFailed: 'Outlook could not complete the request.',
  RegardingRequired: 'Choose a regarding record first (Set Regarding).',
  Unexpected: 'Something went wrong.',
};

/** One line with everything an administrator needs: code, server code, message, request id. */
export function errorDetails(error: unknown): string {
  if (!isTrackerError(error)) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }

  const parts = [`code ${error.code}`];
  if (error.serverCode) parts.push(`server code ${error.serverCode}`);
  if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
  parts.push(`message "${error.message}"`);
  if (error.requestId) parts.push(`request id ${error.requestId}`);
  return parts.join(', ');
}

/**
 * Verbose (VerboseErrorsOnPromoteToCRM = 1): the server's code, message and request id.
 * Short: a fixed sentence per code; the caller logs the details to the diagnostics log.
 */
export function reportError(error: unknown, verbose: boolean): ErrorReport {
  const code = isTrackerError(error) ? error.code : 'Unexpected';
  const serverCode = isTrackerError(error) ? error.serverCode : undefined;
  const requestId = isTrackerError(error) ? error.requestId : undefined;

  const denied = accessDenied(error);
  if (!verbose && denied) {
    return { code, text: denied, verbose, serverCode, requestId, hint: ACCESS_HINT };
  }
  if (!verbose) {
    const text = isBusy(error) ? BUSY_TEXT : SHORT_TEXT[code];
    return { code, text, verbose, serverCode, requestId };
  }

  const message = error instanceof Error ? error.message : String(error);
  const codeText = serverCode ? `${code} ${serverCode}` : code;
  const idText = requestId ? ` Request id: ${requestId}.` : '';
  return {
    code,
    text: `${message} (${codeText}).${idText}`,
    verbose,
    serverCode,
    requestId,
    ...(denied ? { hint: ACCESS_HINT } : {}),
  };
}

const BUSY_TEXT = 'The CRM is busy; try again in a moment.';

/** 429 and 503: the CRM's service protection asked to slow down (see src/crm/throttling.ts). */
function isBusy(error: unknown): boolean {
  return (
    isTrackerError(error) &&
    error.code === 'CrmRejected' &&
    (error.status === 429 || error.status === 503)
  );
}

const ACCESS_HINT =
  "Ask the CRM's administrator to add this mailbox's user to the CRM, or to give them a role.";

/**
 * HTTP 401 and 403: the CRM is there, but does not know this mailbox's user or lets them not do
 * this. The server's message says which (and names the address), so it is shown as is.
 */
function accessDenied(error: unknown): string | null {
  if (!isTrackerError(error) || error.code !== 'CrmRejected') return null;
  if (error.status !== 401 && error.status !== 403) return null;

  const lead =
    error.status === 401
      ? "The CRM does not accept this mailbox's user."
      : "The CRM does not let this mailbox's user do this.";
  const said = error.message.trim();
  return said ? `${lead} The CRM says: ${said}` : lead;
}
