/** Every failure the product reports carries one of these codes. */
export type ErrorCode =
  | 'BadOption'
  | 'BadSettings'
  | 'ConcurrentAction'
  | 'CrmUnavailable'
  | 'CrmTimeout'
  | 'CrmRejected'
  | 'CrmNotFound'
  | 'FileUnreadable'
  | 'HostUnsupported'
  | 'ItemChanged'
  | 'MalformedMessage'
  | 'NoItem'
  | 'NotTracked'
  | 'OfficeCallFailed'
  | 'RegardingRequired';

/** A typed error: a stable code, a sentence for the user, and what the server said if anything. */
export class TrackerError extends Error {
  readonly code: ErrorCode;
  /** Dataverse error code (for example 0x80040217) when the CRM gave one. */
  readonly serverCode?: string;
  /** The CRM's request id, which the user can quote to an administrator. */
  readonly requestId?: string;
  readonly status?: number;

  constructor(
    code: ErrorCode,
    message: string,
    details: { serverCode?: string; requestId?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TrackerError';
    this.code = code;
    this.serverCode = details.serverCode;
    this.requestId = details.requestId;
    this.status = details.status;
  }
}

export function isTrackerError(value: unknown): value is TrackerError {
  return value instanceof TrackerError;
}
