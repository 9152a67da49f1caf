import { join } from 'node:path';
import { runExplain } from '../../src/cli/explain';

const sample = (name: string) => join(__dirname, '../../samples', name);

async function why(file: string): Promise<string> {
  let out = '';
  await runExplain([file], {
    out: (text) => (out += text),
    err: () => undefined,
    stdin: () => Promise.resolve(new Uint8Array()),
  });
  return /Why: +(.*)/.exec(out)?.[1] ?? '';
}

describe('explain: a correlated message says whether it is a reply or a forward', () => {
  it.each([
    ['04-forward-of-tracked-mail.eml', /^A forward of tracked mail, regarding the account /],
    ['02-reply-in-reply-to-tracked.eml', /^A reply to tracked mail, regarding /],
  ])('%s', async (file, sentence) => {
    expect(await why(sample(file))).toMatch(sentence);
  });
});
