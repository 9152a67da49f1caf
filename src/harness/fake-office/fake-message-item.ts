/** An address as Office.js gives it (EmailAddressDetails). */
export interface FakeEmailAddress {
  displayName: string;
  emailAddress: string;
  recipientType?: string;
}

export interface FakeAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  attachmentType: 'file' | 'item';
  isInline: boolean;
}

/**
 * A message as the fake mailbox holds it: plain data, independent of any fake Office. The fake
 * turns it into an Office-shaped read item (with async methods) when it is selected.
 */
export interface FakeMessageItem {
  itemId: string;
  itemType: 'message';
  subject: string;
  /** As the message carries it, brackets included; '' when the message has none. */
  internetMessageId: string;
  from: FakeEmailAddress | null;
  sender: FakeEmailAddress | null;
  to: FakeEmailAddress[];
  cc: FakeEmailAddress[];
  dateTimeCreated: Date;
  dateTimeModified: Date;
  conversationId: string;
  /** The raw header block, returned by getAllInternetHeadersAsync. */
  internetHeaders: string;
  /** The body as HTML, returned by body.getAsync('html'). */
  bodyHtml: string;
  attachments: FakeAttachment[];
}
