import { GuidCounter, lookup, threadIndexRoot, utc, type RowRef, type SeedRow } from './rows';
import { TRACKED_MAIL, type PartySpec } from './tracked-mail';

/** activityparty.participationtypemask values used by email. */
const PARTICIPATION = { from: 1, to: 2, cc: 3 } as const;

/** Email statuscode when completed: 3 sent (outgoing), 4 received (incoming). */
const SENT = 3;
const RECEIVED = 4;

/** Email activities in the completed state (statecode 1) with their parties inlined. */
export function buildTrackedEmails(
  guids: GuidCounter,
  refs: Map<string, RowRef>,
  addresses: Map<string, string>,
): SeedRow[] {
  const ref = (key: string): RowRef => {
    const found = refs.get(key);
    if (found === undefined) throw new Error(`Seed reference ${key} is not defined`);
    return found;
  };

  const party = (spec: PartySpec, mask: number): SeedRow => {
    const resolved = typeof spec === 'string';
    const address = resolved ? addresses.get(spec) : spec.address;
    if (address === undefined) throw new Error(`Seed party ${JSON.stringify(spec)} has no address`);
    return {
      activitypartyid: guids.next('activityparty'),
      participationtypemask: mask,
      addressused: address,
      ...lookup('partyid', resolved ? ref(spec) : null),
    };
  };

  return TRACKED_MAIL.map((mail, i) => {
    const activityid = guids.next('email');
    const parties = [
      party(mail.from, PARTICIPATION.from),
      ...mail.to.map((to) => party(to, PARTICIPATION.to)),
      ...(mail.cc ?? []).map((cc) => party(cc, PARTICIPATION.cc)),
    ];
    const addressesOf = (mask: number) =>
      parties.filter((p) => p.participationtypemask === mask).map((p) => p.addressused);

    // Tracked a few minutes after it was sent or received.
    const createdon = utc(new Date(new Date(mail.sentOn).getTime() + 4 * 60_000).toISOString());
    return {
      activityid,
      subject: mail.subject,
      description: mail.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join(''),
      messageid: mail.messageId,
      trackingtoken: mail.token,
      conversationindex: mail.threadIndex === true ? threadIndexRoot(mail.sentOn, i + 1) : null,
      directioncode: mail.outgoing,
      sender: addressesOf(PARTICIPATION.from)[0],
      torecipients: addressesOf(PARTICIPATION.to).join(';'),
      senton: utc(mail.sentOn),
      createdon,
      statecode: 1,
      statuscode: mail.outgoing ? SENT : RECEIVED,
      ...lookup('regardingobjectid', mail.regarding === null ? null : ref(mail.regarding)),
      ...lookup('ownerid', ref(mail.owner)),
      email_activity_parties: parties,
    };
  });
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
