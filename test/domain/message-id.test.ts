import { normalizeMessageId, parseMessageIdList } from '../../src/domain/message-id';

describe('normalizeMessageId', () => {
  it.each([
    ['<abc@contoso.example>', 'abc@contoso.example'],
    ['  <abc@contoso.example>  ', 'abc@contoso.example'],
    ['abc@contoso.example', 'abc@contoso.example'],
    ['<AbC@Contoso.Example>', 'AbC@Contoso.Example'],
    ['\r\n <folded@contoso.example>', 'folded@contoso.example'],
    ['<abc@contoso\r\n .example>', 'abc@contoso.example'],
    ['< spaced@contoso.example >', 'spaced@contoso.example'],
    ['', null],
    ['   ', null],
    ['<>', null],
    [null, null],
    [undefined, null],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeMessageId(raw)).toBe(expected);
  });

  it('keeps letter case, so ids differing only in case stay different', () => {
    expect(normalizeMessageId('<A@x.example>')).not.toBe(normalizeMessageId('<a@x.example>'));
  });
});

describe('parseMessageIdList', () => {
  it.each<[string, string, string[]]>([
    ['one id', '<a@x.example>', ['a@x.example']],
    ['space separated', '<a@x.example> <b@x.example>', ['a@x.example', 'b@x.example']],
    ['comma separated', '<a@x.example>, <b@x.example>', ['a@x.example', 'b@x.example']],
    ['no separator', '<a@x.example><b@x.example>', ['a@x.example', 'b@x.example']],
    ['folded', '<a@x.example>\r\n\t<b@x.example>', ['a@x.example', 'b@x.example']],
    ['broken id skipped', '<a@x.example>, <broken.   id@x.example>', ['a@x.example']],
    ['unclosed id skipped', '<a@x.example> <b@x.example', ['a@x.example']],
    [
      'unclosed id before a good one',
      '<garbage <a@x.example> <b@x.example>',
      ['a@x.example', 'b@x.example'],
    ],
    ['bare ids', 'a@x.example b@x.example', ['a@x.example', 'b@x.example']],
    ['comment ignored', "<a@x.example> (Alice's message of Monday)", ['a@x.example']],
    ['phrase words ignored', 'your message <a@x.example>', ['a@x.example']],
    ['empty', '', []],
    ['blank', '   ', []],
    ['empty brackets', '<>', []],
  ])('%s', (_name, raw, expected) => {
    expect(parseMessageIdList(raw)).toEqual(expected);
  });
});
