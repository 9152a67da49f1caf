import type { IncomingMessage, ServerResponse } from 'node:http';
import { badPayload, ERROR_CODES, ODataError } from './errors';

/** Bodies above this are refused with 413 (Dataverse's own limit is larger; a mock needs less). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
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
  sendJson(res, requestId, known.status, { error: { code: known.code, message: known.message } });
}

/** Reads a JSON object body: 415 unless JSON, 413 when too large, 400 when not an object. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  const text = await readBody(req);

  if (!/^application\/json\b/i.test(type)) {
    throw new ODataError(
      415,
      ERROR_CODES.badPayload,
      `The content type '${type || '(none)'}' is not supported; send application/json.`,
    );
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badPayload('Error identified in Payload provided by the user: the body is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badPayload('Error identified in Payload provided by the user: expected an object.');
  }
  return parsed as Record<string, unknown>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;

    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DISCARD_BYTES) {
        req.destroy();
        return;
      }
      // Past the limit the rest is read and dropped, so the client still gets the 413.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        reject(new ODataError(413, ERROR_CODES.badPayload, 'The request body is too large.'));
      } else {
        resolve(Buffer.concat(chunks).toString('utf8'));
      }
    });
    req.on('error', reject);
  });
}
