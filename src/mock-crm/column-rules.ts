import { ERROR_CODES, ODataError } from './errors';

/**
 * What Dataverse checks on a column's value beyond its type: option-set values, the Int32 range
 * and the longest text. Limits are Dataverse's where the product depends on them (email subject
 * 400, description 1,048,576, email columns 100, addressused 320) and generous elsewhere.
 */

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Allowed values of the option-set columns the mock serves, per table. */
const OPTION_SETS: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = {
  usersettings: {
    incomingemailfilteringmethod: [0, 1, 2, 3, 4],
    autocreatecontactonpromote: [0, 1, 2],
  },
  email: { statecode: [0, 1, 2, 3], statuscode: [1, 2, 3, 4, 5, 6, 7, 8] },
  contact: { statecode: [0, 1] },
  account: { statecode: [0, 1] },
  lead: { statecode: [0, 1, 2] },
  queue: { statecode: [0, 1] },
  opportunity: { statecode: [0, 1, 2] },
  incident: { statecode: [0, 1, 2], prioritycode: [1, 2, 3] },
};

const EMAIL_ADDRESS_LENGTH = 100;
const NAME_LENGTH = 160;
const NTEXT_LENGTH = 1_048_576;
const DEFAULT_TEXT_LENGTH = 4000;

const TEXT_LENGTHS: Readonly<Record<string, number>> = {
  subject: 400,
  description: NTEXT_LENGTH,
  orgdborgsettings: NTEXT_LENGTH,
  fullname: NAME_LENGTH,
  firstname: NAME_LENGTH,
  lastname: NAME_LENGTH,
  name: NAME_LENGTH,
  companyname: NAME_LENGTH,
  jobtitle: NAME_LENGTH,
  title: 200,
  emailaddress: EMAIL_ADDRESS_LENGTH,
  emailaddress1: EMAIL_ADDRESS_LENGTH,
  emailaddress2: EMAIL_ADDRESS_LENGTH,
  emailaddress3: EMAIL_ADDRESS_LENGTH,
  internalemailaddress: EMAIL_ADDRESS_LENGTH,
  addressused: 320,
  messageid: 320,
  inreplyto: 320,
  trackingtoken: 50,
};

function validationError(message: string): ODataError {
  return new ODataError(400, ERROR_CODES.validation, message);
}

/** Throws a 400 when a whole number is outside Int32 or not one of the column's options. */
export function checkWholeNumber(logicalName: string, column: string, value: number): void {
  if (value < INT32_MIN || value > INT32_MAX) {
    throw validationError(
      `The value ${value} of '${column}' on ${logicalName} is outside the Int32 range ` +
        `${INT32_MIN} to ${INT32_MAX}.`,
    );
  }

  const options = OPTION_SETS[logicalName]?.[column];
  if (options && !options.includes(value)) {
    throw validationError(
      `The value ${value} of '${column}' on ${logicalName} is not one of its options ` +
        `(${options.join(', ')}).`,
    );
  }
}

/** Throws a 400 when the text is longer than the column allows. */
export function checkTextLength(logicalName: string, column: string, value: string): void {
  const max = TEXT_LENGTHS[column] ?? DEFAULT_TEXT_LENGTH;
  if (value.length > max) {
    throw validationError(
      `The value of '${column}' on ${logicalName} is ${value.length} characters long; ` +
        `at most ${max} are allowed.`,
    );
  }
}
