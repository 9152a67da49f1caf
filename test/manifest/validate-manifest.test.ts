import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { defaultSchemaDir, validateManifest } from '../../scripts/manifest/validate';

const REPO = resolve(__dirname, '..', '..');
const REAL_MANIFEST = join(REPO, 'manifest.xml');
const ASSETS = join(REPO, 'assets');
const real = readFileSync(REAL_MANIFEST, 'utf8');
const inCi = process.env.CI === 'true';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-manifest-'));
  // The command line looks for icons beside the manifest it checks.
  cpSync(ASSETS, join(dir, 'assets'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeVariant(name: string, text: string): string {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, text);
  return file;
}

/** Replaces exactly the first occurrence, and fails loudly if the text is not there. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`test setup: "${from}" not found in manifest.xml`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('the real manifest', () => {
  it('passes every offline check, including the XSD check when the schemas are present', () => {
    const report = validateManifest(REAL_MANIFEST, { strict: inCi });
    for (const notice of report.notices) console.log(`notice: ${notice}`);
    expect(report.problems).toEqual([]);
  });

  it('lets old hosts open the pane, requires 1.8 for commands, pins in the 1.1 block', () => {
    expect(real).toMatch(/<Requirements>\s*<Sets>\s*<Set Name="Mailbox" MinVersion="1.1"\/>/);
    expect(real).toMatch(/<bt:Sets DefaultMinVersion="1.8">/);
    const inner = real.slice(real.indexOf('xsi:type="VersionOverridesV1_1"'));
    expect(inner).toContain('<SupportsPinning>true</SupportsPinning>');
    const outer = real.slice(0, real.indexOf('xsi:type="VersionOverridesV1_1"'));
    expect(outer).not.toContain('SupportsPinning');
  });
});

// Each broken copy is made from the real manifest, so the table follows the manifest as it evolves.
const brokenVariants: {
  name: string;
  make: (text: string) => string;
  code: string;
  message: RegExp;
  line?: (text: string) => number;
}[] = [
  {
    name: 'an undefined resid',
    make: (t) => replaceOnce(t, 'resid="Taskpane.Url"', 'resid="Taskpane.Nowhere"'),
    code: 'resid',
    message: /resid="Taskpane\.Nowhere".*not defined/,
    line: (t) => lineOf(t, 'Taskpane.Nowhere'),
  },
  {
    name: 'a resid defined only in the outer VersionOverrides block',
    make: (t) => {
      const inner = t.indexOf('xsi:type="VersionOverridesV1_1"');
      const urlDefinition = t.indexOf('<bt:Url id="Commands.Url"', inner);
      const lineEnd = t.indexOf('\n', urlDefinition);
      return t.slice(0, urlDefinition) + t.slice(lineEnd + 1);
    },
    code: 'resid',
    message: /resid="Commands\.Url".*not defined/,
  },
  {
    name: 'a resid pointing at the wrong kind of resource',
    make: (t) => replaceOnce(t, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
    code: 'resid',
    message: /must point into <bt:ShortStrings>/,
  },
  {
    name: 'an http URL',
    make: (t) =>
      replaceOnce(t, 'https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'),
    code: 'https',
    message: /"http:\/\/localhost:3000\/taskpane\.html".*must be https/,
    line: (t) => lineOf(t, 'http://localhost:3000/taskpane.html'),
  },
  {
    name: 'an Id that is not a GUID',
    make: (t) => t.replace(/<Id>[^<]*<\/Id>/, '<Id>crm-tracker</Id>'),
    code: 'id',
    message: /<Id> must be a GUID.*"crm-tracker"/,
  },
  {
    name: 'a five-part version',
    make: (t) => t.replace(/<Version>[^<]*<\/Version>/, '<Version>1.0.0.0.0</Version>'),
    code: 'version',
    message: /<Version> must be 1 to 4.*"1\.0\.0\.0\.0"/,
  },
  {
    name: 'a version part with six digits',
    make: (t) => t.replace(/<Version>[^<]*<\/Version>/, '<Version>1.123456</Version>'),
    code: 'version',
    message: /"1\.123456"/,
  },
  {
    name: 'OfficeApp children out of schema order',
    make: (t) => {
      const version = t.match(/ *<Version>[^<]*<\/Version>\n/)![0];
      const provider = t.match(/ *<ProviderName>[^<]*<\/ProviderName>\n/)![0];
      return replaceOnce(t.replace(version, ''), provider, provider + version);
    },
    code: 'order',
    message: /<Version> must come before <ProviderName>/,
  },
  {
    name: 'a missing required element',
    make: (t) => t.replace(/ *<DefaultLocale>[^<]*<\/DefaultLocale>\n/, ''),
    code: 'missing-element',
    message: /required element <DefaultLocale> is missing/,
  },
  {
    name: 'an unclosed element (malformed XML)',
    make: (t) => replaceOnce(t, '</Hosts>', ''),
    code: 'xml',
    message: /not well-formed XML: end tag <\/OfficeApp> does not match <Hosts>/,
  },
  {
    name: 'an unquoted attribute (malformed XML)',
    make: (t) => replaceOnce(t, 'Mode="Or"', 'Mode=Or'),
    code: 'xml',
    message: /not well-formed XML: malformed attribute in <Rule>/,
    line: (t) => lineOf(t, 'Mode=Or'),
  },
  {
    name: 'a bare ampersand (malformed XML)',
    make: (t) => replaceOnce(t, 'Fabrikam CRM Tools', 'Fabrikam & Co'),
    code: 'xml',
    message: /not well-formed XML/,
  },
  {
    name: 'an icon URL whose file is missing',
    make: (t) => replaceOnce(t, 'assets/icon-80.png', 'assets/icon-81.png'),
    code: 'icon',
    message: /icon-81\.png but .*assets[/\\]icon-81\.png does not exist/,
  },
  {
    name: 'xsi:type TaskPaneApp instead of MailApp',
    make: (t) => replaceOnce(t, 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"'),
    code: 'root',
    message: /xsi:type="MailApp"/,
  },
];

describe.each(brokenVariants)('a manifest with $name', ({ name, make, code, message, line }) => {
  it(`fails with a "${code}" problem that says what is wrong`, () => {
    const text = make(real);
    expect(text).not.toBe(real);
    const report = validateManifest(writeVariant(name.replace(/\W+/g, '-'), text), {
      assetsDir: ASSETS,
      schemaDir: null,
    });

    const matching = report.problems.filter((p) => p.code === code && message.test(p.message));
    expect(matching.length).toBeGreaterThan(0);
    if (line) expect(matching[0].line).toBe(line(text));
  });
});

describe('the XSD check', () => {
  const schemas = defaultSchemaDir();
  const available = existsSync(join(schemas, 'OfficeAppManifestV1_1.xsd'));
  if (!available && !inCi) console.log(`notice: ${schemas} missing, XSD tests skipped`);
  const itWithSchemas = available || inCi ? it : it.skip;

  itWithSchemas('rejects SupportsPinning in the 1.0 block, which the offline rules allow', () => {
    const outerAction = '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>';
    const text = replaceOnce(
      real,
      outerAction,
      '<SourceLocation resid="Taskpane.Url"/>\n<SupportsPinning>true</SupportsPinning></Action>',
    );
    const report = validateManifest(writeVariant('pinning-in-1-0', text), {
      assetsDir: ASSETS,
      strict: true,
    });
    expect(report.problems.map((p) => p.code)).toEqual(['schema']);
    expect(report.problems[0].message).toMatch(/SupportsPinning/);
  });

  it('is a failure, not a notice, in CI when the schemas are missing', () => {
    const missing = join(dir, 'no-schemas-here');
    const strict = validateManifest(REAL_MANIFEST, { schemaDir: missing, strict: true });
    expect(strict.problems.map((p) => p.code)).toEqual(['schema-missing']);
    const local = validateManifest(REAL_MANIFEST, { schemaDir: missing, strict: false });
    expect(local.problems).toEqual([]);
    expect(local.notices.join('\n')).toMatch(/schema check skipped/);
  });
});

describe('npm run validate (the command line)', () => {
  const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
  const run = (file: string) =>
    spawnSync(tsx, ['scripts/validate-manifest.ts', file], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, MANIFEST_SCHEMAS: join(dir, 'none'), CI: 'false' },
    });

  it('exits 0 for the real manifest', () => {
    const result = run('manifest.xml');
    expect(result.stdout).toMatch(/manifest\.xml: valid/);
    expect(result.status).toBe(0);
  });

  it('prints every problem with file and line, and exits 1', () => {
    const text = real
      .replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>')
      .replace('https://localhost:3000/support.html', 'http://localhost:3000/support.html');
    const file = writeVariant('cli-two-problems', text);
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cli-two-problems\.xml:\d+: \[id\] <Id> must be a GUID/);
    expect(result.stderr).toMatch(/cli-two-problems\.xml:\d+: \[https\] <SupportUrl>/);
    expect(result.stderr).toMatch(/2 problem\(s\) found/);
  });
});
