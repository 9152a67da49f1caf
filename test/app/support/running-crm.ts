import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApiHandler, DEFAULT_SEED_PATH, openCrmStore } from '../../../src/mock-crm';

/** The real mock CRM with the demo seed on 127.0.0.1, in a fresh data directory. */
export async function startDemoCrm() {
  const dataDir = mkdtempSync(join(tmpdir(), 'pane-app-test-'));
  const store = openCrmStore({ dataDir, seedPath: DEFAULT_SEED_PATH });
  const handler = createWebApiHandler(store);
  const server = createServer((req, res) => {
    if (!handler(req, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    /** GETs a Web API path as Bob and returns the JSON. */
    async get(path: string): Promise<any> {
      const response = await fetch(`${baseUrl}/api/data/v9.2/${path}`, {
        headers: { 'X-CRM-User': 'bob@fabrikam.example' },
      });
      return {
        status: response.status,
        body: response.status === 204 ? null : await response.json(),
      };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
