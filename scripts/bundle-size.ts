/**
 * Prints the initial download of each page in dist/ (the JS and CSS its HTML loads), raw and
 * gzipped, and the on-demand chunks. Run after a production build: `npm run size`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGES = ['taskpane', 'harness', 'commands'] as const;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function measure(distDir: string, file: string): FileSize {
  const bytes = readFileSync(join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Local scripts and stylesheets an HTML page loads (CDN files such as office.js excluded). */
export function initialFiles(html: string): string[] {
  const refs = [
    ...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi),
    ...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*\bhref=["']?([^"' >]+)/gi),
  ].map((match) => match[1]);
  return refs
    .filter((ref) => !/^(https?:)?\/\//i.test(ref))
    .map((ref) => ref.replace(/^\.?\//, '').split(/[?#]/)[0]);
}

/** A chunk webpack numbered itself, rather than one the source named. */
export const isNumbered = (file: string): boolean => /^\d+\./.test(file);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);

function main(): void {
  const distDir = resolve(__dirname, '..', 'dist');
  if (!existsSync(join(distDir, 'taskpane.html'))) {
    console.error('dist/taskpane.html is missing: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }

  const initial = new Set<string>();
  console.log(`${'page (initial JS+CSS)'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const page of PAGES) {
    const html = readFileSync(join(distDir, `${page}.html`), 'utf8');
    const sizes = initialFiles(html).map((file) => measure(distDir, file));
    sizes.forEach((size) => initial.add(size.file));
    const raw = sizes.reduce((sum, size) => sum + size.raw, 0);
    const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
    console.log(`${page.padEnd(28)}${kb(raw)}${kb(gzip)}`);
  }

  // Named chunks are the pane's parts (webpackChunkName); numbered ones are libraries webpack split
  // off for them, and unnamed imports.
  const lazy = readdirSync(distDir)
    .filter((file) => /\.(js|css)$/.test(file) && !initial.has(file))
    .sort((a, b) => Number(isNumbered(a)) - Number(isNumbered(b)) || a.localeCompare(b))
    .map((file) => measure(distDir, file));
  if (lazy.length) {
    console.log('\non demand (named: parts; numbered: their libraries, unnamed imports)');
    for (const size of lazy) console.log(`${size.file.padEnd(28)}${kb(size.raw)}${kb(size.gzip)}`);
    const raw = lazy.reduce((sum, size) => sum + size.raw, 0);
    const gzip = lazy.reduce((sum, size) => sum + size.gzip, 0);
    console.log(`${'all on demand'.padEnd(28)}${kb(raw)}${kb(gzip)}`);
  }
  if (!readdirSync(distDir).some((file) => /\.[0-9a-f]{8}\.js$/.test(file))) {
    console.log('\nnote: dist/ looks like a development build; sizes are not representative.');
  }
}

if (require.main === module) main();
