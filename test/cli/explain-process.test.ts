import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, requireShared } from '../support/shared-folder';

/**
 * The tool as users run it: a separate process under tsx, from a working directory outside the
 * repository (the default data file must still be found). Few spawns: each costs a second.
 */

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const ENTRY = join(ROOT, 'src', 'cli', 'explain.ts');
const TIMEOUT = 60_000;
const elsewhere = mkdtempSync(join(tmpdir(), 'explain-cwd-'));

function explain(
  args: string[],
  stdin = '',
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [ENTRY, ...args], { cwd: elsewhere, env: { ...process.env } });
    child.stdin.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('explain, as a process', () => {
  it(
    'prints one JSON line per file, an error line for an unreadable one, and exits with 2',
    async () => {
      const message = join(elsewhere, 'hello.eml');
      writeFileSync(
        message,
        'From: Alice Contoso <Alice@Contoso.example>\r\nTo: bob@fabrikam.example\r\n' +
          'Subject: Hello\r\nMessage-ID: <hello-1@contoso.example>\r\n\r\nHi Bob\r\n',
      );
      const missing = join(elsewhere, 'missing.eml');

      const { status, stdout } = await explain(['--json', message, missing]);

      expect(status).toBe(2);
      const [first, second] = jsonLines(stdout);
      expect(first).toEqual({
        file: message,
        messageId: 'hello-1@contoso.example',
        verdict: expect.stringMatching(/^(track|skip|tracked)$/),
        reason: expect.any(String),
        regarding: null,
        parties: [
          {
            role: 'from',
            address: 'Alice@contoso.example',
            resolved: [expect.objectContaining({ table: 'contact', name: 'Alice Contoso' })],
          },
          {
            role: 'to',
            address: 'bob@fabrikam.example',
            resolved: [expect.objectContaining({ table: 'systemuser', name: 'Bob Fabrikam' })],
          },
        ],
      });
      expect(second).toEqual({
        file: missing,
        error: { code: 'FileUnreadable', message: expect.any(String) },
      });
    },
    TIMEOUT,
  );

  it(
    'reads a message from standard input for the file -',
    async () => {
      const message =
        'From: someone@elsewhere.example\r\nTo: bob@fabrikam.example\r\n' +
        'Subject: Piped\r\nMessage-ID: <piped-1@elsewhere.example>\r\n\r\nHi\r\n';

      const { status, stdout, stderr } = await explain(['--json', '-'], message);

      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      expect(jsonLines(stdout)).toEqual([
        expect.objectContaining({ file: '-', messageId: 'piped-1@elsewhere.example' }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'exits with 1 on a bad option and writes only to standard error',
    async () => {
      const { status, stdout, stderr } = await explain(['--colour', 'x.eml']);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/Unknown option --colour/);
    },
    TIMEOUT,
  );

  it(
    'explains the whole corpus: exit 0 and one line per file',
    async () => {
      if (!requireShared(CORPUS_DIR, 'the corpus run of explain')) return;
      const files = readdirSync(CORPUS_DIR)
        .filter((name) => name.endsWith('.eml'))
        .map((name) => join(CORPUS_DIR, name));

      const { status, stdout, stderr } = await explain(['--json', ...files]);

      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      const lines = jsonLines(stdout);
      expect(lines.map((line) => line.file)).toEqual(files);
      expect(lines.every((line) => typeof line.verdict === 'string')).toBe(true);
      // The demo seed tracks the emails these replies answer (seed facts).
      const correlated = lines
        .filter((line) => line.reason === 'CorrelationMatch')
        .map((line) => String(line.file).split('/').pop());
      expect(correlated).toEqual(
        expect.arrayContaining([
          'mail-gmail-reply-in-reply-to-01.eml',
          'mail-thunderbird-reply-references-01.eml',
          'mimekit-exchange-online-reply-01.eml',
        ]),
      );
    },
    TIMEOUT,
  );
});

describe('explain, read by a pipe that closes early', () => {
  it('stops quietly with status 0, as `| head -1` expects', async () => {
    const samples = join(ROOT, 'samples');
    const files = readdirSync(samples).map((file) => join(samples, file));
    const result = await new Promise<{ status: number | null; stderr: string; first: string }>(
      (done, fail) => {
        const child = spawn(TSX, [ENTRY, ...files, '--json'], { cwd: elsewhere });
        let stderr = '';
        let first = '';
        child.stdout.once('data', (chunk: Buffer) => {
          first = chunk.toString('utf8').split('\n')[0];
          child.stdout.destroy();
        });
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('error', fail);
        child.on('close', (status) => done({ status, stderr, first }));
      },
    );

    expect(JSON.parse(result.first)).toHaveProperty('verdict');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, TIMEOUT);
});
