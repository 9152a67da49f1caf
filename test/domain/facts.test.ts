import {
  buildMessageFacts,
  deriveFolder,
  isForward,
  isReplyOrForward,
  type ItemFactsInput,
} from '../../src/domain/facts';

const owner = 'bob@fabrikam.example';

function headers(...lines: string[]): string {
  return lines.join('\r\n');
}

function facts(overrides: Partial<ItemFactsInput>) {
  return buildMessageFacts({ rawHeaders: '', mailboxOwner: owner, ...overrides });
}

describe('buildMessageFacts', () => {
  const received = headers(
    'Received: from mx by mx.fabrikam.example; Tue, 1 Jul 2003 10:53:00 +0200',
    'From: Alice Contoso <alice@contoso.example>',
    'To: Bob Fabrikam <bob@fabrikam.example>',
    'Cc: carol@northwind.example',
    'Subject: =?utf-8?Q?Caf=C3=A9?= offer',
    'Date: Tue, 1 Jul 2003 10:52:37 +0200',
    'Message-ID: <m1@contoso.example>',
    'In-Reply-To: <p1@fabrikam.example>',
    'References: <p0@fabrikam.example>',
    ' <p1@fabrikam.example>',
    'Thread-Index: AcpZlFLF/Y9EfcC0QZKKEuUFm2Snqw==',
  );

  it('reads every fact from the raw headers', () => {
    expect(facts({ rawHeaders: received })).toEqual({
      messageId: 'm1@contoso.example',
      rawMessageId: '<m1@contoso.example>',
      subject: 'Café offer',
      from: [{ name: 'Alice Contoso', address: 'alice@contoso.example' }],
      sender: null,
      to: [{ name: 'Bob Fabrikam', address: 'bob@fabrikam.example' }],
      cc: [{ name: '', address: 'carol@northwind.example' }],
      bcc: [],
      sentOn: '2003-07-01T08:52:37.000Z',
      receivedOn: '2003-07-01T08:53:00.000Z',
      direction: 'incoming',
      folder: 'inbox',
      inReplyTo: 'p1@fabrikam.example',
      references: ['p0@fabrikam.example', 'p1@fabrikam.example'],
      threadIndex: 'AcpZlFLF/Y9EfcC0QZKKEuUFm2Snqw==',
      conversationId: null,
      recipientsMayBeTruncated: false,
      trackedActivityId: null,
    });
  });

  it('lets host values win, except From, which the raw headers give in full', () => {
    const result = facts({
      rawHeaders: headers('From: a@contoso.example, c@northwind.example', 'Subject: raw'),
      subject: 'From host',
      internetMessageId: '<host@x.example>',
      from: { name: 'A', address: 'a@contoso.example' },
      to: [{ name: 'T', address: 't@x.example' }],
      sentOn: '2024-01-01T00:00:00.000Z',
      conversationId: 'AAQk',
      folder: 'other',
      trackedActivityId: 'act-1',
      recipientsMayBeTruncated: true,
    });
    expect(result.from.map((m) => m.address)).toEqual(['a@contoso.example', 'c@northwind.example']);
    expect(result.subject).toBe('From host');
    expect(result.messageId).toBe('host@x.example');
    expect(result.rawMessageId).toBe('<host@x.example>');
    expect(result.to).toEqual([{ name: 'T', address: 't@x.example' }]);
    expect(result.sentOn).toBe('2024-01-01T00:00:00.000Z');
    expect(result.folder).toBe('other');
    expect(result.conversationId).toBe('AAQk');
    expect(result.trackedActivityId).toBe('act-1');
    expect(result.recipientsMayBeTruncated).toBe(true);
  });

  it('uses the host From when the raw headers have none', () => {
    const result = facts({ from: { name: 'Bob', address: 'BOB@Fabrikam.example' } });
    expect(result.from).toEqual([{ name: 'Bob', address: 'BOB@Fabrikam.example' }]);
    expect(result.direction).toBe('outgoing');
    expect(result.folder).toBe('sent');
  });

  it.each<[string, string, 'incoming' | 'outgoing']>([
    ['owner sent it', 'From: Bob <bob@fabrikam.example>', 'outgoing'],
    ['owner in other letter case', 'From: <Bob@FABRIKAM.example>', 'outgoing'],
    ['someone else sent it', 'From: alice@contoso.example', 'incoming'],
    ['owner only second of two', 'From: alice@contoso.example, bob@fabrikam.example', 'incoming'],
    ['no From at all', 'Subject: x', 'incoming'],
  ])('direction: %s', (_name, raw, direction) => {
    const result = facts({ rawHeaders: raw });
    expect(result.direction).toBe(direction);
    expect(result.folder).toBe(direction === 'outgoing' ? 'sent' : 'inbox');
  });

  it('treats empty Message-ID and In-Reply-To as absent', () => {
    const result = facts({ rawHeaders: headers('Message-ID: ', 'In-Reply-To: ', 'Subject: x') });
    expect(result.messageId).toBeNull();
    expect(result.rawMessageId).toBeNull();
    expect(result.inReplyTo).toBeNull();
    expect(isReplyOrForward(result)).toBe(false);
  });

  it('reads every References header, skipping broken ids and repeats', () => {
    const raw = headers(
      'References: <foo@bar.example>',
      'References: <baz@bar.example>, <invalid.   ',
      'something@bar.example>, <foo@bar.example>',
    );
    expect(facts({ rawHeaders: raw }).references).toEqual(['foo@bar.example', 'baz@bar.example']);
  });

  it('gives subject "" and null dates when the headers have none', () => {
    const result = facts({ rawHeaders: headers('From: a@x.example', 'Date: not a date') });
    expect(result.subject).toBe('');
    expect(result.sentOn).toBeNull();
    expect(result.receivedOn).toBeNull();
  });
});

describe('reply and forward', () => {
  it.each<[string, string[], boolean, boolean]>([
    ['plain message', ['Subject: Offer'], false, false],
    ['In-Reply-To only', ['Subject: Offer', 'In-Reply-To: <a@x>'], true, false],
    ['References only', ['Subject: Offer', 'References: <a@x>'], true, false],
    ['reply prefix only', ['Subject: RE: Offer'], true, false],
    ['forward prefix', ['Subject: FW: Offer'], true, true],
    ['forward carrying In-Reply-To', ['Subject: Fwd: Offer', 'In-Reply-To: <a@x>'], true, true],
    ['Italian reply to a forward', ['Subject: R: R: I: Offerta'], true, false],
    ['not a prefix', ['Subject: OT: Offer'], false, false],
  ])('%s', (_name, lines, replyOrForward, forward) => {
    const result = facts({ rawHeaders: headers(...lines) });
    expect(isReplyOrForward(result)).toBe(replyOrForward);
    expect(isForward(result)).toBe(forward);
  });
});

describe('deriveFolder', () => {
  it('keeps a known folder and derives an unknown one', () => {
    expect(deriveFolder('incoming', 'other')).toBe('other');
    expect(deriveFolder('incoming', null)).toBe('inbox');
    expect(deriveFolder('outgoing')).toBe('sent');
  });
});
