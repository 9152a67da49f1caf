import { type FakeStorage, readJson } from './fake-storage';

export interface FakeCategory {
  displayName: string;
  color: string;
}

/** What Outlook keeps on an item besides the message itself. */
export interface FakeItemState {
  categories: string[];
  customProperties: Record<string, string>;
}

const MASTER_KEY = 'fake-office:master-categories';
const ITEM_PREFIX = 'fake-office:item:';

/**
 * The mailbox's changeable state: the master category list and each item's categories and
 * custom properties, by item id, kept in the given storage (memory by default; the harness
 * passes localStorage so a tracked message still reads as tracked after a reload).
 */
export function createMailboxState(storage: FakeStorage, initialMaster: FakeCategory[] = []) {
  return {
    masterCategories(): FakeCategory[] {
      return readJson(storage, MASTER_KEY, initialMaster).map((category) => ({ ...category }));
    },
    setMasterCategories(list: FakeCategory[]): void {
      storage.setItem(MASTER_KEY, JSON.stringify(list));
    },
    item(itemId: string): FakeItemState {
      const stored = readJson<Partial<FakeItemState>>(storage, ITEM_PREFIX + itemId, {});
      return {
        categories: Array.isArray(stored.categories) ? [...stored.categories] : [],
        customProperties: { ...(stored.customProperties ?? {}) },
      };
    },
    setItem(itemId: string, state: FakeItemState): void {
      storage.setItem(ITEM_PREFIX + itemId, JSON.stringify(state));
    },
  };
}

export type MailboxState = ReturnType<typeof createMailboxState>;
