import { parseXml, XmlSyntaxError } from '../../scripts/manifest/xml-reader';

describe('parseXml', () => {
  it('reads elements, attributes, text, entities and namespaces', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- note -->\n<a xmlns="urn:a" xmlns:b="urn:b">\n' +
        '  <b:c id=\'x\' v="1 &lt; 2 &#x26; &#51;"/>\n' +
        '  <d>Tom &amp; Jerry<![CDATA[ <raw> ]]></d>\n</a>\n',
    );

    expect(root.localName).toBe('a');
    expect(root.namespace).toBe('urn:a');
    const [c, d] = root.children;
    expect(c.name).toBe('b:c');
    expect(c.namespace).toBe('urn:b');
    expect(c.line).toBe(4);
    expect(c.attributes.get('id')).toBe('x');
    expect(c.attributes.get('v')).toBe('1 < 2 & 3');
    expect(d.text).toBe('Tom & Jerry <raw> ');
    expect(d.parent).toBe(root);
  });

  it.each([
    ['an unclosed root', '<a><b></b>', /<a> \(line 1\) is never closed/, 1],
    [
      'a mismatched end tag',
      '<a>\n<b>\n</c></a>',
      /end tag <\/c> does not match <b> \(line 2\)/,
      3,
    ],
    ['two roots', '<a/><b/>', /second root element <b>/, 1],
    ['text outside the root', '<a/>\nstray', /text outside the root element/, 1],
    ['a duplicate attribute', '<a x="1" x="2"/>', /duplicate attribute x/, 1],
    ['an unquoted attribute', '<a x=1/>', /malformed attribute in <a>/, 1],
    ['attributes without whitespace', '<a x="1"y="2"/>', /expected whitespace/, 1],
    ['an unknown entity', '<a>&nbsp;</a>', /unknown entity "&nbsp;"/, 1],
    ['a bare ampersand', '<a>fish & chips</a>', /"&" not followed by a reference/, 1],
    ['an undeclared prefix', '<p:a/>', /prefix "p" is not declared/, 1],
    ['"--" in a comment', '<a><!-- a -- b --></a>', /"--" inside a comment/, 1],
    ['an unterminated comment', '<a><!-- open', /unterminated comment/, 1],
    ['a DOCTYPE', '<!DOCTYPE a><a/>', /document type declarations/, 1],
    ['an empty document', '   ', /no root element/, 1],
  ])('rejects %s with its line', (_name, source, message, line) => {
    let caught: unknown;
    try {
      parseXml(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(XmlSyntaxError);
    expect((caught as XmlSyntaxError).message).toMatch(message);
    expect((caught as XmlSyntaxError).line).toBe(line);
  });
});
