import { querySyntaxError } from './errors';

/** The subset of OData $filter the mock understands, as a tree. */
export type FilterNode =
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; left: FilterNode; right: FilterNode }
  | { kind: 'call'; name: FunctionName; args: FilterNode[] }
  | { kind: 'property'; name: string }
  | { kind: 'literal'; value: string | number | boolean | null; type: LiteralType };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'guid' | 'datetime';
export type FunctionName = 'contains' | 'startswith' | 'endswith' | 'tolower' | 'toupper';

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
/** Parentheses, `not` and function calls nested deeper than this are refused (400, not a crash). */
export const MAX_FILTER_DEPTH = 100;
const FUNCTION_ARITY: Record<FunctionName, number> = {
  contains: 2,
  startswith: 2,
  endswith: 2,
  tolower: 1,
  toupper: 1,
};

type Token =
  | { type: 'punct'; value: '(' | ')' | ','; at: number }
  | { type: 'word'; value: string; at: number }
  | { type: 'literal'; value: string | number | boolean | null; literal: LiteralType; at: number };

const PATTERNS: { regex: RegExp; make(text: string, at: number): Token }[] = [
  {
    regex: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/iy,
    make: (text, at) => ({ type: 'literal', value: text.toLowerCase(), literal: 'guid', at }),
  },
  {
    regex: /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?(?![\w-])/y,
    make: (text, at) => ({ type: 'literal', value: text, literal: 'datetime', at }),
  },
  {
    regex: /-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?(?![\w.])/y,
    make: (text, at) => ({
      type: 'literal',
      value: Number(text.replace(/[mMdDfFlL]$/, '')),
      literal: 'number',
      at,
    }),
  },
  {
    regex: /[A-Za-z_][\w.]*(\/[A-Za-z_]\w*)*/y,
    make: (text, at) => wordOrKeyword(text, at),
  },
];

function wordOrKeyword(text: string, at: number): Token {
  if (text === 'true' || text === 'false') {
    return { type: 'literal', value: text === 'true', literal: 'boolean', at };
  }
  if (text === 'null') return { type: 'literal', value: null, literal: 'null', at };
  return { type: 'word', value: text, at };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;

  while (at < source.length) {
    const char = source[at];
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', value: char, at });
      at += 1;
    } else if (char === "'") {
      const { value, end } = readString(source, at);
      tokens.push({ type: 'literal', value, literal: 'string', at });
      at = end;
    } else {
      const token = readPattern(source, at);
      tokens.push(token.token);
      at = token.end;
    }
  }
  return tokens;
}

/** A quoted string: a quote inside is doubled (`O''Brien`). */
function readString(source: string, start: number): { value: string; end: number } {
  let value = '';
  let at = start + 1;

  while (at < source.length) {
    if (source[at] === "'") {
      if (source[at + 1] !== "'") return { value, end: at + 1 };
      value += "'";
      at += 2;
    } else {
      value += source[at];
      at += 1;
    }
  }
  throw syntaxError(source, start, 'unterminated string literal');
}

function readPattern(source: string, at: number): { token: Token; end: number } {
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = at;
    const match = pattern.regex.exec(source);
    if (match) return { token: pattern.make(match[0], at), end: at + match[0].length };
  }
  throw syntaxError(source, at, `unexpected '${source[at]}'`);
}

function syntaxError(source: string, at: number, detail: string): Error {
  return querySyntaxError(`Syntax error at position ${at + 1} in '${source}': ${detail}.`);
}

/** Parses a $filter value; throws a 400 ODataError on any syntax problem. */
export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let index = 0;

  const peek = (): Token | undefined => tokens[index];
  const fail = (detail: string): Error => syntaxError(source, peek()?.at ?? source.length, detail);
  const isWord = (value: string): boolean => {
    const token = peek();
    return token?.type === 'word' && token.value === value;
  };
  const expectPunct = (value: '(' | ')' | ','): void => {
    const token = peek();
    if (token?.type !== 'punct' || token.value !== value) throw fail(`'${value}' expected`);
    index += 1;
  };

  let depth = 0;
  const nested = (parse: () => FilterNode): FilterNode => {
    depth += 1;
    if (depth > MAX_FILTER_DEPTH) {
      throw fail(`the expression is nested more than ${MAX_FILTER_DEPTH} levels deep`);
    }
    const node = parse();
    depth -= 1;
    return node;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) {
      index += 1;
      left = { kind: 'logical', op: 'or', left, right: parseAnd() };
    }
    return left;
  }

  function parseAnd(): FilterNode {
    let left = parseNot();
    while (isWord('and')) {
      index += 1;
      left = { kind: 'logical', op: 'and', left, right: parseNot() };
    }
    return left;
  }

  function parseNot(): FilterNode {
    if (!isWord('not')) return parseComparison();
    index += 1;
    return { kind: 'not', operand: nested(parseNot) };
  }

  function parseComparison(): FilterNode {
    const left = parsePrimary();
    const token = peek();
    if (token?.type !== 'word' || !COMPARE_OPS.includes(token.value)) return left;

    index += 1;
    return { kind: 'compare', op: token.value as CompareOp, left, right: parsePrimary() };
  }

  function parsePrimary(): FilterNode {
    const token = peek();
    if (!token) throw fail('an operand expected');
    index += 1;

    if (token.type === 'literal')
      return { kind: 'literal', value: token.value, type: token.literal };
    if (token.type === 'punct') {
      if (token.value !== '(') throw syntaxError(source, token.at, `unexpected '${token.value}'`);
      const inner = nested(parseOr);
      expectPunct(')');
      return inner;
    }
    if (peek()?.type === 'punct' && peek()?.value === '(') {
      return nested(() => parseCall(token.value));
    }
    if (token.value.includes('/'))
      throw syntaxError(source, token.at, 'navigation paths are not supported');
    if (['and', 'or', 'not', ...COMPARE_OPS].includes(token.value)) {
      throw syntaxError(source, token.at, `unexpected '${token.value}'`);
    }
    return { kind: 'property', name: token.value };
  }

  function parseCall(name: string): FilterNode {
    if (!(name in FUNCTION_ARITY)) throw fail(`unknown function '${name}'`);
    expectPunct('(');

    const args: FilterNode[] = [parseOr()];
    while (peek()?.type === 'punct' && peek()?.value === ',') {
      index += 1;
      args.push(parseOr());
    }
    expectPunct(')');

    if (args.length !== FUNCTION_ARITY[name as FunctionName]) {
      throw fail(`'${name}' takes ${FUNCTION_ARITY[name as FunctionName]} arguments`);
    }
    return { kind: 'call', name: name as FunctionName, args };
  }

  const tree = parseOr();
  if (index < tokens.length) throw fail('end of expression expected');
  return tree;
}

/** Every column the filter reads, for validation against the table. */
export function filterProperties(node: FilterNode): string[] {
  switch (node.kind) {
    case 'logical':
    case 'compare':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case 'not':
      return filterProperties(node.operand);
    case 'call':
      return node.args.flatMap(filterProperties);
    case 'property':
      return [node.name];
    default:
      return [];
  }
}
