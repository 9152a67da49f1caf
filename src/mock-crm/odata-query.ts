import type { EntityDef } from './entities';
import { propertyNotFound, querySyntaxError } from './errors';
import { matchesFilter, ordering } from './odata-filter-eval';
import { filterProperties, parseFilter, type FilterNode } from './odata-filter-parser';
import type { Row } from './store';

export interface ExpandItem {
  name: string;
  select: string[] | null;
}

export interface QueryOptions {
  select: string[] | null;
  filter: FilterNode | null;
  orderby: { column: string; descending: boolean }[];
  top: number | null;
  expand: ExpandItem[];
  count: boolean;
}

const SUPPORTED = ['$select', '$filter', '$orderby', '$top', '$expand', '$count'];

/** Columns a query may name: the declared ones and any a stored row carries. */
export function knownColumns(entity: EntityDef, rows: readonly Row[]): Set<string> {
  const names = new Set(Object.keys(entity.columns));
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!key.includes('@') && key !== 'email_activity_parties') names.add(key);
    }
  }
  return names;
}

/** Reads the system query options; throws a 400 ODataError for anything malformed or unknown. */
export function parseQueryOptions(
  params: URLSearchParams,
  entity: EntityDef,
  columns: Set<string>,
): QueryOptions {
  for (const key of params.keys()) {
    if (key.startsWith('$') && !SUPPORTED.includes(key)) {
      throw querySyntaxError(`The query parameter '${key}' is not supported.`);
    }
  }

  const checkColumn = (name: string): string => {
    if (!columns.has(name)) throw propertyNotFound(entity.logicalName, name);
    return name;
  };

  const filterText = params.get('$filter');
  const filter = filterText === null ? null : parseFilter(filterText);
  if (filter) {
    filterProperties(filter).forEach(checkColumn);
    checkCondition(filter, entity);
  }

  return {
    select: parseSelect(params.get('$select'))?.map(checkColumn) ?? null,
    filter,
    orderby: parseOrderBy(params.get('$orderby')).map((key) => ({
      ...key,
      column: checkColumn(key.column),
    })),
    top: parseTop(params.get('$top')),
    expand: parseExpand(params.get('$expand')),
    count: params.get('$count') === 'true',
  };
}

/** A $filter (and each side of and/or/not) must be true or false: `$filter=fullname` is not. */
function checkCondition(node: FilterNode, entity: EntityDef): void {
  if (node.kind === 'logical') {
    checkCondition(node.left, entity);
    checkCondition(node.right, entity);
    return;
  }
  if (node.kind === 'not') return checkCondition(node.operand, entity);

  const condition =
    node.kind === 'compare' ||
    (node.kind === 'call' && node.name !== 'tolower' && node.name !== 'toupper') ||
    (node.kind === 'literal' && node.type === 'boolean') ||
    (node.kind === 'property' && entity.columns[node.name] === 'boolean');
  if (!condition) {
    const what = node.kind === 'property' ? `the column '${node.name}'` : `a ${node.kind}`;
    throw querySyntaxError(`The $filter must be a condition (true or false), not ${what}.`);
  }
}

export function parseSelect(value: string | null): string[] | null {
  if (value === null) return null;
  const names = value.split(',').map((name) => name.trim());
  if (names.some((name) => !/^[A-Za-z_]\w*$/.test(name))) {
    throw querySyntaxError(`Syntax error in $select '${value}'.`);
  }
  return names;
}

function parseOrderBy(value: string | null): { column: string; descending: boolean }[] {
  if (value === null) return [];

  return value.split(',').map((part) => {
    const match = /^\s*([A-Za-z_]\w*)(?:\s+(asc|desc))?\s*$/.exec(part);
    if (!match) throw querySyntaxError(`Syntax error in $orderby '${value}'.`);
    return { column: match[1], descending: match[2] === 'desc' };
  });
}

function parseTop(value: string | null): number | null {
  if (value === null) return null;
  if (!/^\d{1,9}$/.test(value.trim())) {
    throw querySyntaxError(`Invalid value '${value}' for $top query option.`);
  }
  return Number(value);
}

/** `a($select=x,y),b` → items; only $select is accepted inside the parentheses. */
export function parseExpand(value: string | null): ExpandItem[] {
  if (value === null) return [];

  return splitTopLevel(value, ',').map((part) => {
    const match = /^\s*([A-Za-z_]\w*)\s*(?:\((.*)\))?\s*$/s.exec(part);
    if (!match) throw querySyntaxError(`Syntax error in $expand '${value}'.`);

    let select: string[] | null = null;
    for (const option of match[2] ? splitTopLevel(match[2], ';') : []) {
      const [key, ...rest] = option.split('=');
      if (key.trim() !== '$select') {
        throw querySyntaxError(`The option '${key.trim()}' is not supported inside $expand.`);
      }
      select = parseSelect(rest.join('='));
    }
    return { name: match[1], select };
  });
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';

  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) throw querySyntaxError(`Unbalanced parentheses in '${text}'.`);
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (depth !== 0) throw querySyntaxError(`Unbalanced parentheses in '${text}'.`);
  parts.push(current);
  return parts;
}

/** Filters, sorts and cuts the rows (projection and annotations are the presenter's job). */
export function applyQuery(rows: readonly Row[], options: QueryOptions): Row[] {
  const filter = options.filter;
  let result = filter ? rows.filter((row) => matchesFilter(filter, row)) : [...rows];

  if (options.orderby.length > 0) {
    result = result
      .map((row, index) => ({ row, index }))
      .sort((a, b) => compareRows(a.row, b.row, options.orderby) || a.index - b.index)
      .map(({ row }) => row);
  }
  return options.top === null ? result : result.slice(0, options.top);
}

function compareRows(a: Row, b: Row, keys: QueryOptions['orderby']): number {
  for (const { column, descending } of keys) {
    const order = compareValues(a[column], b[column]);
    if (order !== 0) return descending ? -order : order;
  }
  return 0;
}

/** Nulls first, as SQL Server sorts them ascending. */
function compareValues(a: unknown, b: unknown): number {
  const left = a ?? null;
  const right = b ?? null;
  if (left === null || right === null) return left === right ? 0 : left === null ? -1 : 1;
  return ordering(left as string, right as string) ?? 0;
}
