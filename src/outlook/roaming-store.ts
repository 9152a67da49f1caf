import type { KeyValueStore } from '../settings/settings-source';
import { toPromise } from './office-promise';

/** A KeyValueStore over Office roaming settings; values are kept as strings. */
export function createRoamingStore(office: typeof Office): KeyValueStore {
  const roaming = office.context.roamingSettings;
  return {
    get(key) {
      const value: unknown = roaming.get(key);
      if (value === undefined || value === null) {
        return null;
      }
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
    set(key, value) {
      roaming.set(key, value);
    },
    save() {
      return toPromise<void>(office, 'roamingSettings.saveAsync', (callback) =>
        roaming.saveAsync(callback),
      );
    },
  };
}

/**
 * A KeyValueStore over window.localStorage, for pages that run outside Outlook; in-memory when
 * there is no localStorage (Node, or storage blocked by the browser).
 */
export function createLocalStore(storage: Storage | null = findLocalStorage()): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      return storage !== null ? storage.getItem(key) : (memory.get(key) ?? null);
    },
    set(key, value) {
      if (storage !== null) {
        storage.setItem(key, value);
      } else {
        memory.set(key, value);
      }
    },
    save() {
      return Promise.resolve();
    },
  };
}

function findLocalStorage(): Storage | null {
  try {
    const candidate = (globalThis as { localStorage?: Storage }).localStorage;
    return candidate ?? null;
  } catch {
    // Some browsers throw on access when storage is blocked for the frame.
    return null;
  }
}
