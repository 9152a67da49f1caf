/**
 * Writes the settings reference table into README.md between its two markers, from
 * SETTINGS_REFERENCE, so that the README cannot drift from the code. `--check` only compares.
 */
// Run: npm run docs:settings  (or: npx tsx scripts/settings-reference.ts --check)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmeWithSettingsReference } from './readme-settings';

const readmePath = resolve(__dirname, '..', 'README.md');
const current = readFileSync(readmePath, 'utf8');
const next = readmeWithSettingsReference(current);

if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md settings reference is out of date: run `npm run docs:settings`.');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(readmePath, next);
  console.error('README.md settings reference updated.');
}
