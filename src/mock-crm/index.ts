/**
 * The mock Dataverse Web API (contract 1): a SQLite-backed store seeded from
 * data/demo-seed.json, and an HTTP handler for the /api/data/v9.2/ subset the add-in uses.
 */
export { openCrmStore, type CrmStore, type CrmStoreOptions, type Row } from './store';
export { createWebApiHandler } from './router';
export { DEFAULT_SEED_PATH } from './seed';
