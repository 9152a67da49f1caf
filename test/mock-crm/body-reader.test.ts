import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readJsonBody, sendError, sendJson } from '../../src/mock-crm/http-io';

/**
 * The body reader against real sockets, with small limits: it must settle (answer or fail) for
 * a body that is too large, far too large, or cut off, and the server must keep serving.
 */

const LIMITS = { maxBytes: 1000, maxDiscardBytes: 20_000 };
let server: Server;
let port: number;
let outcomes: string[];

beforeAll(async () => {
  server = createServer((req, res) => {
    readJsonBody(req, LIMITS).then(
      (body) => {
        outcomes.push('read');
        sendJson(res, 'req', 200, body);
      },
      (error: { status?: number }) => {
        outcomes.push(`failed ${error.status ?? 'socket'}`);
        sendError(res, 'req', error);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
beforeEach(() => {
  outcomes = [];
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Sends the chunks (stopping early with `cut`), and reports the status or the socket error. */
function send(chunks: Buffer[], headers: Record<string, string> = {}, cut = false) {
  return new Promise<{ status?: number; connection?: string; error?: string }>((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode, connection: res.headers.connection }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code }));
    for (const chunk of chunks) req.write(chunk);
    if (cut) setTimeout(() => req.destroy(), 50);
    else req.end();
  });
}

async function settled(): Promise<string[]> {
  for (let i = 0; i < 100 && outcomes.length === 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return outcomes;
}

const json = (size: number) => Buffer.from(JSON.stringify({ text: 'x'.repeat(size) }));

describe('readJsonBody', () => {
  it('reads a body within the limit', async () => {
    expect(await send([json(100)])).toMatchObject({ status: 200 });
    expect(await settled()).toEqual(['read']);
  });

  it('answers 413 and closes the connection for a body over the limit', async () => {
    expect(await send([json(5000)])).toEqual({ status: 413, connection: 'close' });
    expect(await settled()).toEqual(['failed 413']);
  });

  it('answers 413 at once when Content-Length already says too much', async () => {
    const body = json(3000);
    const reply = await send([body], { 'Content-Length': String(body.length) });
    expect(reply.status).toBe(413);
    expect(await settled()).toEqual(['failed 413']);
  });

  it('settles and stops reading a body far over the limit, then keeps serving', async () => {
    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(10_000, 0x20));
    const reply = await send(chunks);
    expect(reply.status === 413 || reply.error !== undefined).toBe(true);
    expect(await settled()).toEqual(['failed 413']);
    expect((await send([json(10)])).status).toBe(200);
  });

  it('settles when the client goes away in the middle of the body', async () => {
    const reply = await send([Buffer.from('{"text":"')], { 'Content-Length': '500' }, true);
    expect(reply.error).toBeDefined();
    expect(await settled()).toEqual(['failed 400']);
  });
});
