import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildMessageFacts, isForward, isReplyOrForward } from '../../../src/domain/facts';
import { parseEml, type ParsedEml } from '../../../src/domain/mime/parse-eml';
import type { MessageFacts } from '../../../src/domain/message-facts';
import { subjectKind } from '../../../src/domain/subject';
import { CORPUS_DIR, requireShared } from '../../support/shared-folder';

/** Real messages from real mail clients (see the corpus README), parsed end to end. */

// Skips with a notice when ../shared/corpus is missing; under CI=true it fails instead.
const corpusPresent = requireShared(CORPUS_DIR, 'the mail corpus tests');
const owner = 'bob@fabrikam.example';

const describeCorpus = corpusPresent ? describe : describe.skip;

interface Parsed {
  eml: ParsedEml;
  facts: MessageFacts;
}

const cache = new Map<string, Parsed>();

async function load(file: string): Promise<Parsed> {
  const cached = cache.get(file);
  if (cached) return cached;
  const eml = await parseEml(readFileSync(path.join(CORPUS_DIR, file)));
  const facts = buildMessageFacts({ rawHeaders: eml.rawHeaders, mailboxOwner: owner });
  const parsed = { eml, facts };
  cache.set(file, parsed);
  return parsed;
}

const addresses = (mailboxes: { address: string }[]) => mailboxes.map((m) => m.address);

describeCorpus('mail corpus', () => {
  const files = corpusPresent ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.eml')) : [];

  it('holds the files the tests name', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('parses %s into usable facts', async (file) => {
    const { eml, facts } = await load(file);
    expect(eml.from.length).toBeGreaterThan(0);
    expect(eml.rawHeaders).not.toBe('');
    expect(typeof eml.subject).toBe('string');
    expect(eml.subject).not.toMatch(/=\?[^?]+\?[BQbq]\?/);
    expect(
      eml.html !== null ||
        eml.text !== null ||
        eml.attachments.length > 0 ||
        file.includes('empty-in-reply-to'),
    ).toBe(true);
    expect(facts.from).toEqual(eml.from);
    expect(facts.subject).toBe(eml.subject);
  });

  it('keeps both From mailboxes, whether parsers would keep one', async () => {
    const odd = await load('mail-applemail-multiple-from-odd-display-names-01.eml');
    expect(addresses(odd.facts.from)).toEqual(['alice@contoso.example', 'carol@northwind.example']);
    expect(odd.eml.to).toEqual([
      { name: '', address: 'dave@tailspin.example' },
      { name: 'Bob@Fabrikam', address: 'bob@fabrikam.example' },
      { name: '', address: 'erin@adatum.example' },
    ]);

    const latin4 = await load('mailparser-applemail-iso8859-4-two-from-inline-image-01.eml');
    expect(latin4.eml.from).toEqual([
      { name: 'Alice Contoso', address: 'alice@contoso.example' },
      { name: 'Fabrikam, Bob', address: 'bob@fabrikam.example' },
    ]);
    expect(latin4.eml.subject).toBe('Simple test message with special characters like š and õ');
  });

  it('has no Message-ID where the message has none', async () => {
    const { eml, facts } = await load('mail-no-message-id-utf8-name-iso2022jp-body-01.eml');
    expect(eml.messageId).toBeNull();
    expect(facts.messageId).toBeNull();
    expect(facts.rawMessageId).toBeNull();
    expect(eml.subject).toBe('まみむめも');
    expect(eml.to).toEqual([{ name: 'はなこ', address: 'hanako@fabrikam.example' }]);
    expect(eml.text).toContain('すみません');
  });

  it('reads both References headers and skips the broken id', async () => {
    const { facts } = await load('mail-comma-separated-references-01.eml');
    expect(facts.references).toEqual(['foo@bar.example', 'baz@bar.example']);
    expect(isReplyOrForward(facts)).toBe(true);
  });

  it('treats an empty In-Reply-To as absent', async () => {
    const { facts } = await load('mail-outlook2002-empty-in-reply-to-01.eml');
    expect(facts.inReplyTo).toBeNull();
    expect(facts.references).toEqual([]);
    expect(facts.messageId).toBe('F194F88AF3E341A6B2B135CC17912811@contosopc');
    expect(facts.rawMessageId).toBe('<F194F88AF3E341A6B2B135CC17912811@contosopc>');
    expect(isReplyOrForward(facts)).toBe(false);
  });

  it.each([
    ['mimekit-thunderbird-iso2022jp-01.eml', '日本語メールテスト (testing Japanese emails)'],
    ['mail-iso2022jp-reply-odd-folded-subject-01.eml', 'Re: TEST テストテスト'],
    ['mail-applemail-utf8-subject-rfc2231-filename-01.eml', 'まみむめも'.repeat(10)],
    ['mail-applemail-euckr-base64-body-01.eml', 'NOTE: 한국말로 하는 것'],
    [
      'mmp-outlook2000-latin1-8bit-folded-subject-01.eml',
      'Die Hasen und die Frösche (Microsoft Outlook 00)',
    ],
    [
      'mmp-outlook2000-utf7-two-recipients-01.eml',
      'Die Hasen und die Frösche (Microsoft Outlook 00)',
    ],
    ['mail-applemail-latin1-subject-image-attachment-01.eml', 'Eelanalüüsi päring'],
    ['mail-rfc2822-several-to-and-cc-01.eml', ''],
  ])('decodes the subject of %s', async (file, subject) => {
    expect((await load(file)).eml.subject).toBe(subject);
  });

  it.each([
    ['mmp-outlook2000-utf7-two-recipients-01.eml', 1, 'Jörg Nörthwind'],
    ['mmp-outlook2000-latin1-8bit-folded-subject-01.eml', 0, 'Jörg Nörthwind'],
    ['mmp-eudora42-split-encoded-words-01.eml', 0, 'Jörg Nörthwind'],
    ['mmp-netscape47-related-inline-images-01.eml', 0, 'Dave Tailspín'],
    ['mmp-pine-trailing-comma-to-rfc2231-01.eml', 1, 'Dave Tailspín'],
  ])('decodes a recipient display name in %s', async (file, index, name) => {
    expect((await load(file)).eml.to[index].name).toBe(name);
  });

  it('decodes the UTF-7 body postal-mime leaves encoded', async () => {
    const { eml } = await load('mmp-outlook2000-utf7-two-recipients-01.eml');
    expect(eml.text).toContain('Frösche');
    expect(eml.text).not.toContain('+APY-');
  });

  it('reads the RFC example lists: quoted name with ; and escaped quotes, no subject', async () => {
    const { eml } = await load('mail-rfc2822-several-to-and-cc-01.eml');
    expect(addresses(eml.to)).toEqual([
      'bob@fabrikam.example',
      'carol@northwind.example',
      'dave@tailspin.example',
    ]);
    expect(eml.cc[1]).toEqual({ name: 'Giant; "Big" Box', address: 'sysservices@litware.example' });
  });

  it('reads an empty group with a comment as no recipients', async () => {
    const { eml } = await load('mimekit-netscape-dsn-cc-empty-group-01.eml');
    expect(eml.to).toEqual([]);
    expect(addresses(eml.cc)).toEqual(['postmaster@mta.fabrikam.example']);
  });

  it('reads the Exchange Online reply despite its broken folding', async () => {
    const { eml, facts } = await load('mimekit-exchange-online-reply-01.eml');
    expect(eml.from).toEqual([{ name: 'alice@contoso', address: 'alice@contoso.example' }]);
    expect(subjectKind(eml.subject)).toEqual({ isReply: true, isForward: false, firstPrefix: 'R' });
    expect(facts.references).toHaveLength(2);
    expect(facts.inReplyTo).toBe(facts.references[1]);
    expect(facts.threadIndex).toMatch(/^AdNST/);
    // postal-mime alone loses the MIME structure here and returns the headers as text.
    expect(eml.html).not.toBeNull();
    expect(eml.text).not.toContain('Content-Type');
  });

  it('tells replies and forwards apart', async () => {
    const forward = await load('mail-gmail-fwd-inline-smime-signature-01.eml');
    expect(isForward(forward.facts)).toBe(true);
    expect(forward.eml.attachments.map((a) => a.filename)).toEqual(['smime.p7s']);

    const reply = await load('mail-thunderbird-reply-references-01.eml');
    expect(isReplyOrForward(reply.facts)).toBe(true);
    expect(isForward(reply.facts)).toBe(false);
    expect(reply.facts.references).toHaveLength(2);

    const plain = await load('mail-applemail-plain-flowed-01.eml');
    expect(isReplyOrForward(plain.facts)).toBe(false);
  });

  it('reads Sender apart from From, and mail to Bob as received', async () => {
    const { eml, facts } = await load('postal-gmail-calendar-invitation-01.eml');
    expect(eml.sender?.address).toBe('calendar-notification@google.example');
    expect(addresses(eml.from)).toEqual(['alice@contoso.example']);
    expect(facts.direction).toBe('incoming');
    expect(facts.folder).toBe('inbox');
    expect(eml.attachments.some((a) => a.filename === 'invite.ics')).toBe(true);
  });
});
