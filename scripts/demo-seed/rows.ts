/**
 * Building blocks for the demo seed: deterministic GUIDs, Dataverse-style timestamps and lookup
 * columns with their annotations. Nothing here is random, so the seed is the same on every run.
 */

/** A seed row as the Web API returns it: column logical names to JSON values. */
export type SeedRow = Record<string, unknown>;

/** What another row needs to point at this one. */
export interface RowRef {
  table: string;
  id: string;
  name: string;
}

/** First GUID group per table, so that an id in a log says which table it belongs to. */
const TABLE_CODES: Record<string, string> = {
  organization: '0f000000',
  systemuser: '51000000',
  queue: '9e000000',
  account: 'ac000000',
  contact: 'c0000000',
  lead: '1e000000',
  opportunity: '0b000000',
  incident: '1c000000',
  email: 'e0000000',
  activityparty: 'ab000000',
};

/** Hands out GUIDs per table from a counter: the n-th row of a table always gets the same id. */
export class GuidCounter {
  private readonly counters = new Map<string, number>();

  next(table: string): string {
    const code = TABLE_CODES[table];
    if (code === undefined) throw new Error(`No GUID code for table ${table}`);

    const n = (this.counters.get(table) ?? 0) + 1;
    this.counters.set(table, n);
    return `${code}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  }
}

/** A UTC timestamp written the way Dataverse writes `createdon` (seconds, `Z`). */
export function utc(date: string): string {
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) throw new Error(`Bad seed date ${date}`);
  return parsed.toISOString().replace('.000Z', 'Z');
}

/** The n-th step of a sequence of dates that starts at `start` and advances by `hours`. */
export function dateSequence(start: string, hours: number, n: number): string {
  return utc(new Date(new Date(start).getTime() + n * hours * 3_600_000).toISOString());
}

/**
 * A lookup column as the Web API returns it with `odata.include-annotations="*"`: the display
 * name and the logical name before the value; a null lookup carries no annotations.
 */
export function lookup(column: string, target: RowRef | null): SeedRow {
  const key = `_${column}_value`;
  if (target === null) return { [key]: null };

  return {
    [`${key}@OData.Community.Display.V1.FormattedValue`]: target.name,
    [`${key}@Microsoft.Dynamics.CRM.lookuplogicalname`]: target.table,
    [key]: target.id,
  };
}

/**
 * A case number in the Dynamics style, CAS-01001-A1B2C3: the counter, then letters and digits
 * alternating, mixed from the counter by a fixed multiplier so they look arbitrary.
 */
export function ticketNumber(n: number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let state = (n * 2_654_435_761) >>> 0;
  let suffix = '';
  for (let i = 0; i < 6; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    suffix += i % 2 === 0 ? letters[(state >>> 16) % letters.length] : String((state >>> 16) % 10);
  }
  return `CAS-${String(1000 + n).padStart(5, '0')}-${suffix}`;
}

/**
 * The 22-byte root of an Outlook Thread-Index, base64: the top six bytes of the FILETIME of the
 * first message, then a 16-byte conversation GUID (here derived from the counter).
 */
export function threadIndexRoot(date: string, n: number): string {
  const fileTime = BigInt(new Date(date).getTime()) * 10_000n + 116_444_736_000_000_000n;
  const bytes: number[] = [];
  for (let shift = 56n; shift >= 16n; shift -= 8n) bytes.push(Number((fileTime >> shift) & 0xffn));

  let state = (n * 2_246_822_519) >>> 0;
  for (let i = 0; i < 16; i += 1) {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    bytes.push(state >>> 24);
  }
  return Buffer.from(bytes).toString('base64');
}
