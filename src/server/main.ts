/**
 * `npm start` / `npm run serve`: the https dev server on https://localhost:$PORT (default 3000).
 * Env: PORT, CRM_DATA_DIR (default .data/ in the repository), CORPUS_DIR.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { REPO_ROOT, startServer } from './start';
import { startupMessage } from './startup-message';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const dataDir = resolve(process.env.CRM_DATA_DIR ?? resolve(REPO_ROOT, '.data'));
  const distDir = resolve(REPO_ROOT, 'dist');
  const distMissing = !existsSync(distDir) || readdirSync(distDir).length === 0;

  const server = await startServer({ port, dataDir, distDir });
  const manifest = existsSync(resolve(distDir, 'manifest.xml'))
    ? resolve(distDir, 'manifest.xml')
    : resolve(REPO_ROOT, 'manifest.xml');

  console.log(
    startupMessage({
      url: server.url,
      caPath: server.caPath,
      certificateSource: server.certificateSource,
      manifestPath: manifest,
      distMissing,
    }),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server...`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? 3000} is in use: stop the other server or set PORT.`);
  } else {
    console.error('The server could not start:', error);
  }
  process.exit(1);
});
