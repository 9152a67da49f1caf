import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExplain } from '../../src/cli/explain';

/** In-process runs of the tool; the spawned runs are in explain-process.test.ts. */

const dir = mkdtempSync(join(tmpdir(), 'explain-test-'));
const BOB = '51000000-0000-4000-8000-000000000001';
const TEST = '51000000-0000-4000-8000-000000000002';

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const seedPath = file(
  'seed.json',
  JSON.stringify({
    systemusers: [
      { systemuserid: BOB, fullname: 'Bob Fabrikam', internalemailaddress: 'bob@fabrikam.example' },
      {
        systemuserid: TEST,
        fullname: 'Fabrikam Test',
        internalemailaddress: 'test@fabrikam.example',
      },
    ],
    contacts: [
      {
        contactid: 'c-1',
        fullname: 'Alice Contoso',
        emailaddress1: 'alice@contoso.example',
        _ownerid_value: BOB,
      },
    ],
    opportunities: [{ opportunityid: 'o-1', name: 'Contoso 500 licences' }],
    emails: [
      {
        activityid: 'e-1',
        messageid: '<quote-1@mail.fabrikam.example>',
        directioncode: true,
        subject: 'Quote',
        _regardingobjectid_value: 'o-1',
        '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'opportunity',
      },
    ],
    organizations: [{ organizationid: 'org', name: 'Demo', emailcorrelationenabled: true }],
    usersettingscollection: [{ systemuserid: BOB, incomingemailfilteringmethod: 2 }],
  }),
);

const reply = file(
  'reply.eml',
  [
    'From: Alice Contoso <alice@contoso.example>',
    'To: Bob Fabrikam <bob@fabrikam.example>',
    'Subject: RE: Quote',
    'Message-ID: <reply-1@mail.contoso.example>',
    'In-Reply-To: <quote-1@mail.fabrikam.example>',
    'Date: Tue, 4 Mar 2025 10:00:00 +0000',
    '',
    'Thanks!',
    '',
  ].join('\r\n'),
);

const fromStranger = file(
  'stranger.eml',
  'From: someone@elsewhere.example\nTo: bob@fabrikam.example\nSubject: Hello\n\nHi\n',
);
const garbage = file('garbage.eml', '\u0000\u0001 this is not a message at all \u00ff');

async function run(argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  const status = await runExplain(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    stdin: () => Promise.resolve(new TextEncoder().encode(stdin ?? '')),
  });
  const lines = out.split('\n').filter(Boolean);
  return { status, out, err, lines };
}

function parse(line: string) {
  return JSON.parse(line) as Record<string, unknown>;
}

describe('runExplain', () => {
  it('uses the seed usersettings: method 2 tracks the contact, skips the stranger', async () => {
    const { status, lines } = await run(['--data', seedPath, '--json', reply, fromStranger]);
    expect(status).toBe(0);
    expect(lines.map(parse).map((l) => [l.verdict, l.reason])).toEqual([
      ['track', 'SenderMatch'],
      ['skip', 'FilteredOut'],
    ]);
    expect(parse(lines[0]).regarding).toEqual({
      table: 'opportunity',
      id: 'o-1',
      name: 'Contoso 500 licences',
      via: 'in-reply-to',
    });
  });

  it('lets --settings win over the seed rows, key by key', async () => {
    const settings = file(
      'settings.json',
      JSON.stringify({ usersettings: { incomingemailfilteringmethod: 0 } }),
    );
    const { status, lines } = await run([
      '--data',
      seedPath,
      '--settings',
      settings,
      '--json',
      fromStranger,
    ]);
    expect(status).toBe(0);
    expect(parse(lines[0]).reason).toBe('AcceptAll');
  });

  it('reports settings it had to change on standard error, not in the results', async () => {
    const settings = file(
      'odd.json',
      JSON.stringify({ usersettings: { incomingemailfilteringmethod: 'lots' } }),
    );
    const { status, lines, err } = await run([
      '--data',
      seedPath,
      '--settings',
      settings,
      '--json',
      reply,
    ]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(err).toMatch(/incomingemailfilteringmethod/);
  });

  it('treats mail sent by --user as a sent item, and as received for anyone else', async () => {
    const sent = file('sent.eml', 'From: bob@fabrikam.example\nTo: alice@contoso.example\n\nHi\n');
    const asBob = await run(['--data', seedPath, '--json', sent]);
    expect(parse(asBob.lines[0]).reason).toBe('NotInScope');
    const asTest = await run([
      '--data',
      seedPath,
      '--user',
      'test@fabrikam.example',
      '--json',
      sent,
    ]);
    // Test has no usersettings row in the seed: the default method 1 applies.
    expect(parse(asTest.lines[0]).reason).toBe('NoCorrelationMatch');
  });

  it('explains a malformed but readable file instead of failing it', async () => {
    const { status, lines } = await run(['--data', seedPath, '--json', garbage]);
    expect(status).toBe(0);
    expect(parse(lines[0])).toMatchObject({
      messageId: null,
      verdict: 'skip',
      reason: 'InvalidSender',
    });
  });

  it('writes an error line for an unreadable file, goes on, and exits with 2', async () => {
    const missing = join(dir, 'missing.eml');
    const { status, lines } = await run(['--data', seedPath, '--json', missing, reply, dir]);
    expect(status).toBe(2);
    expect(
      lines.map(parse).map((l) => (l.error as { code?: string } | undefined)?.code ?? l.reason),
    ).toEqual(['FileUnreadable', 'SenderMatch', 'FileUnreadable']);
    expect(parse(lines[0])).toEqual({
      file: missing,
      error: { code: 'FileUnreadable', message: expect.stringMatching(/no such file/) },
    });
  });

  it.each([
    [
      'an unreadable --data',
      () => ['--data', join(dir, 'nope.json'), reply],
      /Cannot read the CRM data file/,
    ],
    ['a --data that is not JSON', () => ['--data', garbage, reply], /not valid JSON/],
    [
      'a --data of the wrong shape',
      () => ['--data', file('bad-seed.json', '{"contacts": 3}'), reply],
      /"contacts" must be an array/,
    ],
    [
      'an unreadable --settings',
      () => ['--data', seedPath, '--settings', join(dir, 'nope.json'), reply],
      /Cannot read the settings file/,
    ],
    [
      'a --settings that is not an object',
      () => ['--data', seedPath, '--settings', file('list.json', '[]'), reply],
      /not a JSON object/,
    ],
    [
      'an unknown --user, blamed on the option and not on the data file',
      () => ['--data', seedPath, '--user', 'x@y.example', reply],
      /^--user: no system user has the address x@y\.example in .*seed\.json\.\n$/,
    ],
    ['an unknown option', () => ['--fast', reply], /Unknown option --fast/],
  ])('exits with 1 and prints nothing on standard output for %s', async (_name, argv, message) => {
    const { status, out, err } = await run(argv());
    expect(status).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('reads the file - from standard input', async () => {
    const text = readFileSync(reply, 'utf8');

    const json = await run(['--data', seedPath, '--json', '-'], text);
    expect(json.status).toBe(0);
    expect(parse(json.lines[0])).toMatchObject({ file: '-', reason: 'SenderMatch' });

    const human = await run(['--data', seedPath, '-'], text);
    expect(human.out).toMatch(/^- \(standard input\)\n {2}Subject: {4}RE: Quote/);
  });

  it('notes sets of --data it does not read, on standard error, and goes on', async () => {
    const withWidgets = file(
      'widgets.json',
      JSON.stringify({ ...JSON.parse(readFileSync(seedPath, 'utf8')), widgets: [{ id: 1 }] }),
    );

    const { status, lines, err } = await run(['--data', withWidgets, '--json', reply]);

    expect(status).toBe(0);
    expect(parse(lines[0]).reason).toBe('SenderMatch');
    expect(err).toMatch(/^Note: .*widgets\.json: the set "widgets" is not one the tool reads/m);
  });

  it('lists a null section of --settings as a setting it had to change', async () => {
    const settings = file('null-org.json', JSON.stringify({ organization: null }));

    const { status, err } = await run([
      '--data',
      seedPath,
      '--settings',
      settings,
      '--json',
      reply,
    ]);

    expect(status).toBe(0);
    expect(err).toMatch(/^Setting organization from .*: the section is null; using defaults\.$/m);
  });

  it('prints readable text without --json', async () => {
    const { status, out } = await run(['--data', seedPath, reply]);
    expect(status).toBe(0);
    expect(out).toContain('Verdict:    track (SenderMatch)');
    expect(out).toContain('The sender is the contact Alice Contoso.');
    expect(out).toContain('alice@contoso.example → contact Alice Contoso');
  });

  it('prints the usage with --help', async () => {
    const { status, out } = await run(['--help']);
    expect(status).toBe(0);
    expect(out).toMatch(/^Usage: npm run explain/);
  });
});
