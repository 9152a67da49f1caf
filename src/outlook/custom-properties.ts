import { toPromise } from './office-promise';
import { requireItem, type ReadItem } from './current-item';
import type { TrackingNote } from './outlook-host';

/** The item's custom property that holds the tracked email activity's id. */
export const TRACKED_ACTIVITY_PROPERTY = 'crmActivityId';

/** The item's custom property set when the user untracked it ("1"); absent otherwise. */
export const UNTRACKED_BY_USER_PROPERTY = 'crmUntrackedByUser';

/** The item's custom property set to "tagged" when automatic tagging wrote the activity id. */
export const TRACKING_ORIGIN_PROPERTY = 'crmTrackingOrigin';

export function loadCustomProperties(
  office: typeof Office,
  item: ReadItem,
): Promise<Office.CustomProperties> {
  return toPromise<Office.CustomProperties>(office, 'loadCustomPropertiesAsync', (callback) =>
    item.loadCustomPropertiesAsync(callback),
  );
}

/** Stores (or with null, clears) the tracked activity id on the selected item. */
export function saveTrackedActivityId(
  office: typeof Office,
  itemId: string,
  activityId: string | null,
): Promise<void> {
  return saveProperties(office, itemId, { [TRACKED_ACTIVITY_PROPERTY]: activityId });
}

/** Stores the activity id and the untracked-by-user mark on the selected item, in one save. */
export function saveTrackingNote(
  office: typeof Office,
  itemId: string,
  note: TrackingNote,
): Promise<void> {
  return saveProperties(office, itemId, {
    [TRACKED_ACTIVITY_PROPERTY]: note.activityId,
    [UNTRACKED_BY_USER_PROPERTY]: note.untrackedByUser ? '1' : null,
    // Absent reads as 'tracked', which is what notes written before this property meant.
    [TRACKING_ORIGIN_PROPERTY]:
      note.activityId !== null && note.origin === 'tagged' ? 'tagged' : null,
  });
}

/** Sets each property to its value, removing those given null, then saves once. */
async function saveProperties(
  office: typeof Office,
  itemId: string,
  values: Record<string, string | null>,
): Promise<void> {
  const item = requireItem(office, itemId);
  const properties = await loadCustomProperties(office, item);

  for (const [name, value] of Object.entries(values)) {
    if (value === null) {
      properties.remove(name);
    } else {
      properties.set(name, value);
    }
  }

  await toPromise<void>(office, 'customProperties.saveAsync', (callback) =>
    properties.saveAsync(callback),
  );
}
