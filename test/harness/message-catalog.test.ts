import { entryFromBytes } from '../../src/harness/message-catalog';

const OWNER = 'bob@fabrikam.example';

function eml(extraHeaders: string[]): Uint8Array {
  const lines = [
    'From: Alice Contoso <alice@contoso.example>',
    'To: Bob Fabrikam <bob@fabrikam.example>',
    'Subject: Dated or not',
    ...extraHeaders,
    '',
    'Hello Bob',
    '',
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('the date the harness gives a message', () => {
  const loadedAt = new Date('2025-02-03T04:05:06Z');

  it.each([
    ['no Date header', [], loadedAt.toISOString()],
    ['an unreadable Date header', ['Date: the day after tomorrow'], loadedAt.toISOString()],
    ['a Date header', ['Date: Mon, 6 May 2024 09:00:00 +0200'], '2024-05-06T07:00:00.000Z'],
  ])('%s', async (_case, headers, expected) => {
    const entry = await entryFromBytes('x', 'added', 'x.eml', eml(headers), OWNER, loadedAt);
    expect(entry.state).toBe('ready');
    expect(entry.item?.dateTimeCreated.toISOString()).toBe(expected);
  });

  it('is the time the file was loaded when the caller gives none, never 1970', async () => {
    const before = Date.now();
    const entry = await entryFromBytes('x', 'added', 'x.eml', eml([]), OWNER);
    expect(entry.item?.dateTimeCreated.getTime()).toBeGreaterThanOrEqual(before);
    expect(entry.item?.dateTimeCreated.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
