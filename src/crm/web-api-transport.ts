import { TrackerError } from '../domain/errors';
import { createRequestGate, DEFAULT_MAX_CONCURRENT } from './request-gate';
import {
  busyError,
  DEFAULT_RETRY_POLICY,
  isThrottled,
  retryAfterMs,
  retryDelay,
  sleep,
  type RetryPolicy,
} from './throttling';

/** One Web API answer, body parsed (null for 204 or an empty body). */
export interface WebApiResponse {
  status: number;
  body: unknown;
  /** OData-EntityId of a created row, if any. */
  entityId: string | null;
}

export interface TransportOptions {
  baseUrl: string;
  userAddress?: string;
  /** Per attempt, from the moment the request leaves the queue. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Requests in flight at once; the rest wait their turn (default 6). */
  maxConcurrent?: number;
  /** Retries of a throttled request (429/503) and the longest wait honoured (2, 10 s). */
  retry?: Partial<RetryPolicy>;
}

export interface RequestOptions {
  body?: unknown;
  /** Extra Prefer values (annotations are always asked for). */
  prefer?: string[];
}

export type Transport = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options?: RequestOptions,
) => Promise<WebApiResponse>;

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Servers and proxies commonly refuse longer request lines; queries are batched below this. */
export const MAX_URL_LENGTH = 8 * 1024;
const API_PATH = '/api/data/v9.2/';

/**
 * Sends Web API requests with the OData headers and a timeout, at most `maxConcurrent` at once,
 * retrying throttled ones after Retry-After, and maps every failure to a TrackerError:
 * CrmUnavailable (network), CrmTimeout, CrmNotFound (404), CrmRejected (other, and "busy").
 */
export function createTransport(options: TransportOptions): Transport {
  const root = `${options.baseUrl.replace(/\/+$/, '')}${API_PATH}`;
  const gate = createRequestGate(options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const attempt = createAttempt(options, root);

  return (method, path, request = {}) => {
    const url = `${root}${path}`;
    if (url.length > MAX_URL_LENGTH) {
      const error = new TrackerError(
        'CrmRejected',
        `The request is too long for the CRM (${url.length} characters in the URL).`,
      );
      return Promise.reject(error);
    }

    return gate.run(async () => {
      for (let retries = 0; ; retries += 1) {
        const { response, text } = await attempt(method, url, request);
        if (!isThrottled(response.status, method)) return interpret(response, text);

        // The slot stays taken while waiting: the CRM asked this user to slow down.
        const retryAfter = retryAfterMs(response.headers.get('Retry-After'));
        const delay = retryDelay(retryAfter, retries, policy);
        if (delay === null) {
          const { serverCode, requestId } = errorDetails(response, parseJson(text));
          throw busyError(response.status, retryAfter, { serverCode, requestId });
        }
        await sleep(delay);
      }
    });
  };
}

type Attempt = (
  method: string,
  url: string,
  request: RequestOptions,
) => Promise<{ response: Response; text: string }>;

/** One fetch with the OData headers and its own timeout; network failures become errors. */
function createAttempt(options: TransportOptions, root: string): Attempt {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  return async (method, url, request) => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'OData-MaxVersion': '4.0',
      'OData-Version': '4.0',
      Prefer: ['odata.include-annotations="*"', ...(request.prefer ?? [])].join(','),
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
    if (options.userAddress) headers['X-CRM-User'] = options.userAddress;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      return { response, text: await response.text() };
    } catch (error) {
      throw toTrackerError(error, controller.signal.aborted, timeoutMs, root);
    } finally {
      clearTimeout(timer);
    }
  };
}

function errorDetails(
  response: Response,
  body: unknown,
): { serverCode?: string; requestId?: string; message?: string } {
  const requestId =
    response.headers.get('x-ms-service-request-id') ?? response.headers.get('REQ_ID') ?? undefined;
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    requestId,
    serverCode: typeof error?.code === 'string' ? error.code : undefined,
    message: typeof error?.message === 'string' && error.message !== '' ? error.message : undefined,
  };
}

function interpret(response: Response, text: string): WebApiResponse {
  const body = parseJson(text);
  const { requestId, serverCode, message } = errorDetails(response, body);

  if (!response.ok) {
    const code = response.status === 404 ? 'CrmNotFound' : 'CrmRejected';
    throw new TrackerError(code, message ?? `The CRM answered HTTP ${response.status}.`, {
      serverCode,
      requestId,
      status: response.status,
    });
  }

  if (body === undefined) {
    throw new TrackerError('CrmRejected', 'The CRM answered with something that is not JSON.', {
      requestId,
      status: response.status,
    });
  }
  return { status: response.status, body, entityId: response.headers.get('OData-EntityId') };
}

/** null for an empty body, undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toTrackerError(error: unknown, timedOut: boolean, timeoutMs: number, root: string) {
  if (error instanceof TrackerError) return error;
  if (timedOut) {
    return new TrackerError(
      'CrmTimeout',
      `The CRM did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
      { cause: error },
    );
  }
  return new TrackerError('CrmUnavailable', `The CRM at ${root} cannot be reached.`, {
    cause: error,
  });
}
