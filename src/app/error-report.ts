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

  if (!verbose) {
    return { code, text: SHORT_TEXT[code], verbose, serverCode, requestId };
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
  };
}
