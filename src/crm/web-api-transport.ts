import { TrackerError } from '../domain/errors';

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
  timeoutMs?: number;
  fetch?: typeof fetch;
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
const API_PATH = '/api/data/v9.2/';

/**
 * Sends Web API requests with the OData headers and a timeout, and maps every failure to a
 * TrackerError: CrmUnavailable (network), CrmTimeout, CrmNotFound (404), CrmRejected (other).
 */
export function createTransport(options: TransportOptions): Transport {
  const root = `${options.baseUrl.replace(/\/+$/, '')}${API_PATH}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  return async (method, path, request = {}) => {
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
      const response = await fetchImpl(`${root}${path}`, {
        method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      const text = await response.text();
      return interpret(response, text);
    } catch (error) {
      throw toTrackerError(error, controller.signal.aborted, timeoutMs, root);
    } finally {
      clearTimeout(timer);
    }
  };
}

function interpret(response: Response, text: string): WebApiResponse {
  const requestId =
    response.headers.get('x-ms-service-request-id') ?? response.headers.get('REQ_ID') ?? undefined;
  const body = parseJson(text);

  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const serverCode = typeof error?.code === 'string' ? error.code : undefined;
    const message =
      typeof error?.message === 'string' && error.message !== ''
        ? error.message
        : `The CRM answered HTTP ${response.status}.`;
    const code = response.status === 404 ? 'CrmNotFound' : 'CrmRejected';
    throw new TrackerError(code, message, { serverCode, requestId, status: response.status });
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
