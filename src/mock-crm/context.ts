import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_CODES, ODataError } from './errors';
import { textOf, type CrmStore, type Row } from './store';

export const API_PREFIX = '/api/data/v9.2/';

/** What every route needs to know about the request it answers. */
export interface RequestContext {
  store: CrmStore;
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  method: string;
  params: URLSearchParams;
  /** `https://host/api/data/v9.2/`, for @odata.context and OData-EntityId. */
  serviceRoot: string;
  annotations: boolean;
  representation: boolean;
  /** The systemuser row of the caller. */
  caller: Row;
}

/** The caller named by X-CRM-User (case-insensitive address), else the first systemuser. */
export function resolveCaller(store: CrmStore, header: string | string[] | undefined): Row {
  const users = store.list('systemusers');
  const address = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase();

  const caller = address
    ? users.find((u) => (textOf(u.internalemailaddress) ?? '').toLowerCase() === address)
    : users[0];
  if (!caller) {
    throw new ODataError(
      401,
      ERROR_CODES.unknownUser,
      address
        ? `The user with address '${address}' is not a member of the organization.`
        : 'The organization has no users.',
    );
  }
  return caller;
}

export function serviceRootOf(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const host = req.headers.host ?? '127.0.0.1';
  return `${encrypted ? 'https' : 'http'}://${host}${API_PREFIX}`;
}
