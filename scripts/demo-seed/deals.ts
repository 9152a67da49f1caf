import { GuidCounter, dateSequence, lookup, ticketNumber, type RowRef, type SeedRow } from './rows';

type DealRow = [key: string, name: string, customer: string, owner: string, value: number];

/** Opportunities; customers are accounts or contacts. */
const OPPORTUNITIES: DealRow[] = [
  ['contoso500', 'Contoso 500 licences', 'contoso', 'bob', 60000],
  ['nwrenewal', 'Northwind support renewal 2025', 'northwind', 'lena', 18000],
  ['tailspinrollout', 'Tailspin Toys store rollout', 'tailspin', 'bob', 42000],
  ['fourthcoffeeapp', 'Fourth Coffee loyalty app', 'fourthcoffee', 'lena', 25000],
  ['wwicustoms', 'Wide World Importers customs module', 'wwi', 'hanako', 31000],
  ['alpinepasses', 'Alpine Ski House season pass portal', 'alpine', 'bob', 15000],
  ['margiesbooking', "Margie's Travel booking integration", 'margies', 'bob', 22000],
  ['jonahadvisory', 'Advisory hours for Jonah Price', 'jonah', 'test', 4000],
];

/** statecode 1 won, 2 lost; the others are open (0). */
const DEAL_STATES: Record<string, 1 | 2> = { alpinepasses: 1, jonahadvisory: 2 };

type CaseRow = [key: string, title: string, customer: string, owner: string];

const INCIDENTS: CaseRow[] = [
  ['case1', 'Sync error after password change', 'contoso', 'bob'],
  ['case2', 'Duplicate invoices in the monthly export', 'northwind', 'bob'],
  ['case3', 'Attachments do not open in the mobile app', 'taro', 'hanako'],
  ['case4', 'Licence activation fails for new starters', 'contoso', 'lena'],
  ['case5', 'Kiosk loses its offline queue after restart', 'tailspin', 'bob'],
  ['case6', 'Wrong VAT rate on wholesale invoices', 'coho', 'lena'],
  ['case7', 'Report export times out', 'litware', 'test'],
];

/** Cases: statecode 1 resolved, 2 cancelled; the others are active (0). */
const CASE_STATES: Record<string, 1 | 2> = { case4: 1, case7: 2 };

export interface Deals {
  opportunities: SeedRow[];
  incidents: SeedRow[];
}

export function buildDeals(guids: GuidCounter, refs: Map<string, RowRef>): Deals {
  const ref = (key: string): RowRef => {
    const found = refs.get(key);
    if (found === undefined) throw new Error(`Seed reference ${key} is not defined`);
    return found;
  };

  const opportunities = OPPORTUNITIES.map(([key, name, customer, owner, value], i) => {
    const id = guids.next('opportunity');
    const state = DEAL_STATES[key] ?? 0;
    refs.set(key, { table: 'opportunity', id, name });
    return {
      opportunityid: id,
      name,
      estimatedvalue: value,
      statecode: state,
      statuscode: [1, 3, 4][state],
      createdon: dateSequence('2024-10-07T10:00:00Z', 24 * 11, i),
      ...lookup('customerid', ref(customer)),
      ...lookup('ownerid', ref(owner)),
    };
  });

  const incidents = INCIDENTS.map(([key, title, customer, owner], i) => {
    const id = guids.next('incident');
    const state = CASE_STATES[key] ?? 0;
    refs.set(key, { table: 'incident', id, name: title });
    return {
      incidentid: id,
      title,
      ticketnumber: ticketNumber(i + 1),
      statecode: state,
      statuscode: [1, 5, 6][state],
      createdon: dateSequence('2025-01-13T08:45:00Z', 24 * 6, i),
      ...lookup('customerid', ref(customer)),
      ...lookup('ownerid', ref(owner)),
    };
  });

  return { opportunities, incidents };
}
