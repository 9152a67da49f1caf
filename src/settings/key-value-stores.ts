import type { KeyValueStore } from './settings-source';

/** A KeyValueStore kept in memory (tests, the command-line tool). */
export function createMemoryKeyValueStore(initial: Record<string, string> = {}): KeyValueStore & {
  entries(): Record<string, string>;
} {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    save: () => Promise.resolve(),
    entries: () => Object.fromEntries(values),
  };
}

/** A KeyValueStore over Web Storage (localStorage outside Outlook); writes are immediate. */
export function createWebStorageKeyValueStore(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): KeyValueStore {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    save: () => Promise.resolve(),
  };
}
