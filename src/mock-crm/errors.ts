/**
 * Errors the mock answers with, in the Dataverse shape `{"error":{"code","message"}}`.
 * Codes are the ones Dataverse uses for the same situation where known; the 405, 413 and 415
 * codes are the closest Dataverse families (the real service words those cases differently).
 */
export class ODataError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ODataError';
    this.status = status;
    this.code = code;
  }
}

export const ERROR_CODES = {
  resourceNotFound: '0x8006088a',
  recordNotFound: '0x80040217',
  propertyNotFound: '0x0',
  querySyntax: '0x80060888',
  badPayload: '0x80048d19',
  /** A value of the right type that the column refuses (option, range, length). */
  validation: '0x80044331',
  unknownUser: '0x80072560',
  unexpected: '0x80040216',
} as const;

export function segmentNotFound(segment: string): ODataError {
  return new ODataError(
    404,
    ERROR_CODES.resourceNotFound,
    `Resource not found for the segment '${segment}'.`,
  );
}

export function recordNotFound(logicalName: string, id: string): ODataError {
  return new ODataError(
    404,
    ERROR_CODES.recordNotFound,
    `${logicalName} With Id = ${id} Does Not Exist`,
  );
}

export function propertyNotFound(logicalName: string, property: string): ODataError {
  return new ODataError(
    400,
    ERROR_CODES.propertyNotFound,
    `Could not find a property named '${property}' on type ` +
      `'Microsoft.Dynamics.CRM.${logicalName}'.`,
  );
}

export function querySyntaxError(message: string): ODataError {
  return new ODataError(400, ERROR_CODES.querySyntax, message);
}

export function badPayload(message: string): ODataError {
  return new ODataError(400, ERROR_CODES.badPayload, message);
}

export function methodNotAllowed(method: string, path: string): ODataError {
  return new ODataError(
    405,
    ERROR_CODES.querySyntax,
    `The requested resource does not support http method '${method}' (${path}).`,
  );
}
