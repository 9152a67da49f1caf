/**
 * Offline manifest validation: `tsx scripts/validate-manifest.ts [manifest.xml ...]`
 * (`npm run validate -- dist/manifest.xml` checks the built copy too).
 * Prints every problem as `file:line: [code] message` and exits 1 when there is any.
 */
import { relative, resolve } from 'node:path';

import { validateManifest } from './manifest/validate';

/** Validates one manifest and prints the outcome; returns whether it passed. */
function report(path: string): boolean {
  const manifestPath = resolve(path);
  const shown = relative(process.cwd(), manifestPath) || manifestPath;
  const result = validateManifest(manifestPath, { strict: process.env.CI === 'true' });

  for (const notice of result.notices) console.log(`notice: ${notice}`);

  if (!result.problems.length) {
    console.log(`${shown}: valid`);
    return true;
  }
  for (const problem of result.problems) {
    const where = problem.line ? `${shown}:${problem.line}` : shown;
    console.error(`${where}: [${problem.code}] ${problem.message}`);
  }
  console.error(`${shown}: ${result.problems.length} problem(s) found`);
  return false;
}

const paths = process.argv.slice(2);
const outcomes = (paths.length ? paths : ['manifest.xml']).map(report);
if (outcomes.includes(false)) process.exitCode = 1;
