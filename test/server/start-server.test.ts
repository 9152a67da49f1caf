import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer, type RunningServer } from '../../src/server/start';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Requests over TLS, trusting only the CA the server generated for this test. */
function fetchRaw(server: RunningServer, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: server.port,
        path,
        method,
        ca: server.ca,
        rejectUnauthorized: true,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const SAMPLE_BYTES = Buffer.from(
  'From: Alice <alice@contoso.example>\r\nSubject: Hi\r\n\r\nBody\r\n',
);

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'crm-server-'));
  // dist/ sits two levels down so that one and two "../" both reach a secret file.
  const dist = join(root, 'site', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'harness.html'), '<!doctype html><title>harness</title>');
  writeFileSync(join(dist, 'taskpane.0123abcd.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'icon-16.png'), Buffer.from([137, 80, 78, 71]));
  writeFileSync(join(root, 'package.json'), '{"secret": true}');
  writeFileSync(join(root, 'site', 'package.json'), '{"secret": true}');
  writeFileSync(join(root, 'outside.eml'), 'secret');

  const samples = join(root, 'samples');
  mkdirSync(join(samples, 'nested.eml'), { recursive: true });
  writeFileSync(join(samples, 'b-second.eml'), SAMPLE_BYTES);
  writeFileSync(join(samples, 'a-first.eml'), 'Subject: first\r\n\r\n');
  writeFileSync(join(samples, 'README.md'), 'not a message');
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'mail-01.eml'), 'Subject: corpus\r\n\r\n');

  server = await startServer({
    port: 0,
    dataDir: join(root, 'data'),
    distDir: dist,
    samplesDir: samples,
    corpusDir: corpus,
    officeCertDir: null,
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on loopback only and reports a localhost https URL', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`https://localhost:${server.port}`);
    expect(server.ca).toMatch(/-----BEGIN CERTIFICATE-----/);
  });

  it('cannot be reached on a non-loopback address of this machine', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (!external) {
      console.log('notice: no non-loopback IPv4 interface here; only the bound address is checked');
      return;
    }
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });

  it('refuses to listen on a non-loopback host', async () => {
    await expect(
      startServer({ port: 0, dataDir: join(root, 'data'), host: '0.0.0.0', officeCertDir: null }),
    ).rejects.toThrow(/loopback only/);
  });

  it('redirects / to the harness page and serves it as HTML with security headers', async () => {
    const home = await fetchRaw(server, '/');
    expect(home.status).toBe(302);
    expect(home.headers.location).toBe('/harness.html');

    const page = await fetchRaw(server, '/harness.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toContain('<title>harness</title>');
  });

  it('lets browsers keep content-hashed bundles and answers HEAD without a body', async () => {
    const bundle = await fetchRaw(server, '/taskpane.0123abcd.js', 'HEAD');
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bundle.headers['cache-control']).toContain('immutable');
    expect(bundle.headers['content-length']).toBe('14');
    expect(bundle.body.length).toBe(0);
  });

  it.each([
    '/..%2f..%2fpackage.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/assets/..%5c..%5cpackage.json',
    '/harness.html%00.png',
    '/assets',
    '/assets/',
    '/missing.html',
  ])('answers 404 without leaking anything for %s', async (path) => {
    const reply = await fetchRaw(server, path);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('secret');
    expect(reply.body.toString()).not.toContain('icon-16');
  });

  it('rejects writes to static files', async () => {
    expect((await fetchRaw(server, '/harness.html', 'POST')).status).toBe(405);
  });

  it('lists only .eml files, samples then corpus, each sorted', async () => {
    const reply = await fetchRaw(server, '/harness/messages');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body.toString())).toEqual([
      { id: 'samples/a-first.eml', source: 'samples', file: 'a-first.eml' },
      { id: 'samples/b-second.eml', source: 'samples', file: 'b-second.eml' },
      { id: 'corpus/mail-01.eml', source: 'corpus', file: 'mail-01.eml' },
    ]);
  });

  it('serves a listed message as its exact raw bytes', async () => {
    const reply = await fetchRaw(server, '/harness/messages/samples/b-second.eml');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('message/rfc822');
    expect(reply.body.equals(SAMPLE_BYTES)).toBe(true);
  });

  it.each([
    '/harness/messages/samples/..%2foutside.eml',
    '/harness/messages/samples/..%2f..%2foutside.eml',
    '/harness/messages/corpus/a-first.eml',
    '/harness/messages/other/a-first.eml',
    '/harness/messages/samples/README.md',
    '/harness/messages/samples/nested.eml',
  ])('does not serve %s', async (path) => {
    const reply = await fetchRaw(server, path);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('secret');
  });

  it('routes the Dataverse Web API to the mock CRM', async () => {
    const reply = await fetchRaw(server, '/api/data/v9.2/systemusers');
    expect(reply.status).toBe(200);
    const users = JSON.parse(reply.body.toString()).value as { internalemailaddress: string }[];
    expect(users.map((user) => user.internalemailaddress)).toContain('bob@fabrikam.example');
  });

  it('answers unknown /api paths with a JSON 404', async () => {
    const reply = await fetchRaw(server, '/api/v1/nothing');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(JSON.parse(reply.body.toString()).error.code).toBe('NotFound');
  });

  it('answers a URL too long for the HTTP parser with a JSON 431, and keeps serving', async () => {
    const filter = encodeURIComponent(`fullname eq '${'x'.repeat(20 * 1024)}'`);
    const reply = await fetchRaw(server, `/api/data/v9.2/contacts?$filter=${filter}`);
    expect(reply.status).toBe(431);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers.connection).toBe('close');
    const { error } = JSON.parse(reply.body.toString());
    expect(error.code).toBe('RequestHeaderFieldsTooLarge');
    expect(error.message).toMatch(/longer than \d+ bytes/);

    expect((await fetchRaw(server, '/api/data/v9.2/WhoAmI')).status).toBe(200);
  });

  it('answers the Web API service root with and without the trailing slash', async () => {
    for (const path of ['/api/data/v9.2', '/api/data/v9.2/']) {
      const reply = await fetchRaw(server, path);
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body.toString()).value).toContainEqual(
        expect.objectContaining({ name: 'contacts', kind: 'EntitySet' }),
      );
    }
  });

  it('reuses the generated CA on the next start with the same data folder', async () => {
    const dist = join(root, 'site', 'dist');
    const again = await startServer({
      port: 0,
      dataDir: join(root, 'data2'),
      distDir: dist,
      officeCertDir: null,
    });
    const third = await startServer({
      port: 0,
      dataDir: join(root, 'data2'),
      distDir: dist,
      officeCertDir: null,
    });
    try {
      expect(again.ca).toBeDefined();
      expect(third.ca).toBe(again.ca);
      expect(again.ca).not.toBe(server.ca);
      expect(third.caPath).toBe(join(root, 'data2', 'certs', 'ca.crt'));
    } finally {
      await third.close();
      await again.close();
    }
  }, 30_000);
});
