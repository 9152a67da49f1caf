import type { CompareOp, FilterNode } from './odata-filter-parser';
import type { Row } from './store';

type Value = string | number | boolean | null;

/** Whether a row passes the filter. Strings compare case-insensitively, as Dataverse does. */
export function matchesFilter(node: FilterNode, row: Row): boolean {
  return evaluate(node, row) === true;
}

function evaluate(node: FilterNode, row: Row): Value {
  switch (node.kind) {
    case 'logical': {
      const left = evaluate(node.left, row) === true;
      if (node.op === 'and') return left && evaluate(node.right, row) === true;
      return left || evaluate(node.right, row) === true;
    }
    case 'not':
      return evaluate(node.operand, row) !== true;
    case 'compare':
      return compare(node.op, evaluate(node.left, row), evaluate(node.right, row));
    case 'call':
      return call(
        node.name,
        node.args.map((arg) => evaluate(arg, row)),
      );
    case 'property':
      return toValue(row[node.name]);
    case 'literal':
      return node.value;
  }
}

function toValue(value: unknown): Value {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return JSON.stringify(value);
}

function compare(op: CompareOp, left: Value, right: Value): boolean {
  if (left === null || right === null) {
    if (op === 'eq') return left === right;
    if (op === 'ne') return left !== right;
    return false;
  }

  const order = ordering(left, right);
  if (order === null) return op === 'ne';

  switch (op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
  }
}

/** -1, 0, 1, or null when the two values are of types that do not compare. */
export function ordering(left: Value, right: Value): number | null {
  if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    return a === b ? 0 : a < b ? -1 : 1;
  }
  if (typeof left === 'number' && typeof right === 'number') return Math.sign(left - right);
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    return Number(left) - Number(right);
  }
  return null;
}

function call(name: string, args: Value[]): Value {
  if (name === 'tolower' || name === 'toupper') {
    const [text] = args;
    if (typeof text !== 'string') return null;
    return name === 'tolower' ? text.toLowerCase() : text.toUpperCase();
  }

  const [text, part] = args;
  if (typeof text !== 'string' || typeof part !== 'string') return false;
  const haystack = text.toLowerCase();
  const needle = part.toLowerCase();

  if (name === 'contains') return haystack.includes(needle);
  if (name === 'startswith') return haystack.startsWith(needle);
  return haystack.endsWith(needle);
}
