/**
 * Email activities already tracked in the demo CRM. Parties name seed rows by key, or give a bare
 * address for an unresolved party. Some rows are hooks for correlation:
 * - samples/02 replies (In-Reply-To) to `invoiceLogs`, samples/03 carries the token of `renewal`,
 *   samples/04 forwards `workshop` (References, Thread-Index), samples/11 carries the token and
 *   the Thread-Index root of `wartung`, samples/12 is another copy of `purchaseOrder`, samples/05
 *   is the received copy of `handover` (the sent copy, tracked by Fabrikam Test).
 * - Three corpus replies in ../shared/corpus point at `corpusGmail` (its In-Reply-To),
 *   `corpusThunderbird` (the first References id, not the In-Reply-To) and `corpusExchange` (its
 *   In-Reply-To). Only those Message-ID values come from the corpus; the rest is demo text.
 */

export type PartySpec = string | { address: string };

export interface TrackedMailSpec {
  key: string;
  subject: string;
  token: string | null;
  /** As the message carried it, brackets included. */
  messageId: string;
  outgoing: boolean;
  sentOn: string;
  owner: string;
  regarding: string | null;
  from: PartySpec;
  to: PartySpec[];
  cc?: PartySpec[];
  /** Whether the message started an Outlook conversation whose Thread-Index root is stored. */
  threadIndex?: boolean;
  /** Paragraphs of the body. */
  body: string[];
}

export const TRACKED_MAIL: TrackedMailSpec[] = [
  {
    key: 'renewal',
    subject: 'Renewal quote CRM:0001001',
    token: 'CRM:0001001',
    messageId: '<20250303093012.7F3A1C@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-03-03T09:30:12Z',
    owner: 'bob',
    regarding: 'contoso500',
    from: 'bob',
    to: ['alice'],
    cc: ['soren', { address: 'purchasing@contoso.example' }],
    body: [
      'Hi Alice,',
      'as promised, here is the renewal quote for the 500 licences. The prices hold until the ' +
        'end of April; the support tier is unchanged.',
      'Best regards, Bob',
    ],
  },
  {
    key: 'workshop',
    subject: 'Onboarding workshop agenda CRM:0001002',
    token: 'CRM:0001002',
    messageId: '<20250310141503.2B9E44@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-03-10T14:15:03Z',
    owner: 'bob',
    regarding: 'contoso',
    from: 'bob',
    to: ['alice'],
    threadIndex: true,
    body: [
      'Hi Alice,',
      'the agenda for the onboarding workshop: 9:00 introductions, 9:30 admin settings, ' +
        '11:00 mailbox tracking, 13:00 reporting. Lunch is on us.',
      'Bob',
    ],
  },
  {
    key: 'invoiceLogs',
    subject: 'Duplicate invoices in the export: log files',
    token: null,
    messageId: '<20250402101744.C41D07@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-04-02T10:17:44Z',
    owner: 'bob',
    regarding: 'case2',
    from: 'bob',
    to: ['carol'],
    cc: ['support'],
    body: [
      'Hello Carol,',
      'could you send us the export log of the last run? Our support team needs it to see why ' +
        'some invoices appear twice.',
      'Thanks, Bob',
    ],
  },
  {
    key: 'purchaseOrder',
    subject: 'Purchase order for the 500 licences',
    token: null,
    messageId:
      '<DU2PR01MB8123A4C1F05E7B9D2C61E3F0A8B7C6D5@DU2PR01MB8123.eurprd01.prod.exchangelabs.example>',
    outgoing: false,
    sentOn: '2025-04-14T07:52:09Z',
    owner: 'bob',
    regarding: 'contoso500',
    from: 'alice',
    to: ['bob'],
    body: [
      'Hi Bob,',
      'attached is our purchase order PO-2025-0417 for the 500 licences. Please confirm receipt.',
      'Kind regards, Alice',
    ],
  },
  {
    key: 'handover',
    subject: 'Handover: Northwind renewal call notes CRM:0002001',
    token: 'CRM:0002001',
    messageId: '<20250512083355.5D2F90@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-05-12T08:33:55Z',
    owner: 'test',
    regarding: 'nwrenewal',
    from: 'test',
    to: ['bob'],
    body: [
      'Bob,',
      "notes from today's call with Northwind: they want a two-year term and ask for a " +
        'quote in euros. Jörg will decide by the end of the month.',
    ],
  },
  {
    key: 'corpusGmail',
    subject: 'Licence count for the pilot CRM:0001003',
    token: 'CRM:0001003',
    messageId: '<8fc5086d0912020131y377ba0ccpf8f14783cfc3014a@mail.gmail.example>',
    outgoing: true,
    sentOn: '2009-12-02T09:31:00Z',
    owner: 'bob',
    regarding: 'contoso500',
    from: 'bob',
    to: ['alice'],
    body: ['Alice, how many people will take part in the pilot? Bob'],
  },
  {
    key: 'corpusThunderbird',
    subject: 'Order history export for Northwind',
    token: null,
    messageId: '<473FF3B8.9020707@northwind.example>',
    outgoing: false,
    sentOn: '2007-11-18T08:11:36Z',
    owner: 'bob',
    regarding: 'northwind',
    from: 'carol',
    to: ['alice'],
    cc: ['bob'],
    body: ['Alice, the order history export is ready for review. Carol'],
  },
  {
    key: 'corpusExchange',
    subject: 'Sync error after password change CRM:0001004',
    token: 'CRM:0001004',
    messageId:
      '<5185e377-81c5-4361-91ba-11d42f4c5cc9@AM5EUR02FT056.eop-EUR02.prod.protection.outlook.example>',
    outgoing: true,
    sentOn: '2017-11-15T09:58:40Z',
    owner: 'bob',
    regarding: 'case1',
    from: 'bob',
    to: ['alice'],
    body: ['Alice, we opened a case for the sync error. Could you send a screenshot? Bob'],
  },
  {
    key: 'wartung',
    subject: 'Wartungsvertrag 2025 – Angebot CRM:0001005',
    token: 'CRM:0001005',
    messageId: '<20250519120405.A8E613@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-05-19T12:04:05Z',
    owner: 'bob',
    regarding: 'nwrenewal',
    from: 'bob',
    to: ['joerg'],
    threadIndex: true,
    body: [
      'Hallo Herr Nörthwind,',
      'anbei unser Angebot für den Wartungsvertrag 2025 mit zwei Jahren Laufzeit.',
      'Viele Grüße, Bob Fabrikam',
    ],
  },
  {
    key: 'bookingNextSteps',
    subject: 'Booking integration: next steps CRM:0001006',
    token: 'CRM:0001006',
    messageId: '<20250521153020.0E4B7D@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-05-21T15:30:20Z',
    owner: 'bob',
    regarding: 'margiesbooking',
    from: 'bob',
    to: ['siobhan'],
    body: ['Hi Siobhán,', 'next step is a test booking in the sandbox on Tuesday.', 'Bob'],
  },
  {
    key: 'kioskLogs',
    subject: 'Kiosk offline queue: logs from store 12',
    token: null,
    messageId: '<CAFz8kQp3hV2sWn9Lr4tYb6uXe1oDj7mGc5aZ0iKf2w@mail.tailspin.example>',
    outgoing: false,
    sentOn: '2025-02-20T16:41:07Z',
    owner: 'bob',
    regarding: 'case5',
    from: 'dave',
    to: ['bob'],
    cc: ['support'],
    body: ['Bob, the kiosk logs from store 12 are attached. Dave'],
  },
  {
    key: 'priceSheet',
    subject: 'Northwind renewal: price sheet CRM:0004001',
    token: 'CRM:0004001',
    messageId: '<20250428094410.3C7A52@mail.fabrikam.example>',
    outgoing: true,
    sentOn: '2025-04-28T09:44:10Z',
    owner: 'lena',
    regarding: 'nwrenewal',
    from: 'lena',
    to: ['joerg'],
    body: ['Hallo Jörg, anbei die Preisliste. Grüße, Lena'],
  },
  {
    key: 'mobileAttachments',
    subject: 'モバイルアプリで添付ファイルが開けません',
    token: null,
    messageId: '<5F2A9C41.7030104@contoso.example>',
    outgoing: false,
    sentOn: '2025-03-26T01:12:45Z',
    owner: 'hanako',
    regarding: 'case3',
    from: 'taro',
    to: ['hanako'],
    body: ['はなこさん、モバイルアプリで PDF の添付ファイルが開けません。山田'],
  },
];
