import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

import { encodePng } from '../../scripts/icons/png';
import { ICON_SIZES, renderIcon } from '../../scripts/make-icons';

const ASSETS = resolve(__dirname, '..', '..', 'assets');

/** Reads back what encodePng writes: checks chunk CRCs and returns size and RGBA pixels. */
function decodePng(file: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    expect(file.readUInt32BE(at + 8 + length)).toBe(crc(file.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rows = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rows.push(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)));
  }
  return { width, height, pixels: Buffer.concat(rows) };
}

/** Bit-by-bit CRC-32, independent of the encoder's table. */
function crc(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('encodePng', () => {
  it('round-trips pixels exactly', () => {
    const pixels = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const decoded = decodePng(encodePng(3, 2, pixels));
    expect(decoded.width).toBe(3);
    expect(decoded.height).toBe(2);
    expect([...decoded.pixels]).toEqual([...pixels]);
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/wrong size/);
  });
});

describe.each(ICON_SIZES.map((size) => [size]))('assets/icon-%i.png', (size) => {
  const decoded = decodePng(readFileSync(join(ASSETS, `icon-${size}.png`)));

  it('is a PNG of the size its name says, matching the current design', () => {
    expect([decoded.width, decoded.height]).toEqual([size, size]);
    expect([...decoded.pixels]).toEqual([...renderIcon(size)]);
  });

  it('has transparent corners, a blue body and white envelope pixels', () => {
    const at = (x: number, y: number) => [
      ...decoded.pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
    ];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(Math.floor(size * 0.08), Math.floor(size / 2))).toEqual([15, 108, 189, 255]);
    expect(at(Math.floor(size * 0.22), Math.floor(size * 0.55))).toEqual([255, 255, 255, 255]);
  });
});
