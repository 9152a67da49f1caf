/**
 * How much one message may ask of the CRM. A message with thousands of recipients or
 * References would otherwise send hundreds of queries for one look at the reading pane.
 */

/** Addresses looked up per message: the first ones given (the snapshot lists the sender first). */
export const MAX_LOOKUP_ADDRESSES = 500;
/** Message-IDs looked up per message (its own, In-Reply-To and References). */
export const MAX_LOOKUP_MESSAGE_IDS = 100;

export interface Capped<T> {
  kept: T[];
  skipped: number;
}

/** The first `max` items. */
export function firstItems<T>(items: readonly T[], max: number): Capped<T> {
  return { kept: items.slice(0, max), skipped: Math.max(0, items.length - max) };
}

/**
 * The first and the last items, half of `max` each. For Message-IDs the first ones are the
 * message's own id, its In-Reply-To and the thread's root; the last are the newest References.
 */
export function endItems<T>(items: readonly T[], max: number): Capped<T> {
  if (items.length <= max) return { kept: [...items], skipped: 0 };
  const head = Math.ceil(max / 2);
  const tail = max - head;
  return {
    kept: [...items.slice(0, head), ...items.slice(items.length - tail)],
    skipped: items.length - max,
  };
}
