import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoSeed, serializeDemoSeed } from '../../scripts/make-demo-seed';
import { EMAIL_ENABLED_TABLES, REGARDING_TABLES } from '../../src/domain/crm-records';
import { CORPUS_DIR, requireShared } from '../support/shared-folder';
import {
  ENTITY_SETS,
  SEED_PATH,
  header,
  messageIds,
  parseHeaders,
  readSeed,
  rowsWithAddress,
  type Row,
} from './demo-files';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const seed = readSeed();
const emails = seed.emails;

/** Which tables each lookup column may point at. */
const LOOKUP_TARGETS: Record<string, readonly string[]> = {
  ownerid: ['systemuser'],
  parentcustomerid: ['account', 'contact'],
  customerid: ['account', 'contact'],
  regardingobjectid: REGARDING_TABLES,
  partyid: EMAIL_ENABLED_TABLES,
};

function rowsById(): Map<string, { table: string; name: unknown }> {
  const index = new Map<string, { table: string; name: unknown }>();
  for (const [set, info] of Object.entries(ENTITY_SETS)) {
    for (const row of seed[set] ?? [])
      index.set(row[info.key] as string, { table: info.table, name: row[info.name] });
  }
  return index;
}

/** Every row of the seed, parties of emails included, with where it came from. */
function allRows(): { where: string; row: Row }[] {
  return Object.entries(seed).flatMap(([set, rows]) =>
    rows.flatMap((row, i) => [
      { where: `${set}[${i}]`, row },
      ...((row.email_activity_parties as Row[] | undefined) ?? []).map((party, j) => ({
        where: `${set}[${i}].email_activity_parties[${j}]`,
        row: party,
      })),
    ]),
  );
}

describe('data/demo-seed.json', () => {
  test('is exactly what scripts/make-demo-seed.ts writes', () => {
    expect(readFileSync(SEED_PATH, 'utf8')).toBe(serializeDemoSeed(buildDemoSeed()));
  });

  test('has every entity set as a list of rows', () => {
    for (const set of [...Object.keys(ENTITY_SETS), 'usersettingscollection']) {
      expect({ set, isList: Array.isArray(seed[set]) }).toEqual({ set, isList: true });
    }
  });

  test('every id is a well-formed lowercase GUID, unique across the seed', () => {
    const ids = allRows().flatMap(({ where, row }) =>
      Object.entries(row)
        .filter(
          ([column]) => /id$/.test(column) && column !== 'messageid' && !column.startsWith('_'),
        )
        .filter(
          ([column]) => !(where.startsWith('usersettingscollection') && column === 'systemuserid'),
        )
        .map(([column, value]) => ({ where: `${where}.${column}`, value })),
    );
    expect(ids.length).toBeGreaterThan(100);
    for (const { where, value } of ids)
      expect({ where, value, ok: GUID.test(String(value)) }).toEqual({ where, value, ok: true });
    expect(new Set(ids.map((id) => id.value)).size).toBe(ids.length);
  });

  test('every lookup points at an existing row of an allowed table, with its name', () => {
    const index = rowsById();
    let checked = 0;
    for (const { where, row } of allRows()) {
      for (const [column, value] of Object.entries(row)) {
        const match = /^_(\w+)_value$/.exec(column);
        if (match === null) continue;
        const logical = row[`${column}@Microsoft.Dynamics.CRM.lookuplogicalname`];
        const shown = row[`${column}@OData.Community.Display.V1.FormattedValue`];
        if (value === null) {
          expect({ where, column, logical, shown }).toEqual({
            where,
            column,
            logical: undefined,
            shown: undefined,
          });
          continue;
        }
        const target = typeof value === 'string' ? index.get(value) : undefined;
        const allowed = LOOKUP_TARGETS[match[1]] ?? [];
        expect({
          where,
          column,
          table: target?.table,
          name: target?.name,
          allowed: allowed.includes(String(logical)),
        }).toEqual({ where, column, table: logical, name: shown, allowed: true });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  test('createdon is an ISO UTC time and statecode an integer on every row that has them', () => {
    for (const { where, row } of allRows()) {
      if ('createdon' in row)
        expect({
          where,
          ok: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(String(row.createdon)),
        }).toEqual({ where, ok: true });
      if ('statecode' in row)
        expect({ where, ok: Number.isInteger(row.statecode) }).toEqual({ where, ok: true });
    }
  });

  test('Bob Fabrikam is the first user; the other users are there, one of them disabled', () => {
    const [first, ...others] = seed.systemusers;
    expect(first).toMatchObject({
      fullname: 'Bob Fabrikam',
      internalemailaddress: 'bob@fabrikam.example',
      isdisabled: false,
    });
    const addresses = others.map((user) => user.internalemailaddress);
    expect(addresses).toEqual(
      expect.arrayContaining(['test@fabrikam.example', 'hanako@fabrikam.example']),
    );
    expect(seed.systemusers.filter((user) => user.isdisabled === true)).toHaveLength(1);
    expect(seed.usersettingscollection[0].systemuserid).toBe(first.systemuserid);
  });

  test('Alice Contoso is an active contact owned by Bob, and there are 50+ contacts', () => {
    const alice = rowsWithAddress(seed, 'alice@contoso.example');
    expect(alice).toHaveLength(1);
    expect(alice[0].set).toBe('contacts');
    expect(alice[0].row).toMatchObject({
      fullname: 'Alice Contoso',
      statecode: 0,
      _ownerid_value: seed.systemusers[0].systemuserid,
    });
    expect(seed.contacts.length).toBeGreaterThanOrEqual(50);
  });

  // The people and rule cases of seed-facts.md: address → the sets its rows are in.
  test.each([
    ['carol@northwind.example', ['contacts']],
    ['dave@tailspin.example', ['contacts', 'leads']],
    ['erin@adatum.example', ['leads']],
    ['soren@contoso.example', ['contacts']],
    ['taro@contoso.example', ['contacts']],
    ['joerg@northwind.example', ['contacts']],
    ['info@contoso.example', ['accounts']],
    ['support@fabrikam.example', ['queues']],
    ['sales@northwind.example', ['contacts', 'contacts']],
  ])('%s is found in %j', (address, sets) => {
    expect(
      rowsWithAddress(seed, address)
        .map((hit) => hit.set)
        .sort(),
    ).toEqual(sets);
  });

  test('the shared address belongs to two active contacts with different owners', () => {
    const rows = rowsWithAddress(seed, 'sales@northwind.example').map((hit) => hit.row);
    expect(rows.map((row) => row.statecode)).toEqual([0, 0]);
    expect(new Set(rows.map((row) => row._ownerid_value)).size).toBe(2);
  });

  test('rule cases: inactive contact, apostrophe, Contoso Ltd and its opportunity, cases', () => {
    expect(seed.contacts.some((row) => row.statecode === 1)).toBe(true);
    expect(seed.contacts.some((row) => String(row.fullname).includes("'"))).toBe(true);
    const contoso = seed.accounts.find((row) => row.name === 'Contoso Ltd');
    const deal = seed.opportunities.find((row) => row.name === 'Contoso 500 licences');
    expect(deal?._customerid_value).toBe(contoso?.accountid);
    expect(seed.opportunities.length).toBeGreaterThanOrEqual(6);
    expect(seed.incidents.length).toBeGreaterThanOrEqual(6);
    for (const row of seed.incidents) expect(row.ticketnumber).toMatch(/^CAS-\d{5}-[A-Z0-9]{6}$/);
  });

  test('tracked emails are completed, carry their Message-ID with brackets and their token', () => {
    expect(emails.length).toBeGreaterThanOrEqual(6);
    for (const email of emails) {
      expect(email).toMatchObject({ statecode: 1, directioncode: expect.any(Boolean) });
      expect(email.messageid).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
      if (email.trackingtoken !== null) {
        expect(email.trackingtoken).toMatch(/^CRM:\d{7}$/);
        // toMatch() above has failed unless the token is a string.
        const token = email.trackingtoken as string;
        expect(String(email.subject).endsWith(` ${token}`)).toBe(true);
      }
      const from = (email.email_activity_parties as Row[]).filter(
        (p) => p.participationtypemask === 1,
      );
      expect(from).toHaveLength(1);
    }
    expect(new Set(emails.map((email) => email.messageid)).size).toBe(emails.length);
    expect(emails.find((email) => email.trackingtoken === 'CRM:0001001')?.subject).toBe(
      'Renewal quote CRM:0001001',
    );
  });
});

describe('correlation hooks for the corpus replies', () => {
  const available = requireShared(CORPUS_DIR, 'the corpus correlation hooks test');
  const corpusHeaders = (file: string) => ({
    headers: parseHeaders(readFileSync(join(CORPUS_DIR, file), 'latin1')),
  });
  const tracked = (id: string) => emails.find((email) => email.messageid === id);

  (available ? test : test.skip).each([
    ['mail-gmail-reply-in-reply-to-01.eml', 'in-reply-to', 0],
    ['mail-thunderbird-reply-references-01.eml', 'references', 0],
    ['mimekit-exchange-online-reply-01.eml', 'in-reply-to', 0],
  ])('%s: its %s id #%i is a tracked email with a regarding record', (file, name, position) => {
    const id = messageIds(header(corpusHeaders(file), name))[position];
    expect(tracked(id)?._regardingobjectid_value).toEqual(expect.any(String));
  });

  (available ? test : test.skip)('the Thunderbird reply correlates only through References', () => {
    const headers = corpusHeaders('mail-thunderbird-reply-references-01.eml');
    expect(tracked(messageIds(header(headers, 'in-reply-to'))[0])).toBeUndefined();
  });
});
