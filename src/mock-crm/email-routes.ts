import type { RequestContext } from './context';
import { entityByLogicalName, entityBySet, type EntityDef } from './entities';
import { ACTIVITY_PARTY, buildParties, partySelect } from './email-parties';
import { methodNotAllowed, propertyNotFound, segmentNotFound } from './errors';
import { readJsonBody, sendNoContent } from './http-io';
import { knownColumns, type ExpandItem } from './odata-query';
import { LOGICAL_NAME, presentRow } from './present';
import {
  answerCreated,
  deleteRecord,
  getCollection,
  getOne,
  newRow,
  requireRow,
  updateRecord,
  type Expander,
} from './record-routes';
import type { Row } from './store';
import { applyWrite, resolveNavigation } from './writes';

const EMAILS = entityBySet('emails') as EntityDef;

/** email_activity_parties and regardingobjectid_<table>_email. */
const expandEmail: Expander = (ctx, row, item: ExpandItem) => {
  if (item.name === 'email_activity_parties') {
    const parties = Array.isArray(row.email_activity_parties) ? row.email_activity_parties : [];
    const select = partySelect(item.select);
    return parties.map((party: Row) =>
      presentRow(ctx.store, ACTIVITY_PARTY, party, { select, annotations: ctx.annotations }),
    );
  }

  const navigation = resolveNavigation(EMAILS, item.name);
  if (!navigation || navigation.lookup !== 'regardingobjectid') {
    throw propertyNotFound('email', item.name);
  }
  const target = entityByLogicalName(navigation.target) as EntityDef;
  if (row[`_regardingobjectid_value${LOGICAL_NAME}`] !== navigation.target) return null;

  const regarding = ctx.store.get(target.set, String(row._regardingobjectid_value));
  if (!regarding) return null;
  const options = { select: checkedSelect(ctx, target, item.select), annotations: ctx.annotations };
  return presentRow(ctx.store, target, regarding, options);
};

function checkedSelect(ctx: RequestContext, entity: EntityDef, select: string[] | null) {
  const columns = knownColumns(entity, ctx.store.list(entity.set));
  for (const name of select ?? []) {
    if (!columns.has(name)) throw propertyNotFound(entity.logicalName, name);
  }
  return select;
}

/** Deep insert: the email, its parties and its regarding in one transaction. */
async function createEmail(ctx: RequestContext): Promise<void> {
  const body = await readJsonBody(ctx.req);
  const { email_activity_parties: parties, ...columns } = body;

  const row = ctx.store.transaction(() => {
    const email = newRow(ctx, EMAILS, columns);
    email.activitytypecode = 'email';
    email.directioncode = true;
    const known = knownColumns(EMAILS, ctx.store.list('emails'));
    applyWrite(ctx.store, EMAILS, email, columns, known, { creating: true });

    // Tracked email is completed: Sent (3) when outgoing, Received (4) when incoming.
    if (!('statecode' in columns)) email.statecode = 1;
    if (!('statuscode' in columns)) email.statuscode = email.directioncode === false ? 4 : 3;
    email.email_activity_parties =
      parties === undefined ? [] : buildParties(ctx.store, String(email.activityid), parties);

    ctx.store.insert('emails', String(email.activityid), email);
    return email;
  });
  answerCreated(ctx, EMAILS, row);
}

/** DELETE emails(<id>)/regardingobjectid_<table>_email/$ref clears the regarding. */
function deleteRegardingRef(ctx: RequestContext, id: string, navigation: string): void {
  const resolved = resolveNavigation(EMAILS, navigation);
  if (!resolved || resolved.lookup !== 'regardingobjectid') throw segmentNotFound(navigation);

  ctx.store.transaction(() => {
    const row = requireRow(ctx, EMAILS, id);
    if (row[`_regardingobjectid_value${LOGICAL_NAME}`] !== resolved.target) return;

    row._regardingobjectid_value = null;
    delete row[`_regardingobjectid_value${LOGICAL_NAME}`];
    row.modifiedon = new Date().toISOString();
    ctx.store.replace('emails', id, row);
  });
  sendNoContent(ctx.res, ctx.requestId);
}

/** Routes for `emails`, `emails(<id>)` and `emails(<id>)/<navigation>/$ref`. */
export async function routeEmails(
  ctx: RequestContext,
  id: string | null,
  navigation: string | null,
  isRef: boolean,
): Promise<void> {
  if (navigation !== null) {
    if (!isRef || id === null) throw segmentNotFound(navigation);
    if (ctx.method !== 'DELETE') throw methodNotAllowed(ctx.method, `${navigation}/$ref`);
    return deleteRegardingRef(ctx, id, navigation);
  }

  if (id === null) {
    if (ctx.method === 'GET') return getCollection(ctx, EMAILS, expandEmail);
    if (ctx.method === 'POST') return createEmail(ctx);
    throw methodNotAllowed(ctx.method, 'emails');
  }

  if (ctx.method === 'GET') return getOne(ctx, EMAILS, requireRow(ctx, EMAILS, id), expandEmail);
  if (ctx.method === 'PATCH') return updateRecord(ctx, EMAILS, id);
  if (ctx.method === 'DELETE') return deleteRecord(ctx, EMAILS, id);
  throw methodNotAllowed(ctx.method, 'emails');
}
