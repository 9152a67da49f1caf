import {
  addressOf,
  decodeWords,
  header,
  messageIds,
  readSamples,
  readSeed,
  rowsWithAddress,
  threadIndexRoot,
} from './demo-files';

/**
 * The demo messages in samples/ against the demo seed: each sample is shaped to show one rule
 * with Bob (the first systemuser) as the mailbox owner, so the hooks it relies on must exist.
 */
const seed = readSeed();
const emails = seed.emails;

describe('samples/*.eml', () => {
  const samples = readSamples();
  const sample = (prefix: string) => {
    const found = samples.find((s) => s.file.startsWith(`${prefix}-`));
    if (found === undefined) throw new Error(`No sample ${prefix}-*.eml`);
    return found;
  };
  const sender = (prefix: string) => addressOf(header(sample(prefix), 'from') ?? '');
  const trackedWith = (id: string | undefined) => emails.find((email) => email.messageid === id);
  const bob = seed.systemusers[0];

  test('there are about a dozen, numbered and named by what they show', () => {
    expect(samples.length).toBeGreaterThanOrEqual(12);
    for (const { file } of samples) expect(file).toMatch(/^\d\d-[a-z0-9-]+\.eml$/);
  });

  test('every sample has CRLF line endings only and the usual headers', () => {
    for (const s of samples) {
      const bareLf = /(^|[^\r])\n/.test(s.raw);
      const bareCr = /\r(?!\n)/.test(s.raw);
      const missing = ['from', 'to', 'date', 'message-id', 'mime-version', 'content-type'].filter(
        (name) => header(s, name) === null,
      );
      expect({ file: s.file, bareLf, bareCr, missing }).toEqual({
        file: s.file,
        bareLf: false,
        bareCr: false,
        missing: [],
      });
      expect({ file: s.file, oneFrom: s.headers.filter((h) => h.name === 'from').length }).toEqual({
        file: s.file,
        oneFrom: 1,
      });
    }
  });

  test('every sample except the no-subject one has a Subject, and all subjects differ', () => {
    const subjects = samples
      .filter((s) => !s.file.startsWith('13-'))
      .map((s) => header(s, 'subject'));
    expect(subjects.every((subject) => subject !== null && subject.length > 0)).toBe(true);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(header(sample('13'), 'subject')).toBeNull();
  });

  test('12 is another copy of an incoming email Bob already tracked (same Message-ID)', () => {
    const email = trackedWith(messageIds(header(sample('12'), 'message-id'))[0]);
    expect(email).toMatchObject({ directioncode: false, _ownerid_value: bob.systemuserid });
  });

  test('02 replies (In-Reply-To) to a tracked email and carries no token', () => {
    const s = sample('02');
    expect(trackedWith(messageIds(header(s, 'in-reply-to'))[0])?._regardingobjectid_value).toEqual(
      expect.any(String),
    );
    expect(header(s, 'subject')).not.toMatch(/CRM:\d{7}/);
  });

  test('03 has only the token of a tracked email to go by', () => {
    const s = sample('03');
    const token = /CRM:\d{7}/.exec(header(s, 'subject') ?? '')?.[0];
    expect(emails.some((email) => email.trackingtoken === token)).toBe(true);
    expect([header(s, 'in-reply-to'), header(s, 'references'), header(s, 'thread-index')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  test('04 forwards a tracked email: FW prefix, References and Thread-Index root', () => {
    const s = sample('04');
    const email = trackedWith(messageIds(header(s, 'references'))[0]);
    expect(header(s, 'subject')).toMatch(/^FW: /);
    expect(threadIndexRoot(header(s, 'thread-index') ?? '')).toBe(
      threadIndexRoot(String(email?.conversationindex)),
    );
    expect(header(s, 'cc')).toContain(bob.internalemailaddress);
  });

  test('11 is a reply known only by localized prefixes, its token and its Thread-Index', () => {
    const s = sample('11');
    const subject = decodeWords(header(s, 'subject') ?? '');
    const token = /CRM:\d{7}/.exec(subject)?.[0];
    const email = emails.find((row) => row.trackingtoken === token);
    expect(subject).toMatch(/^AW: SV: /);
    expect([header(s, 'in-reply-to'), header(s, 'references')]).toEqual([null, null]);
    expect(threadIndexRoot(header(s, 'thread-index') ?? '')).toBe(
      threadIndexRoot(String(email?.conversationindex)),
    );
  });

  test('17 from Alice links to a tracked email by its Thread-Index root and nothing else', () => {
    const s = sample('17');
    const root = threadIndexRoot(header(s, 'thread-index') ?? '');
    const email = emails.find(
      (row) =>
        typeof row.conversationindex === 'string' &&
        threadIndexRoot(row.conversationindex) === root,
    );
    expect([sender('17'), addressOf(header(s, 'to') ?? '')]).toEqual([
      'alice@contoso.example',
      bob.internalemailaddress,
    ]);
    expect(email?._regardingobjectid_value).toEqual(expect.any(String));
    expect(Buffer.from(header(s, 'thread-index') ?? '', 'base64').length).toBeGreaterThan(22);
    expect(header(s, 'subject')).not.toMatch(/CRM:\d{7}|^\s*\w+\s*:/);
    expect([header(s, 'in-reply-to'), header(s, 'references')]).toEqual([null, null]);
  });

  test('05 is the received copy of mail another CRM user sent and tracked', () => {
    const user = rowsWithAddress(seed, sender('05'));
    const email = trackedWith(messageIds(header(sample('05'), 'message-id'))[0]);
    expect(user.map((hit) => hit.set)).toEqual(['systemusers']);
    expect(email).toMatchObject({ directioncode: true, _ownerid_value: user[0].row.systemuserid });
  });

  test('16 is a reply from an address with an apostrophe', () => {
    expect(sender('16')).toContain("'");
    expect(rowsWithAddress(seed, sender('16')).map((hit) => hit.set)).toEqual(['contacts']);
    expect(trackedWith(messageIds(header(sample('16'), 'in-reply-to'))[0])).toBeDefined();
  });

  // Sample → what its sender is in the seed: set and statecode of every matching row.
  test.each([
    ['01', [['contacts', 0]]],
    [
      '06',
      [
        ['contacts', 0],
        ['contacts', 0],
      ],
    ],
    ['07', []],
    ['08', [['leads', 0]]],
    ['09', [['systemusers', 0]]],
    ['10', [['accounts', 0]]],
    [
      '14',
      [
        ['contacts', 0],
        ['leads', 0],
      ],
    ],
    ['15', [['contacts', 1]]],
  ])('the sender of sample %s matches %j', (prefix, expected) => {
    const hits = rowsWithAddress(seed, sender(prefix)).map((hit) => [hit.set, hit.row.statecode]);
    expect(hits).toEqual(expected);
  });

  test('09 is sent by Bob; only 05 and 12 reuse the Message-ID of a seed email', () => {
    expect(sender('09')).toBe(bob.internalemailaddress);
    const reused = samples
      .filter((s) => trackedWith(messageIds(header(s, 'message-id'))[0]) !== undefined)
      .map((s) => s.file.slice(0, 2));
    expect(reused).toEqual(['05', '12']);
  });
});
