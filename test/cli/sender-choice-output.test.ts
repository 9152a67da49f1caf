import { join } from 'node:path';
import { runExplain } from '../../src/cli/explain';

/** Sample 06: sales@northwind.example is both Liam Walsh's and Nadia Haddad's address. */
const SAMPLE = join(__dirname, '../../samples/06-ambiguous-sender-shared-address.eml');
const INACTIVE_SAMPLE = join(__dirname, '../../samples/15-inactive-contact-sender.eml');
const NADIA = 'c0000000-0000-4000-8000-000000000008';

async function run(argv: string[]) {
  let out = '';
  const status = await runExplain(argv, {
    out: (text) => (out += text),
    err: () => undefined,
    stdin: () => Promise.resolve(new Uint8Array()),
  });
  return { status, out };
}

describe('explain: a sender whose address matches several records', () => {
  it('says which was chosen among how many, why, and names the others', async () => {
    const { status, out } = await run([SAMPLE]);
    expect(status).toBe(0);
    expect(out).toContain(
      'From:       sales@northwind.example → contact Nadia Haddad. ' +
        'Chosen because you own it; also matches: contact Liam Walsh',
    );
  });

  it('says why a sender with only an inactive record stays unresolved (sample 15)', async () => {
    const { status, out } = await run([INACTIVE_SAMPLE]);
    expect(status).toBe(0);
    expect(out).toContain(
      'From:       grace.whitfield@litware.example → unresolved. An inactive contact ' +
        'Grace Whitfield has this address; inactive records are not used unless ' +
        'ResolveForInactiveEntities is on.',
    );
  });

  it('keeps the JSON output to the one chosen record', async () => {
    const { status, out } = await run(['--json', SAMPLE]);
    expect(status).toBe(0);
    const line = JSON.parse(out) as { parties: Record<string, unknown>[] };
    expect(line.parties[0]).toEqual({
      role: 'from',
      address: 'sales@northwind.example',
      resolved: [{ table: 'contact', id: NADIA, name: 'Nadia Haddad' }],
    });
  });
});
