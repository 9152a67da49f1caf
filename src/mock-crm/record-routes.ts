import { randomUUID } from 'node:crypto';
import type { RequestContext } from './context';
import type { EntityDef } from './entities';
import { badPayload, methodNotAllowed, propertyNotFound, recordNotFound } from './errors';
import { readJsonBody, sendJson, sendNoContent } from './http-io';
import { isGuid } from './guid';
import { applyQuery, knownColumns, parseQueryOptions, type ExpandItem } from './odata-query';
import { LOGICAL_NAME, presentRow } from './present';
import { textOf, type Row } from './store';
import { applyWrite } from './writes';

/** Resolves one $expand item for a row; throws for a navigation property the table lacks. */
export type Expander = (ctx: RequestContext, row: Row, item: ExpandItem) => unknown;

const noExpansion: Expander = (_ctx, row, item) => {
  throw propertyNotFound(textOf(row['@logicalname']) ?? 'entity', item.name);
};

function contextUrl(ctx: RequestContext, entity: EntityDef, select: string[] | null): string {
  return `${ctx.serviceRoot}$metadata#${entity.set}${select ? `(${select.join(',')})` : ''}`;
}

/** Turns a stored row into the response shape, with its expansions. */
export function renderRow(
  ctx: RequestContext,
  entity: EntityDef,
  row: Row,
  select: string[] | null,
  expand: ExpandItem[],
  expander: Expander,
): Row {
  const result = presentRow(ctx.store, entity, row, { select, annotations: ctx.annotations });
  for (const item of expand) {
    result[item.name] = expander(ctx, { ...row, '@logicalname': entity.logicalName }, item);
  }
  return result;
}

export function getCollection(
  ctx: RequestContext,
  entity: EntityDef,
  expander: Expander = noExpansion,
): void {
  const rows = ctx.store.list(entity.set);
  const options = parseQueryOptions(ctx.params, entity, knownColumns(entity, rows));
  const matching = applyQuery(rows, { ...options, top: null });
  const found = options.top === null ? matching : matching.slice(0, options.top);

  const body: Row = { '@odata.context': contextUrl(ctx, entity, options.select) };
  if (options.count) body['@odata.count'] = matching.length;
  body.value = found.map((row) =>
    renderRow(ctx, entity, row, options.select, options.expand, expander),
  );
  sendJson(ctx.res, ctx.requestId, 200, body);
}

export function getOne(
  ctx: RequestContext,
  entity: EntityDef,
  row: Row,
  expander: Expander = noExpansion,
): void {
  const options = parseQueryOptions(ctx.params, entity, knownColumns(entity, [row]));
  if (options.filter || options.orderby.length > 0 || options.top !== null) {
    throw badPayload('$filter, $orderby and $top apply to collections only.');
  }

  const body: Row = {
    '@odata.context': `${contextUrl(ctx, entity, options.select)}/$entity`,
    ...renderRow(ctx, entity, row, options.select, options.expand, expander),
  };
  sendJson(ctx.res, ctx.requestId, 200, body);
}

export function requireRow(ctx: RequestContext, entity: EntityDef, id: string): Row {
  const row = ctx.store.get(entity.set, id);
  if (!row) throw recordNotFound(entity.logicalName, id);
  return row;
}

/** A new row with the columns every table gets: id, times, active state, owner = caller. */
export function newRow(ctx: RequestContext, entity: EntityDef, body: Record<string, unknown>): Row {
  const given = body[entity.key];
  if (given !== undefined && (typeof given !== 'string' || !isGuid(given))) {
    throw badPayload(`'${entity.key}' must be a GUID.`);
  }
  const id = given?.toLowerCase() ?? randomUUID();
  if (ctx.store.get(entity.set, id)) {
    throw badPayload(`A record with the same id ${id} already exists.`);
  }

  const now = new Date().toISOString();
  return {
    [entity.key]: id,
    createdon: now,
    modifiedon: now,
    statecode: 0,
    _ownerid_value: ctx.caller.systemuserid,
    [`_ownerid_value${LOGICAL_NAME}`]: 'systemuser',
    _createdby_value: ctx.caller.systemuserid,
    [`_createdby_value${LOGICAL_NAME}`]: 'systemuser',
  };
}

/** 204 with OData-EntityId, or 201 with the row under `Prefer: return=representation`. */
export function answerCreated(ctx: RequestContext, entity: EntityDef, row: Row): void {
  const id = String(row[entity.key]);
  const location = `${ctx.serviceRoot}${entity.set}(${id})`;

  if (!ctx.representation) {
    sendNoContent(ctx.res, ctx.requestId, { 'OData-EntityId': location, Location: location });
    return;
  }
  const options = parseQueryOptions(ctx.params, entity, knownColumns(entity, [row]));
  const body = {
    '@odata.context': `${contextUrl(ctx, entity, options.select)}/$entity`,
    ...renderRow(ctx, entity, row, options.select, [], noExpansion),
  };
  sendJson(ctx.res, ctx.requestId, 201, body, { 'OData-EntityId': location, Location: location });
}

export async function createRecord(ctx: RequestContext, entity: EntityDef): Promise<void> {
  if (!entity.creatable) throw methodNotAllowed('POST', entity.set);
  const body = await readJsonBody(ctx.req);

  const row = ctx.store.transaction(() => {
    const created = newRow(ctx, entity, body);
    const known = knownColumns(entity, ctx.store.list(entity.set));
    applyWrite(ctx.store, entity, created, body, known, { creating: true });
    ctx.store.insert(entity.set, String(created[entity.key]), created);
    return created;
  });
  answerCreated(ctx, entity, row);
}

export async function updateRecord(
  ctx: RequestContext,
  entity: EntityDef,
  id: string,
): Promise<void> {
  const body = await readJsonBody(ctx.req);
  if (entity.key in body && String(body[entity.key]).toLowerCase() !== id) {
    throw badPayload(`'${entity.key}' cannot be changed.`);
  }

  ctx.store.transaction(() => {
    const row = requireRow(ctx, entity, id);
    applyWrite(ctx.store, entity, row, body, knownColumns(entity, ctx.store.list(entity.set)));
    row.modifiedon = new Date().toISOString();
    ctx.store.replace(entity.set, id, row);
  });
  sendNoContent(ctx.res, ctx.requestId);
}

export function deleteRecord(ctx: RequestContext, entity: EntityDef, id: string): void {
  if (!entity.deletable) throw methodNotAllowed('DELETE', entity.set);
  if (!ctx.store.remove(entity.set, id)) throw recordNotFound(entity.logicalName, id);
  sendNoContent(ctx.res, ctx.requestId);
}
