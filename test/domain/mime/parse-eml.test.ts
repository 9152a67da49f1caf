import { parseEml } from '../../../src/domain/mime/parse-eml';

function crlf(...lines: string[]): string {
  return lines.join('\r\n');
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
}

describe('parseEml', () => {
  it('reads a simple message given as a string', async () => {
    const parsed = await parseEml(
      crlf(
        'From: Alice Contoso <alice@contoso.example>',
        'To: Bob Fabrikam <bob@fabrikam.example>, carol@northwind.example',
        'Subject: =?utf-8?Q?Caf=C3=A9?=',
        'Date: Tue, 1 Jul 2003 10:52:37 +0200',
        'Message-ID: <m1@contoso.example>',
        '',
        'Hello Bob',
      ),
    );
    expect(parsed.subject).toBe('Café');
    expect(parsed.from).toEqual([{ name: 'Alice Contoso', address: 'alice@contoso.example' }]);
    expect(parsed.to.map((m) => m.address)).toEqual([
      'bob@fabrikam.example',
      'carol@northwind.example',
    ]);
    expect(parsed.messageId).toBe('<m1@contoso.example>');
    expect(parsed.date).toBe('2003-07-01T08:52:37.000Z');
    expect(parsed.text?.trim()).toBe('Hello Bob');
    expect(parsed.problems).toEqual([]);
  });

  it('gives subject "" and notes the missing Message-ID', async () => {
    const parsed = await parseEml('From: a@contoso.example\n\nbody\n');
    expect(parsed.subject).toBe('');
    expect(parsed.messageId).toBeNull();
    expect(parsed.date).toBeNull();
    expect(parsed.problems.some((p) => p.includes('Message-ID'))).toBe(true);
  });

  it('decodes raw 8-bit Latin-1 headers, and raw UTF-8 ones, from bytes', async () => {
    const latin = await parseEml(
      latin1Bytes('From: "J\xf6rg" <j@x.example>\r\nSubject: Fr\xf6sche\r\n\r\nx'),
    );
    expect(latin.from[0].name).toBe('Jörg');
    expect(latin.subject).toBe('Frösche');

    const utf8 = new TextEncoder().encode(
      'From: "Jörg" <j@x.example>\r\nSubject: Frösche 🎉\r\n\r\nx',
    );
    const parsed = await parseEml(utf8.buffer);
    expect(parsed.from[0].name).toBe('Jörg');
    expect(parsed.subject).toBe('Frösche 🎉');
  });

  it('keeps both From mailboxes, from one header or two', async () => {
    const one = await parseEml('From: a@x.example, b@x.example\n\nx');
    const two = await parseEml('From: a@x.example\nFrom: b@x.example\n\nx');
    expect(one.from).toHaveLength(2);
    expect(two.from).toHaveLength(2);
  });

  it('repairs unindented continuation lines so the MIME structure survives', async () => {
    const parsed = await parseEml(
      [
        'From: a@x.example',
        'x-diagnostics: 1;AM4;6:1Y77',
        'P8FxVksOO2tmFWl+LxT0Acgv7',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative;',
        '\tboundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain',
        '',
        'plain part',
        '--b1',
        'Content-Type: text/html',
        '',
        '<p>html part</p>',
        '--b1--',
        '',
      ].join('\n'),
    );
    expect(parsed.text?.trim()).toBe('plain part');
    expect(parsed.html).toContain('html part');
    expect(parsed.problems.some((p) => p.includes('without indentation'))).toBe(true);
  });

  it('skips an mbox From_ line', async () => {
    const parsed = await parseEml(
      'From alice@x Mon Jan  1 00:00:00 2007\nFrom: a@x.example\nSubject: s\n\nbody',
    );
    expect(parsed.from.map((m) => m.address)).toEqual(['a@x.example']);
    expect(parsed.rawHeaders).not.toContain('Mon Jan');
    expect(parsed.text?.trim()).toBe('body');
  });

  it('decodes a UTF-7 body that postal-mime leaves encoded', async () => {
    const parsed = await parseEml(
      crlf('From: a@x.example', 'Content-Type: text/plain; charset="utf-7"', '', 'Fr+APY-sche'),
    );
    expect(parsed.text?.trim()).toBe('Frösche');
  });

  it('lists attachments with name, type and size', async () => {
    const parsed = await parseEml(
      crlf(
        'From: a@x.example',
        'Content-Type: multipart/mixed; boundary="m"',
        '',
        '--m',
        'Content-Type: text/plain',
        '',
        'see attached',
        '--m',
        'Content-Type: application/pdf; name="offer.pdf"',
        'Content-Disposition: attachment; filename="offer.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'SGVsbG8=',
        '--m--',
      ),
    );
    expect(parsed.attachments).toEqual([
      { filename: 'offer.pdf', mimeType: 'application/pdf', size: 5 },
    ]);
  });

  it.each<[string, string | Uint8Array]>([
    ['empty input', ''],
    ['no header at all', '\r\n\r\njust a body'],
    ['binary noise', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256)],
    [
      'unterminated multipart',
      ['From: a@x', 'Content-Type: multipart/mixed; boundary="z"', '', '--z', '', 'half'].join(
        '\n',
      ),
    ],
    [
      'broken encoded words and addresses',
      'From: =?utf-8?B?####?= <<a@\nTo: ,,;:\nSubject: =?x?Q?=ZZ?=\n\n',
    ],
    ['headers without a body', 'From: a@x.example\nSubject: s'],
  ])('never throws on %s', async (_name, source) => {
    const parsed = await parseEml(source);
    expect(typeof parsed.subject).toBe('string');
    expect(Array.isArray(parsed.problems)).toBe(true);
  });

  it('records problems for a message that is barely a message', async () => {
    const parsed = await parseEml('');
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.from).toEqual([]);
  });
});
