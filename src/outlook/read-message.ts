import { buildMessageFacts } from '../domain/facts';
import { TrackerError } from '../domain/errors';
import type { Mailbox } from '../domain/message-facts';
import type { ShownMessage } from './outlook-host';
import { currentReadMessage, type ReadItem } from './current-item';
import { toPromise } from './office-promise';
import {
  loadCustomProperties,
  TRACKED_ACTIVITY_PROPERTY,
  TRACKING_ORIGIN_PROPERTY,
  UNTRACKED_BY_USER_PROPERTY,
} from './custom-properties';

/** Outlook may return at most this many recipients per list in read mode. */
const RECIPIENT_LIST_LIMIT = 100;

/** Reads the selected message through Office.js; null when no single message is selected. */
export async function readShownMessage(office: typeof Office): Promise<ShownMessage | null> {
  const item = currentReadMessage(office);
  if (item === null) {
    return null;
  }

  const [rawHeaders, bodyHtml, properties] = await Promise.all([
    toPromise<string>(office, 'getAllInternetHeadersAsync', (callback) =>
      item.getAllInternetHeadersAsync(callback),
    ),
    toPromise<string>(office, 'body.getAsync', (callback) =>
      item.body.getAsync(office.CoercionType.Html, callback),
    ),
    loadCustomProperties(office, item),
  ]);

  // The user may have moved on while Outlook answered; facts of two messages must not mix.
  if (office.context.mailbox.item !== (item as unknown)) {
    throw new TrackerError('ItemChanged', 'The selected message changed while it was being read.');
  }

  const facts = buildMessageFacts({
    rawHeaders,
    subject: item.subject,
    internetMessageId: emptyToNull(item.internetMessageId),
    from: item.from ? toMailbox(item.from) : null,
    to: toMailboxes(item.to),
    cc: toMailboxes(item.cc),
    receivedOn: toIsoString(item.dateTimeCreated),
    conversationId: emptyToNull(item.conversationId),
    mailboxOwner: office.context.mailbox.userProfile.emailAddress,
    folder: null,
    trackedActivityId: readActivityId(properties.get(TRACKED_ACTIVITY_PROPERTY)),
    recipientsMayBeTruncated: mayBeTruncated(item),
  });
  const untrackedByUser = properties.get(UNTRACKED_BY_USER_PROPERTY) === '1';
  const trackingOrigin =
    properties.get(TRACKING_ORIGIN_PROPERTY) === 'tagged' ? 'tagged' : 'tracked';
  return { itemId: item.itemId, facts, bodyHtml, untrackedByUser, trackingOrigin };
}

function toMailbox(details: Office.EmailAddressDetails): Mailbox {
  return { name: details.displayName ?? '', address: details.emailAddress ?? '' };
}

function toMailboxes(list: Office.EmailAddressDetails[] | undefined | null): Mailbox[] {
  return (list ?? []).map(toMailbox);
}

function mayBeTruncated(item: ReadItem): boolean {
  return (
    (item.to?.length ?? 0) >= RECIPIENT_LIST_LIMIT || (item.cc?.length ?? 0) >= RECIPIENT_LIST_LIMIT
  );
}

function toIsoString(value: Date | undefined | null): string | null {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    return null;
  }
  return value.toISOString();
}

function emptyToNull(value: string | undefined | null): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

function readActivityId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
