import { TrackerError } from '../domain/errors';

/** The read-mode message as Office.js types it. */
export type ReadItem = Office.MessageRead;

/** The selected item when it is a message open for reading; null otherwise. */
export function currentReadMessage(office: typeof Office): ReadItem | null {
  const item = office.context.mailbox.item as unknown as ReadItem | null | undefined;
  if (item === undefined || item === null) {
    return null;
  }

  // TODO(#2): compose items (subject is an object with getAsync) and appointments.
  if (String(item.itemType) !== 'message' || typeof item.subject !== 'string') {
    return null;
  }
  return item;
}

/**
 * The selected message, checked to be the one the caller means: Office.js acts only on the
 * selected item, so a write meant for a message the user has left must not land on another.
 */
export function requireItem(office: typeof Office, itemId: string): ReadItem {
  const item = currentReadMessage(office);
  if (item === null) {
    throw new TrackerError('NoItem', 'No message is selected in Outlook.');
  }
  if (item.itemId !== itemId) {
    throw new TrackerError(
      'ItemChanged',
      'The selected message changed in Outlook before the change could be saved on it.',
    );
  }
  return item;
}
