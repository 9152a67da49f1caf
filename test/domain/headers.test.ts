import {
  classifyHeaderLine,
  firstHeaderValue,
  headerValues,
  parseHeaderBlock,
} from '../../src/domain/headers';

describe('parseHeaderBlock', () => {
  it('reads CRLF and LF blocks alike and stops at the first empty line', () => {
    for (const eol of ['\r\n', '\n']) {
      const raw = ['From: a@x.example', 'Subject: Hello', '', 'Body: not a header'].join(eol);
      expect(parseHeaderBlock(raw)).toEqual([
        { name: 'From', value: 'a@x.example' },
        { name: 'Subject', value: 'Hello' },
      ]);
    }
  });

  it('unfolds folded lines into one space each', () => {
    const raw = 'Subject: Die Hasen und\r\n   die Frösche\r\nTo: a@x.example,\r\n\tb@x.example';
    expect(parseHeaderBlock(raw)).toEqual([
      { name: 'Subject', value: 'Die Hasen und die Frösche' },
      { name: 'To', value: 'a@x.example, b@x.example' },
    ]);
  });

  it('skips a whitespace-only fold line', () => {
    const raw = 'Subject: Re: TEST\r\n \r\n\t=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=';
    expect(firstHeaderValue(parseHeaderBlock(raw), 'subject')).toBe(
      'Re: TEST =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=',
    );
  });

  it('keeps every occurrence in order', () => {
    const fields = parseHeaderBlock(
      'References: <a@x>\nX-A: 1\nreferences: <b@x>\nREFERENCES: <c@x>',
    );
    expect(headerValues(fields, 'References')).toEqual(['<a@x>', '<b@x>', '<c@x>']);
  });

  it('ignores an mbox From_ line at the top', () => {
    const fields = parseHeaderBlock(
      'From alice@contoso.example Mon Jan 1 00:00:00 2007\nFrom: a@x\n',
    );
    expect(fields).toEqual([{ name: 'From', value: 'a@x' }]);
  });

  it('treats lines without a header-name shape as continuations, and says so', () => {
    const problems: string[] = [];
    const raw = [
      'x-forefront-antispam-report: SFV:NSPM;SFS:(1001)(3',
      'ds;MX:1;A:1;LANG:it;',
      'x-diagnostics: 1;AM4;6:1Y77',
      'P8FxVksOO2tmFWl+LxT0Acgv7',
      'MIME-Version: 1.0',
    ].join('\n');
    expect(parseHeaderBlock(raw, problems)).toEqual([
      { name: 'x-forefront-antispam-report', value: 'SFV:NSPM;SFS:(1001)(3 ds;MX:1;A:1;LANG:it;' },
      { name: 'x-diagnostics', value: '1;AM4;6:1Y77 P8FxVksOO2tmFWl+LxT0Acgv7' },
      { name: 'MIME-Version', value: '1.0' },
    ]);
    expect(problems).toHaveLength(2);
  });

  it('keeps empty values and tolerates space before the colon', () => {
    expect(parseHeaderBlock('In-Reply-To: \r\nX-MS-Has-Attach:\r\nSubject : Hi')).toEqual([
      { name: 'In-Reply-To', value: '' },
      { name: 'X-MS-Has-Attach', value: '' },
      { name: 'Subject', value: 'Hi' },
    ]);
  });

  it('reports a leading line that belongs to no header', () => {
    const problems: string[] = [];
    expect(parseHeaderBlock(' orphan\nSubject: x', problems)).toEqual([
      { name: 'Subject', value: 'x' },
    ]);
    expect(problems).toHaveLength(1);
  });

  it('returns nothing for an empty block', () => {
    expect(parseHeaderBlock('')).toEqual([]);
    expect(firstHeaderValue([], 'Subject')).toBeNull();
  });
});

describe('classifyHeaderLine', () => {
  it.each([
    ['Subject: hi', 0, 'field'],
    ['X-MS_Odd.Name: v', 3, 'field'],
    [' folded', 2, 'folded'],
    ['\tfolded', 2, 'folded'],
    ['', 2, 'end'],
    ['From alice@x Mon', 0, 'mbox-from'],
    ['From alice@x Mon', 1, 'bare-continuation'],
    ['ds;MX:1;A:1', 4, 'bare-continuation'],
    ['no colon here', 4, 'bare-continuation'],
  ] as const)('%j at %i is %s', (line, index, kind) => {
    expect(classifyHeaderLine(line, index)).toBe(kind);
  });
});
