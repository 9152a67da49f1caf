import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO = resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(resolve(REPO, 'webpack.config.js')) as (
  env: Record<string, string>,
  argv: { mode: string },
) => { plugins: object[]; output: { filename: string; path: string }; target: string[] };

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => Buffer | string;
}

function copyPatterns(env: Record<string, string>): CopyPattern[] {
  const config = makeConfig(env, { mode: 'production' });
  const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin') as {
    patterns: CopyPattern[];
  };
  return copy.patterns;
}

function builtManifest(env: Record<string, string>): string {
  const pattern = copyPatterns(env).find((p) => p.from === 'manifest.xml')!;
  const source = readFileSync(resolve(REPO, 'manifest.xml'));
  return String(pattern.transform ? pattern.transform(source) : source);
}

function crmBaseUrl(env: Record<string, string>): unknown {
  const config = makeConfig(env, { mode: 'production' });
  const define = config.plugins.find((p) => p.constructor.name === 'DefinePlugin') as {
    definitions: Record<string, string>;
  };
  return JSON.parse(define.definitions.__CRM_BASE_URL__);
}

describe('webpack.config.js', () => {
  const original = readFileSync(resolve(REPO, 'manifest.xml'), 'utf8');

  it('copies the manifest unchanged by default', () => {
    expect(builtManifest({})).toBe(original);
  });

  it('--env url= points every localhost URL of dist/manifest.xml at the given host', () => {
    const built = builtManifest({ url: 'https://crm-tracker.contoso.example/' });
    const before = original.split('https://localhost:3000').length - 1;
    expect(before).toBeGreaterThan(10);
    expect(built).not.toContain('localhost');
    expect(built.split('https://crm-tracker.contoso.example').length - 1).toBe(before);
    expect(built).not.toContain('example//');
    expect(built).toContain('https://crm-tracker.contoso.example/taskpane.html');
  });

  it('writes to dist/ unless --env outDir= says elsewhere (npm test leaves dist/ alone)', () => {
    expect(makeConfig({}, { mode: 'production' }).output.path).toBe(resolve(REPO, 'dist'));
    const elsewhere = makeConfig({ outDir: 'test-output/dist' }, { mode: 'production' });
    expect(elsewhere.output.path).toBe(resolve(REPO, 'test-output', 'dist'));
  });

  it('refuses a url that is not https', () => {
    expect(() => builtManifest({ url: 'http://crm-tracker.contoso.example' })).toThrow(/https/);
  });

  it('--env crmUrl= sets __CRM_BASE_URL__, which is empty (same origin) by default', () => {
    expect(crmBaseUrl({})).toBe('');
    expect(crmBaseUrl({ crmUrl: 'https://org.crm.dynamics.com' })).toBe(
      'https://org.crm.dynamics.com',
    );
  });

  it('builds for modern browsers with content-hashed names, copies icons, not samples', () => {
    const config = makeConfig({}, { mode: 'production' });
    expect(config.target).toEqual(['web', 'es2020']);
    expect(config.output.filename).toContain('[contenthash');
    const froms = copyPatterns({}).map((p) => p.from);
    expect(froms).toContain('assets');
    expect(froms).not.toContain('samples');
  });
});
