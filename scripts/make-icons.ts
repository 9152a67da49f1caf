/**
 * Draws the add-in icon (a blue rounded square, a white envelope, a check-mark badge) at every
 * size the manifest uses and writes assets/icon-<size>.png. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { encodePng } from './icons/png';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const SUBSAMPLES = 4;

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const cx = Math.max(inset + radius, Math.min(1 - inset - radius, x));
  const cy = Math.max(inset + radius, Math.min(1 - inset - radius, y));
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** The colour of the design at a point of the unit square (y grows downwards). */
function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y, 0.02, 0.2)) return CLEAR;

  // Check-mark badge in the lower right corner, drawn over the envelope.
  const badge = Math.hypot(x - 0.72, y - 0.7);
  if (badge <= 0.2) {
    const onCheck =
      distanceToSegment(x, y, 0.62, 0.7, 0.69, 0.77) <= 0.035 ||
      distanceToSegment(x, y, 0.69, 0.77, 0.82, 0.62) <= 0.035;
    return onCheck ? BLUE : WHITE;
  }
  if (badge <= 0.25) return BLUE;

  // Envelope: a white card with a blue flap.
  const inEnvelope = x >= 0.16 && x <= 0.76 && y >= 0.24 && y <= 0.64;
  if (inEnvelope) {
    const onFlap =
      distanceToSegment(x, y, 0.16, 0.24, 0.46, 0.46) <= 0.035 ||
      distanceToSegment(x, y, 0.46, 0.46, 0.76, 0.24) <= 0.035;
    return onFlap ? BLUE : WHITE;
  }
  return BLUE;
}

/** Renders the icon at `size` pixels with supersampled anti-aliasing. */
export function renderIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / SUBSAMPLES) / size,
            (py + (sy + 0.5) / SUBSAMPLES) / size,
          );
          // Premultiply so transparent samples do not darken the edge.
          sum[0] += c[0] * c[3];
          sum[1] += c[1] * c[3];
          sum[2] += c[2] * c[3];
          sum[3] += c[3];
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3];
      pixels[offset] = alpha ? Math.round(sum[0] / alpha) : 0;
      pixels[offset + 1] = alpha ? Math.round(sum[1] / alpha) : 0;
      pixels[offset + 2] = alpha ? Math.round(sum[2] / alpha) : 0;
      pixels[offset + 3] = Math.round(alpha / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return pixels;
}

function main(): void {
  const assets = resolve(__dirname, '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
