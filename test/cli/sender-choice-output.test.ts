import { join } from 'node:path';
import { runExplain } from '../../src/cli/explain';

/** Sample 06: sales@northwind.example is both Liam Walsh's and Nadia Haddad's address. */
const SAMPLE = join(__dirname, '../../samples/06-ambiguous-sender-shared-address.eml');
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
      'From:       sales@northwind.example → contact Nadia Haddad ' +
        '(1 of 2 matches: owned by you; also contact Liam Walsh)',
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
