import type { CrmClient, RegardingCandidate } from '../../../src/crm/crm-client';
import type { EmailActivityDraft, SenderRecordDraft } from '../../../src/domain/activity-draft';
import type { CrmRecord, CrmUser, RecordRef, TrackedEmail } from '../../../src/domain/crm-records';
import { TrackerError } from '../../../src/domain/errors';
import { normalizeMessageId } from '../../../src/domain/message-id';

/**
 * A small in-memory CrmClient for the jsdom component tests (jsdom has no fetch, so the real
 * mock server is exercised by the node tests in test/app). It keeps what the pane wrote so the
 * tests can assert on it, and can hold or fail the next call of a method.
 */
export interface MemoryCrm extends CrmClient {
  calls: Record<string, number>;
  created: { activityId: string; draft: EmailActivityDraft }[];
  emails: Map<string, TrackedEmail>;
  /** The next call of the method waits until release() is called. */
  hold(method: keyof CrmClient): { release(): void };
  failNext(method: keyof CrmClient, error: TrackerError): void;
}

export const BOB: CrmUser = { id: 'u-bob', name: 'Bob Fabrikam', address: 'bob@fabrikam.example' };

const CREATED = '2024-01-01T00:00:00Z';
const record = (r: Partial<CrmRecord> & Pick<CrmRecord, 'table' | 'id' | 'name'>): CrmRecord => ({
  addresses: [],
  ownerId: BOB.id,
  createdOn: CREATED,
  active: true,
  disabled: false,
  ...r,
});

export const RECORDS: CrmRecord[] = [
  record({
    table: 'systemuser',
    id: BOB.id,
    name: BOB.name,
    addresses: [BOB.address],
    ownerId: null,
  }),
  record({
    table: 'contact',
    id: 'c-alice',
    name: 'Alice Contoso',
    addresses: ['alice@contoso.example'],
  }),
  record({
    table: 'account',
    id: 'a-contoso',
    name: 'Contoso Ltd',
    addresses: ['info@contoso.example'],
  }),
  record({
    table: 'account',
    id: 'a-other',
    name: 'Northwind Traders',
    addresses: ['carol@northwind.example'],
    ownerId: 'u-someone-else',
  }),
  // Two contacts share one address: the sender resolves to Bob's own, though it is newer.
  record({
    table: 'contact',
    id: 'c-liam',
    name: 'Liam Walsh',
    addresses: ['sales@northwind.example'],
    ownerId: 'u-someone-else',
    createdOn: '2023-06-20T15:30:00Z',
  }),
  record({
    table: 'contact',
    id: 'c-nadia',
    name: 'Nadia Haddad',
    addresses: ['sales@northwind.example'],
    createdOn: '2023-06-23T04:30:00Z',
  }),
];

/** An inactive contact: unused while ResolveForInactiveEntities is off (the default). */
RECORDS.push(
  record({
    table: 'contact',
    id: 'c-grace',
    name: 'Grace Whitfield',
    addresses: ['grace.whitfield@litware.example'],
    active: false,
  }),
);

export const REGARDING_ROWS: RegardingCandidate[] = [
  { table: 'account', id: 'a-contoso', name: 'Contoso Ltd', detail: 'info@contoso.example' },
  { table: 'contact', id: 'c-alice', name: 'Alice Contoso', detail: 'alice@contoso.example' },
  { table: 'opportunity', id: 'o-500', name: 'Contoso 500 licences', detail: 'Contoso Ltd' },
  { table: 'incident', id: 'i-1', name: 'Contoso printer jam', detail: 'CAS-01001' },
];

export const CONTOSO_DEAL: RecordRef = {
  table: 'opportunity',
  id: 'o-500',
  name: 'Contoso 500 licences',
};

export function createMemoryCrm(
  options: { usersettings?: Record<string, unknown>; orgdb?: Record<string, string> } = {},
): MemoryCrm {
  const calls: Record<string, number> = {};
  const created: MemoryCrm['created'] = [];
  const emails = new Map<string, TrackedEmail>();
  const held = new Map<string, Promise<void>>();
  const failures = new Map<string, TrackerError>();
  let counter = 0;

  // Every method counts its calls, then waits if held, then fails if told to.
  const step = async (method: string): Promise<void> => {
    calls[method] = (calls[method] ?? 0) + 1;
    const gate = held.get(method);
    if (gate) {
      held.delete(method);
      await gate;
    }
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw failure;
    }
  };

  const orgdbXml = `<OrgSettings>${Object.entries(options.orgdb ?? {})
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('')}</OrgSettings>`;

  return {
    calls,
    created,
    emails,
    hold(method) {
      let release = () => {};
      held.set(method, new Promise<void>((resolve) => (release = resolve)));
      return { release: () => release() };
    },
    failNext(method, error) {
      failures.set(method, error);
    },

    async whoAmI() {
      await step('whoAmI');
      return BOB;
    },
    async findRecordsByAddresses(addresses) {
      await step('findRecordsByAddresses');
      const wanted = new Set(addresses.map((a) => a.toLowerCase()));
      return RECORDS.filter((r) => r.addresses.some((a) => wanted.has(a.toLowerCase())));
    },
    async findTrackedEmails(query) {
      await step('findTrackedEmails');
      const ids = new Set(query.messageIds.map((id) => normalizeMessageId(id)));
      return [...emails.values()].filter(
        (email) =>
          ids.has(normalizeMessageId(email.messageId)) ||
          query.activityIds.includes(email.activityId) ||
          (email.trackingToken !== null && query.tokens.includes(email.trackingToken)),
      );
    },
    async createEmail(draft) {
      await step('createEmail');
      counter += 1;
      const activityId = `e-${counter}`;
      created.push({ activityId, draft });
      emails.set(activityId, {
        activityId,
        messageId: draft.messageId,
        direction: draft.direction,
        trackingToken: draft.trackingToken,
        subject: draft.subject,
        regarding: draft.regarding,
        ownerId: BOB.id,
        ownerName: BOB.name,
        createdOn: '2024-05-06T07:08:00Z',
      });
      return activityId;
    },
    async getEmail(activityId) {
      await step('getEmail');
      const email = emails.get(activityId);
      if (!email) throw new TrackerError('CrmNotFound', `No email ${activityId}.`, { status: 404 });
      return email;
    },
    async setRegarding(activityId, regarding) {
      await step('setRegarding');
      const email = emails.get(activityId);
      if (!email) throw new TrackerError('CrmNotFound', `No email ${activityId}.`, { status: 404 });
      emails.set(activityId, { ...email, regarding });
    },
    async deleteEmail(activityId) {
      await step('deleteEmail');
      emails.delete(activityId);
    },
    async searchRegarding(text, search) {
      await step('searchRegarding');
      const found = REGARDING_ROWS.filter((row) =>
        row.name.toLowerCase().includes(text.toLowerCase()),
      );
      const first = search?.first;
      return [...found.filter((r) => r.table === first), ...found.filter((r) => r.table !== first)];
    },
    async createSenderRecord(draft: SenderRecordDraft) {
      await step('createSenderRecord');
      return {
        table: draft.table,
        id: `new-${draft.table}`,
        name: `${draft.firstname} ${draft.lastname}`,
      };
    },
    async getUserSettingsRow() {
      await step('getUserSettingsRow');
      return { ...(options.usersettings ?? {}) };
    },
    async patchUserSettingsRow() {
      await step('patchUserSettingsRow');
    },
    async getOrganizationRow() {
      await step('getOrganizationRow');
      return { orgdborgsettings: orgdbXml };
    },
  };
}
