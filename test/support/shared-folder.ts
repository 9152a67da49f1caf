import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared next to the repository: present for developers and CI, not for users. */
export const SHARED_DIR = resolve(__dirname, '..', '..', '..', 'shared');
export const CORPUS_DIR = process.env.CORPUS_DIR ?? join(SHARED_DIR, 'corpus');

/**
 * Whether a test that needs ../shared can run. Missing folder: skipped with a printed notice,
 * except under CI, where it must fail.
 */
export function requireShared(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${what} needs ${path}, which is missing (CI=true makes this a failure).`);
  }
  console.warn(`Skipping ${what}: ${path} is missing.`);
  return false;
}
