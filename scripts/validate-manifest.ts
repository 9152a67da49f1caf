/**
 * Offline manifest validation: `tsx scripts/validate-manifest.ts [manifest.xml]`.
 * Prints every problem as `file:line: [code] message` and exits 1 when there is any.
 */
import { relative, resolve } from 'node:path';

import { validateManifest } from './manifest/validate';

function main(): void {
  const manifestPath = resolve(process.argv[2] ?? 'manifest.xml');
  const shown = relative(process.cwd(), manifestPath) || manifestPath;
  const report = validateManifest(manifestPath, { strict: process.env.CI === 'true' });

  for (const notice of report.notices) console.log(`notice: ${notice}`);

  if (report.problems.length) {
    for (const problem of report.problems) {
      const where = problem.line ? `${shown}:${problem.line}` : shown;
      console.error(`${where}: [${problem.code}] ${problem.message}`);
    }
    console.error(`${shown}: ${report.problems.length} problem(s) found`);
    process.exitCode = 1;
    return;
  }
  console.log(`${shown}: valid`);
}

main();
