import { TrackerError } from '../domain/errors';

/** The part of Office.AsyncResult the adapter reads. */
interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { name?: string; message?: string; code?: number } | null;
}

type Callback<T> = (result: AsyncResultLike<T>) => void;

/**
 * Runs one Office.js callback API as a promise. A failed result rejects with TrackerError
 * 'OfficeCallFailed' naming the call and Office's error; an exception thrown by the call itself
 * (a missing API, bad arguments) rejects the same way, so nothing is lost inside a callback.
 */
export function toPromise<T>(
  office: Pick<typeof Office, 'AsyncResultStatus'>,
  callName: string,
  start: (callback: Callback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          reject(officeCallFailed(callName, result.error));
          return;
        }
        resolve(result.value);
      });
    } catch (cause) {
      reject(officeCallFailed(callName, cause));
    }
  });
}

/** A TrackerError for a failed Office call; keeps Office's error name and message in the text. */
export function officeCallFailed(callName: string, error: unknown): TrackerError {
  const { name, message } = describeOfficeError(error);
  const detail = [name, message].filter((part) => part !== '').join(': ');
  const sentence =
    detail === ''
      ? `Outlook could not complete ${callName}.`
      : `Outlook could not complete ${callName} (${detail}).`;

  // The Office error name (for example GenericResponseError) is what a user can quote.
  return new TrackerError('OfficeCallFailed', sentence, {
    serverCode: name === '' ? undefined : name,
    cause: error,
  });
}

function describeOfficeError(error: unknown): { name: string; message: string } {
  if (typeof error === 'string') return { name: '', message: error };
  if (typeof error === 'number' || typeof error === 'boolean' || typeof error === 'bigint') {
    return { name: '', message: String(error) };
  }
  if (typeof error !== 'object' || error === null) return { name: '', message: '' };

  const record = error as { name?: unknown; message?: unknown };
  return {
    name: typeof record.name === 'string' ? record.name : '',
    message: typeof record.message === 'string' ? record.message : '',
  };
}
