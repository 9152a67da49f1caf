/** Runs every offline manifest check and collects the problems. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import {
  checkHttpsOnly,
  checkIdAndVersion,
  checkChildOrder,
  checkRoot,
  checkVersionOverrides,
  collectImageUrls,
  MAIL_APP_CHILDREN,
  type ManifestProblem,
} from './rules';
import { checkAgainstSchema } from './schema-check';
import { parseXml, XmlSyntaxError, type XmlElement } from './xml-reader';

export type { ManifestProblem } from './rules';

/** Image URLs under this prefix must exist as files in the assets folder. */
export const LOCAL_ASSETS_PREFIX = 'https://localhost:3000/assets/';

export interface ValidateOptions {
  /** Folder holding the icons; default `assets/` beside the manifest. */
  assetsDir?: string;
  /** Folder with OfficeAppManifestV1_1.xsd; null skips the schema check. */
  schemaDir?: string | null;
  /** Missing schemas or xmllint are failures instead of notices (CI). */
  strict?: boolean;
}

export interface ValidationReport {
  problems: ManifestProblem[];
  notices: string[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function checkIconFiles(root: XmlElement, assetsDir: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const { url, element } of collectImageUrls(root)) {
    if (!url.startsWith(LOCAL_ASSETS_PREFIX)) continue;
    const relative = decodeURIComponent(url.slice(LOCAL_ASSETS_PREFIX.length).split(/[?#]/)[0]);
    const file = resolve(assetsDir, relative);
    if (!file.startsWith(resolve(assetsDir)) || !existsSync(file) || !statSync(file).isFile()) {
      problems.push({
        code: 'icon',
        message: `<${element.name}> points at ${url} but ${file} does not exist`,
        line: element.line,
      });
      continue;
    }
    if (file.endsWith('.png') && !readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE)) {
      problems.push({ code: 'icon', message: `${file} is not a PNG file`, line: element.line });
    }
  }
  return problems;
}

/** Validates the manifest at `manifestPath`; never throws for a bad manifest. */
export function validateManifest(
  manifestPath: string,
  options: ValidateOptions = {},
): ValidationReport {
  if (!existsSync(manifestPath)) {
    return { problems: [{ code: 'file', message: `${manifestPath} does not exist` }], notices: [] };
  }

  let root: XmlElement;
  try {
    root = parseXml(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const message = `not well-formed XML: ${error.message.replace(/^line \d+: /, '')}`;
    return { problems: [{ code: 'xml', message, line: error.line }], notices: [] };
  }

  const problems = [
    ...checkRoot(root),
    ...checkChildOrder(root, MAIL_APP_CHILDREN),
    ...checkIdAndVersion(root),
    ...checkVersionOverrides(root),
    ...checkHttpsOnly(root),
    ...checkIconFiles(root, options.assetsDir ?? join(dirname(manifestPath), 'assets')),
  ];

  const notices: string[] = [];
  if (options.schemaDir !== null) {
    const schemaDir = options.schemaDir ?? defaultSchemaDir();
    const schema = checkAgainstSchema(manifestPath, schemaDir, options.strict ?? false);
    problems.push(...schema.problems);
    notices.push(...schema.notices);
  }
  return { problems, notices };
}

/** `../shared/schemas/manifest` next to the repository, unless MANIFEST_SCHEMAS says otherwise. */
export function defaultSchemaDir(): string {
  return (
    process.env.MANIFEST_SCHEMAS ??
    resolve(__dirname, '..', '..', '..', 'shared', 'schemas', 'manifest')
  );
}
