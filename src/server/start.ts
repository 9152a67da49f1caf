/**
 * The local https server: the built pane and harness from dist/, the mock CRM's Web API, and the
 * harness message endpoints. Bound to the loopback interface only.
 */
import { createServer, type ServerOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

import { createWebApiHandler, openCrmStore } from '../mock-crm/index';
import { loadServerCertificate } from './certificates';
import { handleHarnessMessages, type MessageFolders } from './harness-messages';
import { answerClientError, redirect, sendJson, setSecurityHeaders } from './responses';
import { serveStatic } from './static-files';

/** The repository root (this file is src/server/start.ts). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface StartServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Holds the CRM database and the generated certificates. */
  dataDir: string;
  /** Default: dist/ in the repository. */
  distDir?: string;
  /** A loopback address; default 127.0.0.1. */
  host?: string;
  /** Default: samples/ in the repository. */
  samplesDir?: string | null;
  /** Default: $CORPUS_DIR, else ../shared/corpus next to the repository. */
  corpusDir?: string | null;
  /** Default: ~/.office-addin-dev-certs; null never uses the Office dev certificate. */
  officeCertDir?: string | null;
}

export interface RunningServer {
  /** e.g. https://localhost:3000 */
  url: string;
  port: number;
  /** The address the socket is bound to. */
  host: string;
  /** PEM text of the CA that signed the server certificate, when known. */
  ca?: string;
  /** File path of that CA certificate (what the user trusts). */
  caPath?: string;
  certificateSource: 'office-dev-certs' | 'generated';
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);

export function defaultCorpusDir(): string {
  return process.env.CORPUS_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'corpus');
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host =
    options.host === undefined || options.host === 'localhost' ? '127.0.0.1' : options.host;
  if (!LOOPBACK.has(host)) throw new Error(`Refusing to listen on ${host}: loopback only`);

  const distDir = options.distDir ?? resolve(REPO_ROOT, 'dist');
  const folders: MessageFolders = {
    samples: options.samplesDir === undefined ? resolve(REPO_ROOT, 'samples') : options.samplesDir,
    corpus: options.corpusDir === undefined ? defaultCorpusDir() : options.corpusDir,
  };

  const certificate = await loadServerCertificate({
    dataDir: options.dataDir,
    officeCertDir: options.officeCertDir,
  });
  const store = openCrmStore({ dataDir: options.dataDir });
  const webApi = createWebApiHandler(store);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const path = new URL(req.url ?? '/', 'https://localhost').pathname;

    if (webApi(req, res)) return;
    if (handleHarnessMessages(req, res, path, folders)) return;
    if (path === '/api' || path.startsWith('/api/')) {
      sendJson(res, 404, { error: { code: 'NotFound', message: `Unknown API path ${path}` } });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'Use GET' } });
      return;
    }
    if (path === '/') {
      redirect(res, '/harness.html');
      return;
    }
    serveStatic(req, res, distDir, path);
  };

  const tls: ServerOptions = { key: certificate.key, cert: certificate.cert };
  const server = createServer(tls, (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error('Request failed:', req.method, req.url, error);
      if (!res.headersSent) {
        sendJson(res, 500, { error: { code: 'InternalError', message: 'The server failed' } });
      } else {
        res.destroy();
      }
    }
  });

  server.on('clientError', answerClientError);

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port, host, () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `https://localhost:${port}`,
    port,
    host,
    ca: certificate.ca,
    caPath: certificate.caPath,
    certificateSource: certificate.source,
    close() {
      closing ??= new Promise<void>((done) => {
        server.close(() => {
          store.close();
          done();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
