import { toPromise } from './office-promise';
import { requireItem, type ReadItem } from './current-item';

/** The item's custom property that holds the tracked email activity's id. */
export const TRACKED_ACTIVITY_PROPERTY = 'crmActivityId';

export function loadCustomProperties(
  office: typeof Office,
  item: ReadItem,
): Promise<Office.CustomProperties> {
  return toPromise<Office.CustomProperties>(office, 'loadCustomPropertiesAsync', (callback) =>
    item.loadCustomPropertiesAsync(callback),
  );
}

/** Stores (or with null, clears) the tracked activity id on the selected item. */
export async function saveTrackedActivityId(
  office: typeof Office,
  itemId: string,
  activityId: string | null,
): Promise<void> {
  const item = requireItem(office, itemId);
  const properties = await loadCustomProperties(office, item);

  if (activityId === null) {
    properties.remove(TRACKED_ACTIVITY_PROPERTY);
  } else {
    properties.set(TRACKED_ACTIVITY_PROPERTY, activityId);
  }

  await toPromise<void>(office, 'customProperties.saveAsync', (callback) =>
    properties.saveAsync(callback),
  );
}
