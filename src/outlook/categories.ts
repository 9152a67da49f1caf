import { toPromise } from './office-promise';
import { requireItem } from './current-item';
import { isTrackerError } from '../domain/errors';

/** Green, so the tag reads as "done" in the message list. */
const NEW_CATEGORY_COLOR = 'Preset4';

/** Adds the category to the selected item, adding it to the mailbox's master list first. */
export async function addCategory(office: typeof Office, itemId: string, name: string) {
  const item = requireItem(office, itemId);
  await ensureMasterCategory(office, name);

  const present = await toPromise<Office.CategoryDetails[]>(office, 'categories.getAsync', (cb) =>
    item.categories.getAsync(cb),
  );
  if (present.some((category) => sameName(category.displayName, name))) {
    return;
  }

  await toPromise<void>(office, 'categories.addAsync', (callback) =>
    item.categories.addAsync([name], callback),
  );
}

export async function removeCategory(office: typeof Office, itemId: string, name: string) {
  const item = requireItem(office, itemId);
  await toPromise<void>(office, 'categories.removeAsync', (callback) =>
    item.categories.removeAsync([name], callback),
  );
}

async function ensureMasterCategory(office: typeof Office, name: string): Promise<void> {
  const master = office.context.mailbox.masterCategories;
  const existing = await toPromise<Office.CategoryDetails[]>(
    office,
    'masterCategories.getAsync',
    (callback) => master.getAsync(callback),
  );
  if (existing.some((category) => sameName(category.displayName, name))) {
    return;
  }

  const color = office.MailboxEnums.CategoryColor[NEW_CATEGORY_COLOR];
  try {
    await toPromise<void>(office, 'masterCategories.addAsync', (callback) =>
      master.addAsync([{ displayName: name, color }], callback),
    );
  } catch (error) {
    // Another window may have added it between our read and write: that is the goal anyway.
    if (!(isTrackerError(error) && error.serverCode === 'DuplicateCategory')) {
      throw error;
    }
  }
}

/** Outlook compares category names without regard to letter case. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
