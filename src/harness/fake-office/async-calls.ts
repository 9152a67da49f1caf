import { AsyncResultStatus } from './enums';

/** Every asynchronous call of the fake, by the name tests use to inject a failure. */
export type FakeAsyncMethod =
  | 'getAllInternetHeadersAsync'
  | 'body.getAsync'
  | 'loadCustomPropertiesAsync'
  | 'customProperties.saveAsync'
  | 'categories.getAsync'
  | 'categories.addAsync'
  | 'categories.removeAsync'
  | 'masterCategories.getAsync'
  | 'masterCategories.addAsync'
  | 'addHandlerAsync'
  | 'removeHandlerAsync'
  | 'roamingSettings.saveAsync';

export interface FakeOfficeErrorShape {
  name: string;
  message: string;
  code: number;
}

export interface FakeAsyncResult<T> {
  status: (typeof AsyncResultStatus)[keyof typeof AsyncResultStatus];
  value: T | undefined;
  error: FakeOfficeErrorShape | undefined;
  asyncContext: unknown;
  diagnostics: unknown;
}

type Callback<T> = (result: FakeAsyncResult<T>) => void;

/** Thrown inside an operation to make the call fail the way Office reports it. */
export class FakeOfficeError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
    readonly code = 9000,
  ) {
    super(message);
  }
}

/** Splits Office's (…, options?, callback?) argument tails. */
export function splitTail<T>(args: unknown[]): { asyncContext: unknown; callback?: Callback<T> } {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? (last as Callback<T>) : undefined;
  const options = callback ? args[args.length - 2] : last;
  const asyncContext =
    typeof options === 'object' && options !== null
      ? (options as { asyncContext?: unknown }).asyncContext
      : undefined;
  return { asyncContext, callback };
}

/**
 * Runs the fake's async calls like Office does: the work and the callback happen on a later
 * task (never synchronously), results are AsyncResult objects, and a failure queued with
 * failNext makes the next call of that method fail without doing its work.
 */
export function createAsyncCalls() {
  const failures = new Map<FakeAsyncMethod, FakeOfficeErrorShape[]>();

  return {
    failNext(method: FakeAsyncMethod, errorName = 'GenericResponseError', message?: string) {
      const queue = failures.get(method) ?? [];
      queue.push({ name: errorName, message: message ?? `${method} failed (fake).`, code: 9020 });
      failures.set(method, queue);
    },

    run<T>(
      method: FakeAsyncMethod,
      callback: Callback<T> | undefined,
      asyncContext: unknown,
      work: () => T,
    ): void {
      const injected = failures.get(method)?.shift();
      setTimeout(() => {
        const result = settle(injected, work);
        callback?.({ ...result, asyncContext, diagnostics: undefined });
      }, 0);
    },
  };
}

function settle<T>(injected: FakeOfficeErrorShape | undefined, work: () => T) {
  if (injected !== undefined) {
    return failed<T>(injected);
  }
  try {
    return { status: AsyncResultStatus.Succeeded, value: work(), error: undefined };
  } catch (error) {
    if (error instanceof FakeOfficeError) {
      return failed<T>({ name: error.errorName, message: error.message, code: error.code });
    }
    throw error;
  }
}

function failed<T>(error: FakeOfficeErrorShape) {
  return { status: AsyncResultStatus.Failed, value: undefined as T | undefined, error };
}

export type AsyncCalls = ReturnType<typeof createAsyncCalls>;
