import type { RequestContext } from './context';
import { entityBySet, type EntityDef } from './entities';
import { methodNotAllowed, recordNotFound } from './errors';
import { sendJson } from './http-io';
import { getOne, updateRecord } from './record-routes';
import { USERSETTINGS_DEFAULTS } from './settings-defaults';

const USERSETTINGS = entityBySet('usersettingscollection') as EntityDef;
/** Used when neither the caller's row nor the organization names a business unit. */
const DEFAULT_BUSINESS_UNIT_ID = '6f1e1a52-0b2c-4e8e-9d3a-2f7c1c0b0001';

/** GET WhoAmI → the caller's ids, as the WhoAmI function returns them. */
export function routeWhoAmI(ctx: RequestContext): void {
  if (ctx.method !== 'GET') throw methodNotAllowed(ctx.method, 'WhoAmI');

  const organization = ctx.store.list('organizations')[0];
  sendJson(ctx.res, ctx.requestId, 200, {
    '@odata.context': `${ctx.serviceRoot}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
    BusinessUnitId: ctx.caller._businessunitid_value ?? DEFAULT_BUSINESS_UNIT_ID,
    UserId: ctx.caller.systemuserid,
    OrganizationId: organization?.organizationid ?? null,
  });
}

/**
 * usersettingscollection(<systemuserid>): GET and PATCH. A user without a row gets one with the
 * defaults of spec §1.1 on first access, as Dataverse creates it with the user.
 */
export async function routeUserSettings(ctx: RequestContext, id: string): Promise<void> {
  if (!ctx.store.get('systemusers', id)) throw recordNotFound('usersettings', id);

  let row = ctx.store.get(USERSETTINGS.set, id);
  if (!row) {
    row = { systemuserid: id, ...USERSETTINGS_DEFAULTS };
    ctx.store.insert(USERSETTINGS.set, id, row);
  }

  if (ctx.method === 'GET') return getOne(ctx, USERSETTINGS, row);
  if (ctx.method === 'PATCH') return updateRecord(ctx, USERSETTINGS, id);
  throw methodNotAllowed(ctx.method, 'usersettingscollection');
}
