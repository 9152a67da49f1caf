import type { ShownMessage, TrackingNote } from '../outlook/outlook-host';
import type { ItemBook } from './item-book';
import { tagItem, type ActionContext } from './tracking-actions';

/**
 * Brings a newly shown item up to date with what this pane did to it while it was not selected.
 * An action that finished after the user left the item could not write its note there (Office.js
 * writes only to the selected item): the note is written now, and the message reads as if it had
 * been there all along, so that an item tracked without a Message-ID still shows as tracked.
 */
export async function catchUpOnItem(
  book: ItemBook,
  context: ActionContext,
  message: ShownMessage,
): Promise<ShownMessage> {
  const itemId = message.itemId;
  const note = book.pendingNote(itemId);
  if (note && !book.isBusy(itemId)) {
    const tagging = await tagItem(context, itemId, note);
    if (!tagging.itemLeft) {
      book.notePlaced(itemId, tagging.warnings);
    }
    return withNote(message, note);
  }

  // The activity this pane tracked the item as, though the note on the item is missing.
  const remembered = book.trackedActivity(itemId);
  if (remembered && !message.facts.trackedActivityId) {
    return withNote(message, { activityId: remembered, untrackedByUser: false, origin: 'tracked' });
  }
  return message;
}

/** The message as it reads once the note is on the item. */
function withNote(message: ShownMessage, note: TrackingNote): ShownMessage {
  return {
    ...message,
    facts: { ...message.facts, trackedActivityId: note.activityId },
    untrackedByUser: note.untrackedByUser,
    trackingOrigin: note.origin ?? 'tracked',
  };
}
