import { decodeEncodedWords } from '../../src/domain/encoded-words';
import { decodeUtf7 } from '../../src/domain/mime/utf7';

describe('decodeEncodedWords', () => {
  it.each([
    ['plain text', 'Hello world', 'Hello world'],
    ['Q ISO-8859-1', '=?iso-8859-1?Q?Die_Hasen_und_die_Fr=F6sche?=', 'Die Hasen und die Frösche'],
    ['B ISO-8859-1', '=?iso-8859-1?B?Sm9yZw==?=', 'Jorg'],
    ['B UTF-8 hiragana', '=?UTF-8?B?44G+44G/44KA44KB44KC?=', 'まみむめも'],
    ['lower-case q', '=?utf-8?q?caf=C3=A9?=', 'café'],
    ['Q UTF-7', '=?utf-7?Q?Fr+APY-sche?=', 'Frösche'],
    ['ISO-2022-JP', '=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=', 'テスト'],
    [
      'two ISO-2022-JP words',
      '=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\r\n  =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=',
      'テストテスト',
    ],
    ['EUC-KR', '=?EUC-KR?Q?=C7=D1=B1=B9?=', '한국'],
    ['ISO-8859-4', '=?ISO-8859-4?Q?=B9_and_=F5?=', 'š and õ'],
    ['whitespace between words dropped', '=?utf-8?Q?a?= \t =?utf-8?Q?b?=', 'ab'],
    ['whitespace to plain text kept', 'Re: =?utf-8?Q?caf=C3=A9?= now', 'Re: café now'],
    // é split across two words: only decoding the joined bytes gets it right.
    ['character split across words', '=?utf-8?B?Y2Fmww==?= =?utf-8?B?qQ==?=', 'café'],
    ['different charsets side by side', '=?iso-8859-1?Q?=E9?= =?utf-8?Q?=C3=A9?=', 'éé'],
    ['unknown charset left as written', '=?x-nonsense?Q?abc?=', '=?x-nonsense?Q?abc?='],
    ['charset with language', '=?utf-8*en?Q?hello?=', 'hello'],
    ['not an encoded word', '=?broken', '=?broken'],
  ])('%s', (_name, input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });
});

describe('decodeUtf7', () => {
  it.each([
    ['J+APY-rg N+APY-rthwind', 'Jörg Nörthwind'],
    ['A+ImIDkQ.', 'A\u2262\u0391.'],
    ['Hi Mom -+Jjo--!', 'Hi Mom -\u263a-!'],
    ['+ZeVnLIqe-', '日本語'],
    ['1 +- 1', '1 + 1'],
    ['plain', 'plain'],
  ])('%j -> %j', (input, expected) => {
    expect(decodeUtf7(input)).toBe(expected);
  });
});
