import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApiHandler, openCrmStore, type CrmStore } from '../../src/mock-crm';

export const SEED_PATH = join(__dirname, 'fixtures', 'mini-seed.json');
export const BOB_ID = 'a0000000-0000-4000-8000-000000000001';
export const TEST_USER_ID = 'a0000000-0000-4000-8000-000000000002';
export const ALICE_ID = 'c0000000-0000-4000-8000-000000000001';
export const OBRIEN_ID = 'c0000000-0000-4000-8000-000000000002';
export const CONTOSO_ID = 'b0000000-0000-4000-8000-000000000001';
export const DAVE_LEAD_ID = 'd0000000-0000-4000-8000-000000000001';
export const OPPORTUNITY_ID = 'f0000000-0000-4000-8000-000000000001';
export const TRACKED_EMAIL_ID = '70000000-0000-4000-8000-000000000001';

export interface RunningMock {
  baseUrl: string;
  dataDir: string;
  store: CrmStore;
  /** Fetches a Web API path (after /api/data/v9.2/) and parses the JSON answer, if any. */
  api(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/** The mock on 127.0.0.1 with a free port and a fresh data directory. */
export async function startMock(options: { dataDir?: string } = {}): Promise<RunningMock> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mock-crm-test-'));
  const store = openCrmStore({ dataDir, seedPath: SEED_PATH });
  const handler = createWebApiHandler(store);
  const server: Server = createServer((req, res) => {
    if (!handler(req, res)) {
      res.writeHead(418);
      res.end('not the mock');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    dataDir,
    store,
    async api(path, init = {}) {
      const body = init.body;
      const response = await fetch(`${baseUrl}/api/data/v9.2/${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : null,
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

export function removeDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * The mock for a whole test file: started before its tests and removed after them. The object
 * is usable from the tests on; reading it at the top level of the file throws.
 */
export function mockForSuite(): RunningMock {
  let started: RunningMock | undefined;
  beforeAll(async () => {
    started = await startMock();
  });
  afterAll(async () => {
    if (!started) return;
    await started.close();
    removeDir(started.dataDir);
  });

  const current = (): RunningMock => {
    if (!started) throw new Error('The mock CRM starts in beforeAll; use it inside tests.');
    return started;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get dataDir() {
      return current().dataDir;
    },
    get store() {
      return current().store;
    },
    api: (path, init) => current().api(path, init),
    close: () => current().close(),
  };
}
