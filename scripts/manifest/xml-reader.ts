/**
 * A small, strict XML reader for add-in manifests: elements, attributes, text, comments,
 * processing instructions and CDATA. No DTDs. Namespaces are resolved from xmlns declarations.
 * It reports the first well-formedness error with its line number.
 */

export interface XmlElement {
  /** The qualified name as written, e.g. `bt:Image`. */
  name: string;
  localName: string;
  /** The namespace URI the prefix resolves to ('' when none). */
  namespace: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export class XmlSyntaxError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlSyntaxError';
    this.line = line;
  }
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five predefined entities and numeric character references. */
function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&([^;\s&<]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`"&" not followed by a reference`, line);
    if (ref in ENTITIES) return ENTITIES[ref];
    const numeric = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(ref);
    if (!numeric) throw new XmlSyntaxError(`unknown entity "&${ref};"`, line);
    const code = numeric[1].startsWith('x')
      ? parseInt(numeric[1].slice(1), 16)
      : parseInt(numeric[1], 10);
    return String.fromCodePoint(code);
  });
}

function resolveNamespace(element: XmlElement, prefix: string): string | undefined {
  const key = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let at: XmlElement | null = element; at; at = at.parent) {
    const value = at.attributes.get(key);
    if (value !== undefined) return value;
  }
  if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
  return prefix ? undefined : '';
}

/** Parses a whole document and returns its root element; throws XmlSyntaxError. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  // Held in an object because readStartTag (a closure) sets it.
  const doc: { root: XmlElement | null } = { root: null };
  const open: XmlElement[] = [];

  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const fail = (message: string): never => {
    throw new XmlSyntaxError(message, line);
  };
  const skipPast = (terminator: string, what: string) => {
    const end = source.indexOf(terminator, pos);
    if (end < 0) fail(`unterminated ${what}`);
    const body = source.slice(pos, end);
    advance(end + terminator.length);
    return body;
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt < 0 ? source.length : lt;
    const text = source.slice(pos, textEnd);
    if (text.trim()) {
      if (!open.length) fail(`text outside the root element: "${text.trim().slice(0, 20)}"`);
      open[open.length - 1].text += decodeEntities(text, line);
    }
    advance(textEnd);
    if (lt < 0) break;

    if (source.startsWith('<!--', pos)) {
      advance(pos + 4);
      if (skipPast('-->', 'comment').includes('--')) fail('"--" inside a comment');
    } else if (source.startsWith('<?', pos)) {
      advance(pos + 2);
      skipPast('?>', 'processing instruction');
    } else if (source.startsWith('<![CDATA[', pos)) {
      advance(pos + 9);
      const data = skipPast(']]>', 'CDATA section');
      if (!open.length) fail('CDATA outside the root element');
      open[open.length - 1].text += data;
    } else if (source.startsWith('<!', pos)) {
      fail('document type declarations are not supported in a manifest');
    } else if (source.startsWith('</', pos)) {
      advance(pos + 2);
      const name = NAME.exec(source.slice(pos))?.[0] ?? fail('bad end tag');
      advance(pos + name.length);
      const rest = /^\s*>/.exec(source.slice(pos)) ?? fail(`bad end tag </${name}`);
      advance(pos + rest[0].length);
      const current = open.pop();
      if (!current) fail(`end tag </${name}> without a start tag`);
      else if (current.name !== name) {
        fail(`end tag </${name}> does not match <${current.name}> (line ${current.line})`);
      }
    } else {
      readStartTag();
    }
  }

  if (open.length)
    fail(`<${open[open.length - 1].name}> (line ${open[open.length - 1].line}) is never closed`);
  if (!doc.root) fail('no root element');
  return doc.root as XmlElement;

  function readStartTag(): void {
    advance(pos + 1);
    const name = NAME.exec(source.slice(pos))?.[0] ?? fail('bad start tag');
    const parent = open.length ? open[open.length - 1] : null;
    if (!parent && doc.root) fail(`second root element <${name}>`);
    const element: XmlElement = {
      name,
      localName: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
      namespace: '',
      attributes: new Map(),
      children: [],
      text: '',
      line,
      parent,
    };
    advance(pos + name.length);

    for (;;) {
      const space = /^\s*/.exec(source.slice(pos))![0];
      advance(pos + space.length);
      if (source.startsWith('/>', pos) || source.startsWith('>', pos)) break;
      if (!space) fail(`expected whitespace, ">" or "/>" in <${name}>`);
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(pos));
      if (!attr) fail(`malformed attribute in <${name}>`);
      const [matched, attrName, , doubleQuoted, singleQuoted] = attr as RegExpExecArray;
      if (element.attributes.has(attrName)) fail(`duplicate attribute ${attrName} in <${name}>`);
      element.attributes.set(attrName, decodeEntities(doubleQuoted ?? singleQuoted, line));
      advance(pos + matched.length);
      if (pos >= source.length) fail(`unterminated start tag <${name}>`);
    }

    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
    const namespace = resolveNamespace(element, prefix);
    if (namespace === undefined) fail(`namespace prefix "${prefix}" is not declared`);
    element.namespace = namespace as string;

    if (parent) parent.children.push(element);
    else doc.root = element;

    const selfClosing = source.startsWith('/>', pos);
    advance(pos + (selfClosing ? 2 : 1));
    if (!selfClosing) open.push(element);
  }
}

/** Child elements with the given local name. */
export function childrenNamed(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName);
}

/** Every element below `element` (depth first, document order). */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}
