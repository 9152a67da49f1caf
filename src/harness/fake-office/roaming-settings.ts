import { splitTail, type AsyncCalls } from './async-calls';
import { type FakeStorage, readJson } from './fake-storage';

const ROAMING_KEY = 'fake-office:roaming-settings';

/**
 * Office roaming settings over a storage: reads and writes act on an in-memory copy and only
 * saveAsync persists it, so unsaved changes are lost on reload as they are in Outlook.
 */
export function createFakeRoamingSettings(storage: FakeStorage, calls: AsyncCalls) {
  const values: Record<string, unknown> = readJson(storage, ROAMING_KEY, {});
  return {
    get: (name: string): unknown => values[name],
    set(name: string, value: unknown) {
      values[name] = value;
    },
    remove(name: string) {
      delete values[name];
    },
    saveAsync(...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<void>(tail);
      calls.run('roamingSettings.saveAsync', callback, asyncContext, () => {
        storage.setItem(ROAMING_KEY, JSON.stringify(values));
      });
    },
  };
}
