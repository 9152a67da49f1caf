/**
 * Writes data/demo-seed.json, the demo organization that the mock CRM loads on first start
 * (facts in the project brief "seed-facts"). Deterministic: GUIDs come from counters and dates
 * are fixed, so running it again changes nothing unless the data below changed.
 *
 *   npx tsx scripts/make-demo-seed.ts [output path]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDeals } from './demo-seed/deals';
import { buildDirectory } from './demo-seed/directory';
import { buildTrackedEmails } from './demo-seed/emails';
import { buildOrganization, buildUserSettings } from './demo-seed/org-settings';
import { GuidCounter, type SeedRow } from './demo-seed/rows';

export const DEMO_SEED_PATH = resolve(__dirname, '..', 'data', 'demo-seed.json');

/** Entity set name to rows, in the order the Web API documentation lists them. */
export type DemoSeed = Record<string, SeedRow[]>;

export function buildDemoSeed(): DemoSeed {
  const guids = new GuidCounter();
  const organization = buildOrganization(guids);
  const directory = buildDirectory(guids);
  const deals = buildDeals(guids, directory.refs);
  const emails = buildTrackedEmails(guids, directory.refs, directory.addresses);

  const bob = directory.refs.get('bob');
  if (bob === undefined) throw new Error('The seed needs Bob as its first user');

  return {
    systemusers: directory.systemusers,
    queues: directory.queues,
    accounts: directory.accounts,
    contacts: directory.contacts,
    leads: directory.leads,
    opportunities: deals.opportunities,
    incidents: deals.incidents,
    emails,
    organizations: [organization],
    usersettingscollection: [buildUserSettings(bob)],
  };
}

/** The file's exact text: two-space JSON with a final newline. */
export function serializeDemoSeed(seed: DemoSeed): string {
  return `${JSON.stringify(seed, null, 2)}\n`;
}

if (require.main === module) {
  const target = resolve(process.argv[2] ?? DEMO_SEED_PATH);
  writeFileSync(target, serializeDemoSeed(buildDemoSeed()), 'utf8');
  console.warn(`Wrote ${target}`);
}
