import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runExplain } from '../../src/cli/explain';

/**
 * samples/17 against the demo seed (the tool's default data): a message whose only link to
 * tracked mail is its Thread-Index, so correlation step 3 alone decides.
 */

const SAMPLE = resolve(__dirname, '..', '..', 'samples', '17-thread-index-only-reply.eml');
const dir = mkdtempSync(join(tmpdir(), 'explain-thread-index-'));

function settingsFile(name: string, document: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(document));
  return path;
}

async function explain(argv: string[]) {
  let out = '';
  let err = '';
  const status = await runExplain(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

describe('explain samples/17-thread-index-only-reply.eml', () => {
  it('tracks it as a reply found through the conversation, regarding Contoso Ltd', async () => {
    const { status, out, err } = await explain(['--json', SAMPLE]);
    expect([status, err]).toEqual([0, '']);
    expect(JSON.parse(out)).toMatchObject({
      verdict: 'track',
      reason: 'CorrelationMatch',
      regarding: { table: 'account', name: 'Contoso Ltd', via: 'thread-index' },
    });
  });

  it('says so in the readable output', async () => {
    const { out } = await explain([SAMPLE]);
    expect(out).toContain('Regarding:  account Contoso Ltd (via thread-index)');
    expect(out).toContain('same Outlook conversation as tracked mail');
  });

  it.each([
    [
      'IgnoreConversationIndexAndInReplyToForCorrelation',
      {
        orgdborgsettings:
          '<OrgSettings><IgnoreConversationIndexAndInReplyToForCorrelation>true' +
          '</IgnoreConversationIndexAndInReplyToForCorrelation></OrgSettings>',
      },
    ],
    ['emailcorrelationenabled false', { organization: { emailcorrelationenabled: false } }],
  ])('is no longer a reply to tracked mail with %s', async (name, document) => {
    const settings = settingsFile(`${name}.json`, document);
    const { status, out } = await explain(['--settings', settings, '--json', SAMPLE]);
    expect(status).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      verdict: 'skip',
      reason: 'NoCorrelationMatch',
      regarding: null,
    });
  });
});
