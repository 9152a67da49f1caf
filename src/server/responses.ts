/** Small response helpers shared by the server's routes. */
import { maxHeaderSize, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** Headers every response carries. The pane runs inside Outlook's frame, so no frame denial. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Content-Length': 0 });
  res.end();
}

/** The answer to a request the HTTP parser refused, by the parser's error code. */
const CLIENT_ERRORS: Record<
  string,
  { status: number; reason: string; code: string; text: string }
> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'RequestHeaderFieldsTooLarge',
    text: `The URL and headers are longer than ${maxHeaderSize} bytes; send a shorter query.`,
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'RequestTimeout',
    text: 'The request was not received in time.',
  },
};
const BAD_REQUEST = {
  status: 400,
  reason: 'Bad Request',
  code: 'BadRequest',
  text: 'The request is not valid HTTP.',
};

/**
 * The server's 'clientError' handler: a request too long or malformed for the HTTP parser gets
 * a JSON error in the Web API's shape (`{"error":{"code","message"}}`) instead of an empty
 * answer, and the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }

  const answer = CLIENT_ERRORS[error.code ?? ''] ?? BAD_REQUEST;
  const body = JSON.stringify({ error: { code: answer.code, message: answer.text } });
  const head = [
    `HTTP/1.1 ${answer.status} ${answer.reason}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
