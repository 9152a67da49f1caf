import type { CrmLookups } from '../../src/domain/crm-lookups';
import { collectSnapshot } from '../../src/domain/snapshot';
import { settingsWith } from '../support/settings-fixture';
import { BOB, BOB_ID, makeFacts, makeRecord, makeTracked, mailbox } from './rule-fixtures';

function fakeLookups() {
  const calls: { kind: string; args: unknown }[] = [];
  const pending: (() => void)[] = [];
  const later = <T>(kind: string, args: unknown, value: T) => {
    calls.push({ kind, args });
    return new Promise<T>((resolve) => pending.push(() => resolve(value)));
  };
  const lookups: CrmLookups = {
    whoAmI: () => later('whoAmI', null, { id: BOB_ID, name: BOB.name, address: BOB.address }),
    findRecordsByAddresses: (addresses) =>
      later('records', addresses, [makeRecord('contact', 'alice@contoso.example')]),
    findTrackedEmails: (query) => later('tracked', query, [makeTracked()]),
  };
  return { lookups, calls, release: () => pending.splice(0).forEach((resolve) => resolve()) };
}

describe('collectSnapshot', () => {
  const facts = makeFacts({
    subject: 'RE: Quote CRM:0001001',
    from: [mailbox('Alice@Contoso.example')],
    to: [mailbox('bob@fabrikam.example'), mailbox('/o=Contoso/cn=x')],
    cc: [mailbox('alice@contoso.example')],
    bcc: [mailbox('erin@adatum.example')],
    inReplyTo: 'a@x.example',
    references: ['r@x.example', 'a@x.example'],
    trackedActivityId: 'act-1',
    // An Outlook reply: the 22-byte root AduRxtDJRohLqZhdomqJjxhRlfIdOg== and one child block.
    threadIndex: 'AduRxtDJRohLqZhdomqJjxhRlfIdOgBdOo4n',
  });

  it('asks each question once, all at the same time, and returns the answers', async () => {
    const fake = fakeLookups();
    const promise = collectSnapshot(facts, settingsWith(), fake.lookups);
    await Promise.resolve();

    // Every request is out before any answer comes back.
    expect(fake.calls.map((call) => call.kind).sort()).toEqual(['records', 'tracked', 'whoAmI']);
    fake.release();
    const snapshot = await promise;

    expect(snapshot.currentUser.id).toBe(BOB_ID);
    expect(snapshot.records).toHaveLength(1);
    expect(snapshot.trackedEmails).toHaveLength(1);
    // Alice is asked for once, as first written; the lookups ignore letter case.
    expect(fake.calls.find((call) => call.kind === 'records')?.args).toEqual([
      'Alice@contoso.example',
      'bob@fabrikam.example',
      'erin@adatum.example',
    ]);
    expect(fake.calls.find((call) => call.kind === 'tracked')?.args).toEqual({
      messageIds: ['new-1@mail.contoso.example', 'a@x.example', 'r@x.example'],
      tokens: ['CRM:0001001'],
      activityIds: ['act-1'],
      threadIndexRoots: ['AduRxtDJRohLqZhdomqJjxhRlfIdOg=='],
    });
  });

  it('asks only for the Message-ID when correlation is off', async () => {
    const fake = fakeLookups();
    const settings = settingsWith({ organization: { emailcorrelationenabled: false } });
    const promise = collectSnapshot(facts, settings, fake.lookups);
    await Promise.resolve();
    fake.release();
    await promise;
    expect(fake.calls.find((call) => call.kind === 'tracked')?.args).toEqual({
      messageIds: ['new-1@mail.contoso.example'],
      tokens: [],
      activityIds: ['act-1'],
      threadIndexRoots: [],
    });
  });

  it.each([
    [
      'IgnoreConversationIndexAndInReplyToForCorrelation',
      { orgdborgsettings: { IgnoreConversationIndexAndInReplyToForCorrelation: true } },
      [],
    ],
    ['the defaults', {}, ['AduRxtDJRohLqZhdomqJjxhRlfIdOg==']],
  ])('asks for the Thread-Index root unless %s says no', async (_name, overrides, roots) => {
    const fake = fakeLookups();
    const promise = collectSnapshot(facts, settingsWith(overrides), fake.lookups);
    await Promise.resolve();
    fake.release();
    await promise;
    const query = fake.calls.find((call) => call.kind === 'tracked')?.args;
    expect(query).toMatchObject({ threadIndexRoots: roots, tokens: ['CRM:0001001'] });
  });

  it('asks for tracked emails when a Thread-Index is the only key, never a short one', async () => {
    const ask = async (threadIndex: string) => {
      const fake = fakeLookups();
      const only = makeFacts({ messageId: null, rawMessageId: null, threadIndex });
      const promise = collectSnapshot(only, settingsWith(), fake.lookups);
      await Promise.resolve();
      fake.release();
      await promise;
      return fake.calls.find((call) => call.kind === 'tracked')?.args ?? null;
    };
    expect(await ask('AduRxtDJRohLqZhdomqJjxhRlfIdOgBdOo4n')).toEqual({
      messageIds: [],
      tokens: [],
      activityIds: [],
      threadIndexRoots: ['AduRxtDJRohLqZhdomqJjxhRlfIdOg=='],
    });
    expect(await ask('AduRxtDJRohLqZhdo')).toBeNull();
  });

  it('sends no request that has nothing to ask', async () => {
    const fake = fakeLookups();
    const bare = makeFacts({ messageId: null, rawMessageId: null, from: [], to: [], subject: '' });
    const promise = collectSnapshot(bare, settingsWith(), fake.lookups);
    await Promise.resolve();
    fake.release();
    const snapshot = await promise;
    expect(fake.calls.map((call) => call.kind)).toEqual(['whoAmI']);
    expect([snapshot.records, snapshot.trackedEmails]).toEqual([[], []]);
  });
});
