import type { IncomingMessage, ServerResponse } from 'node:http';
import { badPayload, ERROR_CODES, ODataError } from './errors';

/**
 * Bodies above this are refused with 413 (Dataverse's own limit is larger; a mock needs less,
 * but room for a 1,048,576-character description in multi-byte UTF-8 and its escapes).
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Past this the connection is dropped instead of read to the end. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

export function baseHeaders(requestId: string): Record<string, string> {
  return {
    'OData-Version': '4.0',
    'x-ms-service-request-id': requestId,
    REQ_ID: requestId,
    'Cache-Control': 'no-cache',
  };
}

export function sendJson(
  res: ServerResponse,
  requestId: string,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...baseHeaders(requestId),
    'Content-Type': 'application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendNoContent(
  res: ServerResponse,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(204, { ...baseHeaders(requestId), ...headers });
  res.end();
}

export function sendError(res: ServerResponse, requestId: string, error: unknown): void {
  const known =
    error instanceof ODataError
      ? error
      : new ODataError(500, ERROR_CODES.unexpected, 'An unexpected error occurred.');
  if (!(error instanceof ODataError)) console.error('Mock CRM: unexpected error', error);

  if (res.headersSent) {
    res.destroy();
    return;
  }
  // After a 413 the rest of the body is not worth reading: the connection closes after it.
  const headers: Record<string, string> = known.status === 413 ? { Connection: 'close' } : {};
  sendJson(
    res,
    requestId,
    known.status,
    { error: { code: known.code, message: known.message } },
    headers,
  );
}

export interface BodyLimits {
  /** Larger bodies are answered 413. */
  maxBytes: number;
  /** Past this much the rest of a refused body is no longer read: the connection is dropped. */
  maxDiscardBytes: number;
}

export const DEFAULT_BODY_LIMITS: Readonly<BodyLimits> = {
  maxBytes: MAX_BODY_BYTES,
  maxDiscardBytes: MAX_DISCARD_BYTES,
};

/**
 * Reads a JSON object body: 415 unless JSON in UTF-8, 413 when too large, 400 when not an
 * object or not valid UTF-8. Always settles, also when the client goes away mid-body.
 */
export async function readJsonBody(
  req: IncomingMessage,
  limits: BodyLimits = DEFAULT_BODY_LIMITS,
): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  const bytes = await readBody(req, limits);

  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ODataError(
      415,
      ERROR_CODES.badPayload,
      `The content type '${type || '(none)'}' is not supported; send application/json.`,
    );
  }
  const charset = /;\s*charset\s*=\s*"?([^;"\s]*)/i.exec(type)?.[1].toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ODataError(
      415,
      ERROR_CODES.badPayload,
      `The charset '${charset}' is not supported; send the JSON body in UTF-8.`,
    );
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw badPayload('Error identified in Payload provided by the user: the body is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badPayload('Error identified in Payload provided by the user: expected an object.');
  }
  return parsed as Record<string, unknown>;
}

/**
 * The body's bytes. Past the limit it rejects at once with 413 (the answer goes out while the
 * rest is read and dropped, so that the client sees it), and drops the connection past
 * `maxDiscardBytes`.
 */
function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const tooLarge = () =>
      new ODataError(
        413,
        ERROR_CODES.badPayload,
        `The request body is larger than ${limits.maxBytes} bytes.`,
      );

    if (Number(req.headers['content-length']) > limits.maxBytes) settle(tooLarge());

    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxDiscardBytes) {
        req.destroy();
      } else if (size > limits.maxBytes || settled) {
        chunks.length = 0;
        settle(tooLarge());
      } else {
        chunks.push(chunk);
      }
    });
    // A client that goes away mid-body is a bad request, not a failure of the mock.
    const cutOff = () => settle(badPayload('The request body was cut off.'));
    req.on('end', () => settle(null));
    req.on('error', cutOff);
    req.on('close', cutOff);
  });
}
