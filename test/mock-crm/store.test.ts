import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCrmStore } from '../../src/mock-crm';
import { ALICE_ID, removeDir, SEED_PATH, startMock } from './mock-crm-fixture';

describe('the store', () => {
  it('keeps data across reopening and does not seed twice', async () => {
    const first = await startMock();
    const created = await first.api('contacts', {
      method: 'POST',
      body: { firstname: 'Kept', lastname: 'Row', emailaddress1: 'kept@row.example' },
    });
    expect(created.status).toBe(204);
    await first.api(`contacts(${ALICE_ID})`, { method: 'PATCH', body: { jobtitle: 'Buyer' } });
    await first.close();

    const second = await startMock({ dataDir: first.dataDir });
    try {
      const kept = await second.api("contacts?$filter=emailaddress1 eq 'kept@row.example'");
      expect(kept.body.value).toHaveLength(1);
      expect((await second.api(`contacts(${ALICE_ID})`)).body.jobtitle).toBe('Buyer');
      const alices = await second.api("contacts?$filter=fullname eq 'Alice Contoso'");
      expect(alices.body.value).toHaveLength(1);
    } finally {
      await second.close();
      removeDir(first.dataDir);
    }
  });

  it('writes a WAL-mode SQLite file in the data directory', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mock-crm-store-'));
    const store = openCrmStore({ dataDir, seedPath: SEED_PATH });
    try {
      expect(store.path).toBe(join(dataDir, 'crm.sqlite'));
      expect(existsSync(`${store.path}-wal`)).toBe(true);
      expect(store.list('systemusers')[0].internalemailaddress).toBe('bob@fabrikam.example');
      expect(store.list('organizations')).toHaveLength(1);
    } finally {
      store.close();
      removeDir(dataDir);
    }
  });

  it.each([
    ['not an object', '[1]'],
    ['a set that is not an array', '{"contacts": {}}'],
    ['a row without a GUID key', '{"contacts": [{"contactid": "42"}]}'],
  ])('refuses a seed that is %s', (_label, text) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mock-crm-seed-'));
    const seedPath = join(dataDir, 'seed.json');
    writeFileSync(seedPath, text);
    try {
      expect(() => openCrmStore({ dataDir, seedPath })).toThrow(/Seed/);
    } finally {
      removeDir(dataDir);
    }
  });
});

describe('the demo seed (data/demo-seed.json)', () => {
  it('loads, with Bob Fabrikam as the first user and Alice Contoso as his contact', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mock-crm-demo-'));
    const store = openCrmStore({ dataDir });
    try {
      const bob = store.list('systemusers')[0];
      expect(bob.internalemailaddress).toBe('bob@fabrikam.example');
      const alice = store
        .list('contacts')
        .find((row) => row.emailaddress1 === 'alice@contoso.example');
      expect(alice).toMatchObject({ fullname: 'Alice Contoso', _ownerid_value: bob.systemuserid });
    } finally {
      store.close();
      removeDir(dataDir);
    }
  });
});
