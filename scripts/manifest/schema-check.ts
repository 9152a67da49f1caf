/** Runs xmllint against the Office add-in XSDs when they and xmllint are available. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { ManifestProblem } from './rules';

export const SCHEMA_FILE = 'OfficeAppManifestV1_1.xsd';

export interface SchemaCheckResult {
  problems: ManifestProblem[];
  notices: string[];
}

/**
 * Validates `manifestPath` with `xmllint --noout --schema`. A missing schema folder or a missing
 * xmllint is a notice locally and a failure when `strict` (CI) is set.
 */
export function checkAgainstSchema(
  manifestPath: string,
  schemaDir: string,
  strict: boolean,
): SchemaCheckResult {
  const schema = join(schemaDir, SCHEMA_FILE);
  if (!existsSync(schema)) {
    const message =
      `XSD schemas not found at ${schemaDir} (set MANIFEST_SCHEMAS): ` + 'schema check skipped';
    return strict
      ? { problems: [{ code: 'schema-missing', message }], notices: [] }
      : { problems: [], notices: [message] };
  }

  const run = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], {
    encoding: 'utf8',
  });
  if (run.error) {
    const message =
      'xmllint is not installed (Debian: apt-get install -y libxml2-utils): schema check skipped';
    return strict
      ? { problems: [{ code: 'xmllint-missing', message }], notices: [] }
      : { problems: [], notices: [message] };
  }
  if (run.status === 0) return { problems: [], notices: [] };

  // xmllint prints "file:line: element X: Schemas validity error : ..." lines, then a summary.
  const lines = `${run.stderr}`
    .split('\n')
    .filter((l) => l.trim() && !/fails to validate$/.test(l));
  const problems = (lines.length ? lines : [`xmllint exited with status ${run.status}`]).map(
    (text) => {
      const line = /:(\d+):/.exec(text);
      return {
        code: 'schema',
        message: text.replace(/^.*?:\d+:\s*/, ''),
        line: line ? Number(line[1]) : undefined,
      };
    },
  );
  return { problems, notices: [] };
}
