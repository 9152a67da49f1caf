import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseEml } from '../../src/domain/mime/parse-eml';
import { deriveConversationId, fakeItemFromEml } from '../../src/harness/fake-office';
import {
  REPLY_FROM_ALICE,
  SENT_BY_BOB,
  THREAD_INDEX,
  THREAD_INDEX_SAME_ROOT,
  TWO_FROM_NO_ID,
} from '../outlook/eml-fixtures';

const item = async (eml: string, itemId = 'id-1') =>
  fakeItemFromEml(await parseEml(eml), { itemId });

describe('fakeItemFromEml', () => {
  it('shows a received message as Outlook does', async () => {
    const message = await item(REPLY_FROM_ALICE);

    expect(message).toMatchObject({
      itemId: 'id-1',
      itemType: 'message',
      subject: 'RE: Angebot für 500 Lizenzen',
      internetMessageId: '<reply-01@mail.contoso.example>',
      from: { displayName: 'Alice Contoso', emailAddress: 'alice@contoso.example' },
      sender: { displayName: 'Alice Contoso', emailAddress: 'alice@contoso.example' },
      to: [{ displayName: 'Bob Fabrikam', emailAddress: 'bob@fabrikam.example' }],
      cc: [
        { displayName: 'Northwind, Carol', emailAddress: 'carol@northwind.example' },
        { displayName: '', emailAddress: 'dave@tailspin.example' },
      ],
    });
    expect(message.dateTimeCreated.toISOString()).toBe('2025-03-04T09:15:00.000Z');
    expect(message.internetHeaders).toContain(`Thread-Index: ${THREAD_INDEX}`);
    expect(message.internetHeaders).not.toContain('Hello Bob');
  });

  it('escapes a plain-text body into HTML and keeps an HTML body as written', async () => {
    expect((await item(REPLY_FROM_ALICE)).bodyHtml).toContain('the &lt;b&gt;price&lt;/b&gt;');
    expect((await item(SENT_BY_BOB)).bodyHtml).toContain('<p>Dear Alice, our <i>offer</i>.</p>');
  });

  it('leaves the Message-ID empty when the message has none', async () => {
    const message = await item(TWO_FROM_NO_ID);
    expect(message.internetMessageId).toBe('');
    expect(message.subject).toBe('');
    expect(message.from?.emailAddress).toBe('alice@contoso.example');
  });

  it('groups a conversation by the Thread-Index root, else by the subject', () => {
    const headers = (threadIndex: string) => `Subject: x\r\nThread-Index: ${threadIndex}\r\n`;
    const first = deriveConversationId({ rawHeaders: headers(THREAD_INDEX), subject: 'A' });
    const second = deriveConversationId({
      rawHeaders: headers(THREAD_INDEX_SAME_ROOT),
      subject: 'B',
    });
    expect(first).toBe(second);

    const original = deriveConversationId({ rawHeaders: '', subject: 'Angebot' });
    const reply = deriveConversationId({ rawHeaders: '', subject: 'AW: RE: Angebot' });
    const other = deriveConversationId({ rawHeaders: '', subject: 'Rechnung' });
    expect(reply).toBe(original);
    expect(other).not.toBe(original);
    expect(first).not.toBe(original);
  });

  it('falls back to the subject when the Thread-Index is not base64', () => {
    const broken = deriveConversationId({ rawHeaders: 'Thread-Index: %%%\r\n', subject: 'S' });
    expect(broken).toBe(deriveConversationId({ rawHeaders: '', subject: 'S' }));
  });
});

const CORPUS_DIR = process.env.CORPUS_DIR ?? path.resolve(__dirname, '../../../shared/corpus');
const corpusPresent = existsSync(CORPUS_DIR);
if (!corpusPresent) {
  if (process.env.CI === 'true') {
    throw new Error(`The corpus is missing at ${CORPUS_DIR}; CI needs it.`);
  }
  console.warn(`Skipping corpus tests of fakeItemFromEml: no corpus at ${CORPUS_DIR}.`);
}
const corpusFiles = corpusPresent
  ? readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.eml'))
  : [];

(corpusPresent ? describe : describe.skip)('fakeItemFromEml over the corpus', () => {
  it.each(corpusFiles.map((file) => [file]))('%s becomes a readable item', async (file) => {
    const parsed = await parseEml(readFileSync(path.join(CORPUS_DIR, file)));
    const message = fakeItemFromEml(parsed, { itemId: `corpus/${file}` });

    expect(message.internetHeaders).toBe(parsed.rawHeaders);
    expect(message.subject).toBe(parsed.subject);
    expect(Number.isNaN(message.dateTimeCreated.getTime())).toBe(false);
    expect(message.conversationId).toMatch(/^fake-conversation-/);
    expect(message.from?.emailAddress ?? null).toBe(parsed.from[0]?.address ?? null);
    expect(typeof message.bodyHtml).toBe('string');
    expect(message.attachments).toHaveLength(parsed.attachments.length);
  });

  it('gives the Exchange Online reply a conversation id from its Thread-Index', async () => {
    const file = 'mimekit-exchange-online-reply-01.eml';
    const parsed = await parseEml(readFileSync(path.join(CORPUS_DIR, file)));
    const message = fakeItemFromEml(parsed, { itemId: file });

    expect(message.conversationId).toMatch(/^fake-conversation-[A-Za-z0-9+/]{30}==$/);
    expect(message.subject).toBe('R: R: R: I: FR-contoso LA contosoE');
  });
});
