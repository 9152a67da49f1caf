/**
 * The harness endpoints: `GET /harness/messages` lists the sample and corpus .eml files and
 * `GET /harness/messages/<source>/<file>` returns one file's raw bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

import { sendJson } from './responses';

export type MessageSource = 'samples' | 'corpus';

export interface HarnessMessage {
  id: string;
  source: MessageSource;
  file: string;
}

/** Folder per source; a missing folder simply lists nothing. */
export type MessageFolders = Record<MessageSource, string | null>;

const SOURCES: readonly MessageSource[] = ['samples', 'corpus'];
const EML_FILE = /^[^/\\]+\.eml$/i;
export const MESSAGES_PATH = '/harness/messages';

/** The `.eml` files directly inside `dir`, sorted; [] when the folder is missing. */
function emlFiles(dir: string | null): string[] {
  if (!dir) return [];
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && EML_FILE.test(entry.name) && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

export function listHarnessMessages(folders: MessageFolders): HarnessMessage[] {
  return SOURCES.flatMap((source) =>
    emlFiles(folders[source]).map((file) => ({ id: `${source}/${file}`, source, file })),
  );
}

/** Handles the harness routes; returns false for any other path. */
export function handleHarnessMessages(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  folders: MessageFolders,
): boolean {
  if (urlPath !== MESSAGES_PATH && !urlPath.startsWith(`${MESSAGES_PATH}/`)) return false;

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'Use GET' } });
    return true;
  }

  if (urlPath === MESSAGES_PATH || urlPath === `${MESSAGES_PATH}/`) {
    sendJson(res, 200, listHarnessMessages(folders));
    return true;
  }

  // Only names that the listing itself returns are served, which rules out traversal.
  const [source, encodedFile, ...rest] = urlPath.slice(MESSAGES_PATH.length + 1).split('/');
  let file = '';
  try {
    file = decodeURIComponent(encodedFile ?? '');
  } catch {
    file = '';
  }
  const known =
    rest.length === 0 &&
    SOURCES.includes(source as MessageSource) &&
    emlFiles(folders[source as MessageSource]).includes(file);
  if (!known) {
    sendJson(res, 404, { error: { code: 'NotFound', message: `No message ${source}/${file}` } });
    return true;
  }

  const bytes = readFileSync(join(folders[source as MessageSource] as string, file));
  res.writeHead(200, {
    'Content-Type': 'message/rfc822',
    'Content-Length': bytes.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return true;
}
