import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeedRows, resolveSeedPath } from './seed';

/** A row as the Web API shows it: column logical names to JSON values. */
export type Row = Record<string, unknown>;

/** A column's value when it holds text. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The mock's data: one SQLite table of JSON documents keyed by entity set and id. Queries are
 * evaluated in code (odata-query.ts), not in SQL, so the store stays a plain document list.
 */
export interface CrmStore {
  /** The SQLite file. */
  readonly path: string;
  /** Every row of a set, oldest first. */
  list(set: string): Row[];
  get(set: string, id: string): Row | null;
  insert(set: string, id: string, row: Row): void;
  replace(set: string, id: string, row: Row): void;
  remove(set: string, id: string): boolean;
  /** Runs the function in one transaction: every write or none. */
  transaction<T>(run: () => T): T;
  close(): void;
}

export interface CrmStoreOptions {
  dataDir: string;
  /** Seed used on first open; default data/demo-seed.json. */
  seedPath?: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rows (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entityset TEXT NOT NULL,
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    UNIQUE (entityset, id)
  );
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Opens (creating and seeding on first use) the store in dataDir/crm.sqlite. */
export function openCrmStore(options: CrmStoreOptions): CrmStore {
  mkdirSync(options.dataDir, { recursive: true });
  const path = join(options.dataDir, 'crm.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);

  const statements = {
    list: db.prepare('SELECT json FROM rows WHERE entityset = ? ORDER BY seq'),
    get: db.prepare('SELECT json FROM rows WHERE entityset = ? AND id = ?'),
    insert: db.prepare('INSERT INTO rows (entityset, id, json) VALUES (?, ?, ?)'),
    replace: db.prepare('UPDATE rows SET json = ? WHERE entityset = ? AND id = ?'),
    remove: db.prepare('DELETE FROM rows WHERE entityset = ? AND id = ?'),
    seeded: db.prepare("SELECT value FROM meta WHERE key = 'seeded'"),
    markSeeded: db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)"),
  };

  const store: CrmStore = {
    path,
    list: (set) =>
      (statements.list.all(set) as { json: string }[]).map((r) => JSON.parse(r.json) as Row),
    get(set, id) {
      const found = statements.get.get(set, id.toLowerCase()) as { json: string } | undefined;
      return found ? (JSON.parse(found.json) as Row) : null;
    },
    insert(set, id, row) {
      statements.insert.run(set, id.toLowerCase(), JSON.stringify(row));
    },
    replace(set, id, row) {
      statements.replace.run(JSON.stringify(row), set, id.toLowerCase());
    },
    remove: (set, id) => statements.remove.run(set, id.toLowerCase()).changes > 0,
    transaction: (run) => db.transaction(run)(),
    close: () => db.close(),
  };

  if (statements.seeded.get() === undefined) {
    try {
      const seedPath = resolveSeedPath(options.seedPath);
      const seed = loadSeedRows(seedPath);
      store.transaction(() => {
        for (const { set, id, row } of seed) store.insert(set, id, row);
        statements.markSeeded.run(seedPath ?? 'built-in');
      });
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return store;
}
