/** The part of the Web Storage API the fake keeps its state in (localStorage fits). */
export interface FakeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A FakeStorage that lives as long as the fake. */
export function createMemoryStorage(): FakeStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** Reads a JSON value stored by the fake; a damaged value reads as the fallback. */
export function readJson<T>(storage: FakeStorage, key: string, fallback: T): T {
  const text = storage.getItem(key);
  if (text === null) {
    return fallback;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
