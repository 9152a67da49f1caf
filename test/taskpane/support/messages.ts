import type { FakeMessageItem } from '../../../src/harness/fake-office';

/** A message as a mail client would deliver it to Bob's Inbox. */
export function messageItem(options: {
  itemId: string;
  subject: string;
  from?: { name: string; address: string };
  messageId?: string;
  extraHeaders?: string[];
  bodyHtml?: string;
}): FakeMessageItem {
  const from = options.from ?? { name: 'Alice Contoso', address: 'alice@contoso.example' };
  const messageId = options.messageId ?? `<${options.itemId}@contoso.example>`;
  const headers = [
    `From: ${from.name} <${from.address}>`,
    'To: Bob Fabrikam <bob@fabrikam.example>',
    'Cc: Carol Northwind <carol@northwind.example>, "Not SMTP" <not-an-address>',
    `Subject: ${options.subject}`,
    'Date: Mon, 6 May 2024 09:00:00 +0200',
    `Message-ID: ${messageId}`,
    ...(options.extraHeaders ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
  ];
  const when = new Date('2024-05-06T07:00:00Z');

  return {
    itemId: options.itemId,
    itemType: 'message',
    subject: options.subject,
    internetMessageId: messageId,
    from: { displayName: from.name, emailAddress: from.address },
    sender: { displayName: from.name, emailAddress: from.address },
    to: [{ displayName: 'Bob Fabrikam', emailAddress: 'bob@fabrikam.example' }],
    cc: [
      { displayName: 'Carol Northwind', emailAddress: 'carol@northwind.example' },
      { displayName: 'Not SMTP', emailAddress: 'not-an-address' },
    ],
    dateTimeCreated: when,
    dateTimeModified: when,
    conversationId: `conv-${options.itemId}`,
    internetHeaders: headers.join('\r\n') + '\r\n',
    bodyHtml: options.bodyHtml ?? '<p>Hello Bob</p>',
    attachments: [],
  };
}
