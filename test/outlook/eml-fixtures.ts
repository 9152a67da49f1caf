/**
 * Small messages written for the adapter and fake tests, shaped like the corpus: Alice writes to
 * Bob, an encoded subject, a reply chain, a Thread-Index (27 bytes: a 22-byte root and one child).
 */

export const OWNER = { address: 'bob@fabrikam.example', name: 'Bob Fabrikam' };

export const THREAD_INDEX = 'CzBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN';
/** Same 22-byte root as THREAD_INDEX, another child block. */
export const THREAD_INDEX_SAME_ROOT = 'CzBVep/E6Q4zWH2ix+wRNluApcrvFDlegwIB';

export const REPLY_FROM_ALICE = [
  'Received: from mx.contoso.example by mail.fabrikam.example; Tue, 4 Mar 2025 09:16:02 +0000',
  'From: Alice Contoso <alice@contoso.example>',
  'To: Bob Fabrikam <bob@fabrikam.example>',
  'Cc: "Northwind, Carol" <carol@northwind.example>, dave@tailspin.example',
  'Subject: =?UTF-8?Q?RE:_Angebot_f=C3=BCr_500_Lizenzen?=',
  'Date: Tue, 4 Mar 2025 10:15:00 +0100',
  'Message-ID: <reply-01@mail.contoso.example>',
  'In-Reply-To: <offer-01@mail.fabrikam.example>',
  'References: <start-01@mail.contoso.example>',
  ' <offer-01@mail.fabrikam.example>',
  `Thread-Index: ${THREAD_INDEX}`,
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Hello Bob,',
  'the <b>price</b> works for us & we accept.',
  'Alice',
  '',
].join('\r\n');

export const SENT_BY_BOB = [
  'From: Bob Fabrikam <bob@fabrikam.example>',
  'To: Alice Contoso <alice@contoso.example>',
  'Subject: Angebot',
  'Date: Mon, 3 Mar 2025 08:00:00 +0000',
  'Message-ID: <offer-01@mail.fabrikam.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Dear Alice, our <i>offer</i>.</p>',
  '',
].join('\r\n');

export const TWO_FROM_NO_ID = [
  'From: Alice Contoso <alice@contoso.example>, Erin Adatum <erin@adatum.example>',
  'To: bob@fabrikam.example',
  'Subject: ',
  'Date: Wed, 5 Mar 2025 12:00:00 +0000',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Two senders, no Message-ID.',
  '',
].join('\r\n');
