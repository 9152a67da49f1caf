import { TrackerError } from '../domain/errors';

/**
 * Service protection: Dataverse answers 429 (and a busy gateway 503) with Retry-After when a
 * user sends too much. The transport waits and retries a couple of times, then gives up with a
 * "busy" error rather than "cannot be reached".
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Longest wait before a retry; a server asking for longer is not retried at all. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = { maxRetries: 2, maxDelayMs: 10_000 };

/** Waited before a retry when the server gave no Retry-After: 1 s, then 2 s, ... */
const FALLBACK_DELAY_MS = 1_000;

/**
 * Whether the answer means "too busy, come back later". A 503 may have been half-processed by
 * a gateway, so a POST (which would create a second row) is retried on 429 only.
 */
export function isThrottled(status: number, method: string): boolean {
  return status === 429 || (status === 503 && method !== 'POST');
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;

  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The wait before retry number `attempt` (0 for the first), or null to give up now. */
export function retryDelay(
  retryAfter: number | null,
  attempt: number,
  policy: RetryPolicy,
): number | null {
  if (attempt >= policy.maxRetries) return null;
  const delay = retryAfter ?? FALLBACK_DELAY_MS * 2 ** attempt;
  return delay > policy.maxDelayMs ? null : delay;
}

/** CrmRejected with a sentence that names the real cause: the CRM asked to slow down. */
export function busyError(
  status: number,
  retryAfter: number | null,
  details: { serverCode?: string; requestId?: string },
): TrackerError {
  const when =
    retryAfter === null || retryAfter < 1000
      ? 'in a minute'
      : `in ${Math.ceil(retryAfter / 1000)} s`;
  return new TrackerError(
    'CrmRejected',
    `The CRM is busy (HTTP ${status}) and asked the add-in to slow down. Try again ${when}.`,
    { ...details, status },
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
