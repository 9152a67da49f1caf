import type { CrmSnapshot } from '../../src/domain/crm-lookups';
import type {
  CrmRecord,
  EmailEnabledTable,
  RecordRef,
  TrackedEmail,
} from '../../src/domain/crm-records';
import type { Mailbox, MessageFacts } from '../../src/domain/message-facts';

/** Test data for the rules: plain objects, so that the tests do not depend on the parser. */

export const BOB_ID = '00000000-0000-0000-0000-0000000000b0';
export const TEST_USER_ID = '00000000-0000-0000-0000-0000000000b1';
export const BOB = { name: 'Bob Fabrikam', address: 'bob@fabrikam.example' };
export const ALICE = { name: 'Alice Contoso', address: 'alice@contoso.example' };

export const OPPORTUNITY: RecordRef = {
  table: 'opportunity',
  id: '00000000-0000-0000-0000-0000000000f1',
  name: 'Contoso 500 licences',
};

export function mailbox(address: string, name = ''): Mailbox {
  return { name, address };
}

/** A message Bob received in his Inbox from Alice, unless overridden. */
export function makeFacts(overrides: Partial<MessageFacts> = {}): MessageFacts {
  return {
    messageId: 'new-1@mail.contoso.example',
    rawMessageId: '<new-1@mail.contoso.example>',
    subject: 'Licence quote',
    from: [ALICE],
    sender: null,
    to: [BOB],
    cc: [],
    bcc: [],
    sentOn: '2024-05-02T09:00:00.000Z',
    receivedOn: '2024-05-02T09:00:05.000Z',
    direction: 'incoming',
    folder: 'inbox',
    inReplyTo: null,
    references: [],
    threadIndex: null,
    conversationId: null,
    recipientsMayBeTruncated: false,
    trackedActivityId: null,
    ...overrides,
  };
}

let nextId = 1;

export function makeRecord(
  table: EmailEnabledTable,
  address: string,
  overrides: Partial<CrmRecord> = {},
): CrmRecord {
  const id = `00000000-0000-0000-0000-${String(nextId++).padStart(12, '0')}`;
  return {
    table,
    id,
    name: `${table} ${address}`,
    addresses: [address],
    ownerId: table === 'systemuser' ? null : BOB_ID,
    createdOn: '2023-01-01T00:00:00.000Z',
    active: true,
    disabled: false,
    ...overrides,
  };
}

export function makeTracked(overrides: Partial<TrackedEmail> = {}): TrackedEmail {
  return {
    activityId: `10000000-0000-0000-0000-${String(nextId++).padStart(12, '0')}`,
    messageId: '<old-1@mail.fabrikam.example>',
    direction: 'outgoing',
    trackingToken: null,
    subject: 'Licence quote',
    regarding: OPPORTUNITY,
    ownerId: BOB_ID,
    ownerName: 'Bob Fabrikam',
    createdOn: '2024-04-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The users Bob and Fabrikam Test, Alice as Bob's contact, plus the given rows. */
export function makeSnapshot(
  records: CrmRecord[] = [],
  trackedEmails: TrackedEmail[] = [],
): CrmSnapshot {
  return {
    currentUser: { id: BOB_ID, name: BOB.name, address: BOB.address },
    records: [
      makeRecord('systemuser', BOB.address, { id: BOB_ID, name: BOB.name }),
      makeRecord('systemuser', 'test@fabrikam.example', {
        id: TEST_USER_ID,
        name: 'Fabrikam Test',
      }),
      makeRecord('contact', ALICE.address, { name: ALICE.name }),
      ...records,
    ],
    trackedEmails,
  };
}
