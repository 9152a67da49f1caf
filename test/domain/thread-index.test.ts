import {
  decodeThreadIndex,
  encodeBase64,
  threadIndexQueryPrefix,
  threadIndexRoot,
} from '../../src/domain/thread-index';

/** 22 bytes 0..21, and the same followed by one 5-byte child block. */
const ROOT_BYTES = Uint8Array.from({ length: 22 }, (_, i) => i);
const ROOT = Buffer.from(ROOT_BYTES).toString('base64');
const CHILD = Buffer.from([...ROOT_BYTES, 0x00, 0x5d, 0x3a, 0x8e, 0x27]).toString('base64');
/** A real-looking Exchange value (27 bytes). */
const OUTLOOK = 'AduRxtDJRohLqZhdomqJjxhRlfIdOgBdOo4n';

describe('threadIndexRoot', () => {
  it.each([
    ['a bare 22-byte root', ROOT, ROOT],
    ['a root with one child block', CHILD, ROOT],
    ['an Outlook reply', OUTLOOK, 'AduRxtDJRohLqZhdomqJjxhRlfIdOg=='],
    ['surrounding whitespace', `  ${CHILD}\t`, ROOT],
    ['a value folded over two lines', `${CHILD.slice(0, 20)}\r\n ${CHILD.slice(20)}`, ROOT],
    ['a root without its padding', ROOT.replace(/=+$/, ''), ROOT],
    [
      '21 bytes: shorter than a root',
      Buffer.from(ROOT_BYTES.subarray(0, 21)).toString('base64'),
      null,
    ],
    ['a single byte', 'AQ==', null],
    ['an empty value', '', null],
    ['only whitespace', ' \r\n ', null],
    ['characters outside base64', `${CHILD.slice(0, 10)}%${CHILD.slice(11)}`, null],
    ['URL-safe base64', CHILD.replace(/\//g, '_').replace(/\+/g, '-') + '_-', null],
    ['padding in the middle', `${ROOT.slice(0, 8)}==${ROOT.slice(8)}`, null],
    ['a length no base64 has', `${CHILD}A`, null],
    ['null', null, null],
  ])('%s', (_name, value, expected) => {
    expect(threadIndexRoot(value)).toBe(expected);
  });

  it('gives the same root whatever the child blocks, a different one per conversation', () => {
    const other = Uint8Array.from(ROOT_BYTES, (byte) => byte ^ 0x55);
    const otherChild = Buffer.from([...other, 1, 2, 3, 4, 5]).toString('base64');
    expect(threadIndexRoot(CHILD)).toBe(threadIndexRoot(ROOT));
    expect(threadIndexRoot(otherChild)).not.toBe(threadIndexRoot(CHILD));
  });

  it('tells apart values that differ only in letter case (base64 is case-sensitive)', () => {
    const swapped = OUTLOOK.replace(/[a-z]/gi, (c) =>
      c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
    );
    expect(threadIndexRoot(swapped)).not.toBeNull();
    expect(threadIndexRoot(swapped)).not.toBe(threadIndexRoot(OUTLOOK));
  });
});

describe('decodeThreadIndex and encodeBase64', () => {
  it.each([0, 1, 2, 3, 21, 22, 27, 32])('round-trips %i bytes like Node does', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
    const base64 = Buffer.from(bytes).toString('base64');
    expect(encodeBase64(bytes)).toBe(base64);
    if (length > 0) expect(Array.from(decodeThreadIndex(base64) ?? [])).toEqual(Array.from(bytes));
  });
});

describe('threadIndexQueryPrefix', () => {
  it('is the same for every index of the conversation and carries 21 whole bytes', () => {
    const prefix = threadIndexQueryPrefix(threadIndexRoot(CHILD) ?? '');
    expect(prefix).toHaveLength(28);
    expect(CHILD.startsWith(prefix)).toBe(true);
    expect(ROOT.startsWith(prefix)).toBe(true);
    expect(Array.from(Buffer.from(prefix, 'base64'))).toEqual(
      Array.from(ROOT_BYTES.subarray(0, 21)),
    );
  });
});
