import { anyOf } from './odata';
import { MAX_URL_LENGTH } from './web-api-transport';

/** Room kept for the organization URL (`https://org.example/api/data/v9.2/`) before a path. */
const ROOT_ALLOWANCE = 1024;
/** Longest path and query a lookup sends, so that the whole URL stays under MAX_URL_LENGTH. */
export const MAX_LOOKUP_PATH = MAX_URL_LENGTH - ROOT_ALLOWANCE;

const OR_LENGTH = encodeURIComponent(' or ').length;
const PARENTHESES_LENGTH = 2;

export interface PackedFilters {
  /** Each an `or` of whole groups, ready for $filter. */
  filters: string[];
  /** Groups too long to fit in a URL even alone; they are not asked. */
  skipped: number;
}

/**
 * Packs the clause groups of one lookup into as few `$filter` values as fit in a URL. `path`
 * builds the request path for a filter; a group (one address's email columns, say) is never
 * split across requests. Lengths are counted URL-encoded, as the filter is sent.
 */
export function packFilters(
  groups: readonly (readonly string[])[],
  path: (filter: string) => string,
  maxLength = MAX_LOOKUP_PATH,
): PackedFilters {
  // Everything but the filter: the path built around a one-character filter, minus that one.
  const budget = maxLength - (path('x').length - 1) - PARENTHESES_LENGTH;
  const filters: string[] = [];
  let batch: string[] = [];
  let used = 0;
  let skipped = 0;

  const flush = () => {
    const filter = anyOf(batch);
    if (filter !== null) filters.push(filter);
    batch = [];
    used = 0;
  };

  for (const group of groups) {
    // Counts a separator per clause, one more than needed: the estimate never falls short.
    const length = group.reduce((sum, clause) => sum + encodedLength(clause) + OR_LENGTH, 0);
    if (length > budget) {
      skipped += 1;
      continue;
    }
    if (used + length > budget) flush();
    batch.push(...group);
    used += length;
  }
  flush();
  return { filters, skipped };
}

function encodedLength(text: string): number {
  return encodeURIComponent(text).length;
}
