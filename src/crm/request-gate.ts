/**
 * A limit on the requests one client has in flight. Browsers refuse thousands of parallel
 * fetches (ERR_INSUFFICIENT_RESOURCES) and Dataverse throttles a user past 52 concurrent
 * requests, so the transport queues the rest and starts each when a slot frees.
 */
export interface RequestGate {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly queued: number;
}

export const DEFAULT_MAX_CONCURRENT = 6;

export function createRequestGate(limit = DEFAULT_MAX_CONCURRENT): RequestGate {
  const slots = Math.max(1, Math.floor(limit));
  const waiting: (() => void)[] = [];
  let active = 0;

  const acquire = (): Promise<void> => {
    if (active < slots) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  // A finished task hands its slot straight to the next one in line, first come first served.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
}
