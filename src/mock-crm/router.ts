import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PREFIX, resolveCaller, serviceRootOf, type RequestContext } from './context';
import { routeEmails } from './email-routes';
import { ENTITIES, entityBySet } from './entities';
import { methodNotAllowed, querySyntaxError, segmentNotFound } from './errors';
import { isGuid } from './guid';
import { sendError, sendJson } from './http-io';
import { wantsAnnotations, wantsRepresentation } from './present';
import {
  createRecord,
  deleteRecord,
  getCollection,
  getOne,
  requireRow,
  updateRecord,
} from './record-routes';
import { routeUserSettings, routeWhoAmI } from './settings-routes';
import type { CrmStore } from './store';

interface ParsedPath {
  resource: string;
  id: string | null;
  /** `name()`: a function called without parameters. */
  invoked: boolean;
  navigation: string | null;
  isRef: boolean;
}

/**
 * The Web API request handler: answers paths under /api/data/v9.2/ and returns false for any
 * other path, so that a server can chain it with its own routes.
 */
export function createWebApiHandler(
  store: CrmStore,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The service root answers with and without its trailing slash.
    const isRoot = url.pathname === API_PREFIX.slice(0, -1);
    if (!isRoot && !url.pathname.startsWith(API_PREFIX)) return false;

    const requestId = randomUUID();
    handle(store, req, res, url, requestId).catch((error: unknown) => {
      sendError(res, requestId, error);
    });
    return true;
  };
}

async function handle(
  store: CrmStore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  requestId: string,
): Promise<void> {
  const path = parsePath(url.pathname.slice(API_PREFIX.length));
  if (path.invoked && path.resource !== 'WhoAmI') {
    throw querySyntaxError(`Bad Request - '${path.resource}()' is not a function.`);
  }
  const prefer = [req.headers.prefer ?? []].flat().join(',');
  const ctx: RequestContext = {
    store,
    req,
    res,
    requestId,
    method: req.method ?? 'GET',
    params: url.searchParams,
    serviceRoot: serviceRootOf(req),
    annotations: wantsAnnotations(prefer),
    representation: wantsRepresentation(prefer),
    caller: resolveCaller(store, req.headers['x-crm-user']),
  };

  if (path.resource === '') return serviceDocument(ctx);
  if (path.resource === 'WhoAmI' && path.id === null && path.navigation === null) {
    return routeWhoAmI(ctx);
  }

  const entity = entityBySet(path.resource);
  if (!entity) throw segmentNotFound(path.resource);
  if (entity.set === 'emails') return routeEmails(ctx, path.id, path.navigation, path.isRef);
  if (path.navigation !== null) throw segmentNotFound(path.navigation);
  if (entity.set === 'usersettingscollection' && path.id !== null) {
    return routeUserSettings(ctx, path.id);
  }

  if (path.id === null) {
    if (ctx.method === 'GET') return getCollection(ctx, entity);
    if (ctx.method === 'POST') return createRecord(ctx, entity);
    throw methodNotAllowed(ctx.method, entity.set);
  }
  if (ctx.method === 'GET') return getOne(ctx, entity, requireRow(ctx, entity, path.id));
  if (ctx.method === 'PATCH') return updateRecord(ctx, entity, path.id);
  if (ctx.method === 'DELETE') return deleteRecord(ctx, entity, path.id);
  throw methodNotAllowed(ctx.method, entity.set);
}

/** `set`, `set(<guid>)`, `set(<guid>)/navigation` and `set(<guid>)/navigation/$ref`. */
function parsePath(rest: string): ParsedPath {
  let segments: string[];
  try {
    segments = rest.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    throw querySyntaxError('Bad Request - the URL is not correctly escaped.');
  }

  if (segments.length > 3 || (segments.length === 3 && segments[2] !== '$ref')) {
    throw segmentNotFound(segments[segments.length - 1]);
  }
  const match = /^([A-Za-z_$][\w.]*)?(?:\((.*)\))?$/.exec(segments[0]);
  if (!match) throw segmentNotFound(segments[0]);

  let id: string | null = null;
  if (match[2] !== undefined && match[2] !== '') {
    const key = match[2].replace(/^\{(.*)\}$/, '$1');
    if (!isGuid(key)) throw querySyntaxError(`Bad Request - Error in query syntax: '${match[2]}'.`);
    id = key.toLowerCase();
  }
  return {
    resource: match[1] ?? '',
    id,
    invoked: match[2] === '',
    navigation: segments[1] ?? null,
    isRef: segments[2] === '$ref',
  };
}

function serviceDocument(ctx: RequestContext): void {
  if (ctx.method !== 'GET') throw methodNotAllowed(ctx.method, '/');
  sendJson(ctx.res, ctx.requestId, 200, {
    '@odata.context': `${ctx.serviceRoot}$metadata`,
    value: ENTITIES.map((entity) => ({ name: entity.set, kind: 'EntitySet', url: entity.set })),
  });
}
