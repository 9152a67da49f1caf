/**
 * The flat XML of `organization.orgdborgsettings`:
 * `<OrgSettings><Name>value</Name>...</OrgSettings>`.
 * A small parser of just this format, so that Node (no DOMParser) and the browser read it alike.
 */

export type OrgSettingsXmlResult =
  { ok: true; entries: [name: string, value: string][] } | { ok: false; error: string };

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
const ATTRIBUTES = `(?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*\\s*`;
const DECLARATION = /^\s*<\?xml(?:\s[^?]*)?\?>/y;
const SPACE_OR_COMMENT = /(?:\s+|<!--(?:(?!--)[\s\S])*-->)*/y;
const ROOT_OPEN = new RegExp(`<OrgSettings${ATTRIBUTES}(/?)>`, 'y');
const ROOT_CLOSE = /<\/OrgSettings\s*>/y;
const ELEMENT_OPEN = new RegExp(`<(${NAME})${ATTRIBUTES}(/?)>`, 'y');
const CONTENT = /(?:[^<]+|<!\[CDATA\[[\s\S]*?\]\]>)*/y;

/** Decodes the five named entities and numeric references; null for anything else. */
export function decodeXmlText(text: string): string | null {
  let failed = false;
  const decoded = text.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) failed = true;
    if (body.startsWith('#')) {
      const code = /^#x[0-9a-f]+$/i.test(body)
        ? parseInt(body.slice(2), 16)
        : /^#\d+$/.test(body)
          ? parseInt(body.slice(1), 10)
          : NaN;
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) {
        failed = true;
        return '';
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) failed = true;
    return named ?? '';
  });
  return failed ? null : decoded;
}

function decodeContent(raw: string): string | null {
  // CDATA sections are taken literally; the text around them is entity-decoded.
  let result = '';
  for (const part of raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    if (part.startsWith('<![CDATA[')) {
      result += part.slice(9, -3);
      continue;
    }
    const text = decodeXmlText(part);
    if (text === null) return null;
    result += text;
  }
  return result;
}

function match(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

function skipSpace(source: string, at: number): number {
  return at + (match(SPACE_OR_COMMENT, source, at)?.[0].length ?? 0);
}

/** Reads `<OrgSettings>` and its child elements in order; values are decoded and trimmed. */
export function readOrgSettingsXml(xml: string): OrgSettingsXmlResult {
  const source = xml.replace(/^\uFEFF/, '');
  let at = match(DECLARATION, source, 0)?.[0].length ?? 0;
  at = skipSpace(source, at);

  const root = match(ROOT_OPEN, source, at);
  if (!root) return { ok: false, error: 'the document does not start with <OrgSettings>' };
  at += root[0].length;
  const entries: [string, string][] = [];

  if (root[1] !== '/') {
    for (;;) {
      at = skipSpace(source, at);
      const close = match(ROOT_CLOSE, source, at);
      if (close) {
        at += close[0].length;
        break;
      }

      const open = match(ELEMENT_OPEN, source, at);
      if (!open) return { ok: false, error: `unexpected text at character ${at + 1}` };
      const name = open[1];
      at += open[0].length;
      if (open[2] === '/') {
        entries.push([name, '']);
        continue;
      }

      const content = match(CONTENT, source, at)?.[0] ?? '';
      at += content.length;
      const end = match(new RegExp(`</${name}\\s*>`, 'y'), source, at);
      if (!end) return { ok: false, error: `<${name}> is not closed by </${name}>` };
      at += end[0].length;

      const value = decodeContent(content);
      if (value === null) return { ok: false, error: `<${name}> holds an unknown entity` };
      entries.push([name, value.trim()]);
    }
  }

  if (skipSpace(source, at) !== source.length) {
    return { ok: false, error: 'text after </OrgSettings>' };
  }
  return { ok: true, entries };
}

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes `<OrgSettings>` with one element per entry; names must be XML names. */
export function writeOrgSettingsXml(entries: Iterable<[string, string]>): string {
  let xml = '<OrgSettings>';
  for (const [name, value] of entries) {
    if (!new RegExp(`^${NAME}$`).test(name)) continue;
    xml += `<${name}>${escapeXmlText(value)}</${name}>`;
  }
  return `${xml}</OrgSettings>`;
}
