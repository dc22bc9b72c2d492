// The app icon as PNG files for the web app manifest (app/manifest.ts): Android's install prompt and home
// screen want 192 and 512 pixel PNGs, and a maskable one that its launcher can crop to any shape. Drawn here
// from the same shapes as app/icon.svg, so no image tool or browser is needed to make them
// (scripts/app-icons.ts writes them to public/icons).
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const brand: Rgba = [0x0f, 0x4c, 0x5c, 255];
const amber: Rgba = [0xfb, 0xbf, 0x24, 255];
const clear: Rgba = [0, 0, 0, 0];

// app/icon.svg in its 32-unit box: a circle of radius 15 and the stroke "M12 7c4 3 4 6 1 9s-3 6 2 9", 3 wide.
const VIEW = 32;
const CIRCLE = { x: 16, y: 16, r: 15 };
const STROKE_HALF_WIDTH = 1.5;
const curves: [number, number][][] = [
  [
    [12, 7],
    [16, 10],
    [16, 13],
    [13, 16],
  ],
  [
    [13, 16],
    [10, 19],
    [10, 22],
    [15, 25],
  ],
];
// A maskable icon keeps what matters inside the middle 80% circle; the launcher may cut away the rest.
const MASKABLE_SCALE = 0.8;
const SAMPLES = 4;

function bezierPoints(): [number, number][] {
  const points: [number, number][] = [];
  for (const [p0, p1, p2, p3] of curves) {
    for (let i = 0; i <= 48; i += 1) {
      const t = i / 48;
      const u = 1 - t;
      const at = (k: 0 | 1) =>
        u * u * u * p0![k] + 3 * u * u * t * p1![k] + 3 * u * t * t * p2![k] + t * t * t * p3![k];
      points.push([at(0), at(1)]);
    }
  }
  return points;
}
const line = bezierPoints();

function distanceToLine(x: number, y: number): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i += 1) {
    const [ax, ay] = line[i - 1]!;
    const [bx, by] = line[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

/** The colour of one point of the icon, in the SVG's 32-unit box. */
function colourAt(x: number, y: number, maskable: boolean): Rgba {
  if (maskable) {
    const c = VIEW / 2;
    const [mx, my] = [c + (x - c) / MASKABLE_SCALE, c + (y - c) / MASKABLE_SCALE];
    return distanceToLine(mx, my) <= STROKE_HALF_WIDTH ? amber : brand;
  }
  if (Math.hypot(x - CIRCLE.x, y - CIRCLE.y) > CIRCLE.r) return clear;
  return distanceToLine(x, y) <= STROKE_HALF_WIDTH ? amber : brand;
}

/** The icon's pixels, `size` by `size`, RGBA, each the average of a few samples so the edges are smooth. */
export function renderIcon(size: number, { maskable }: { maskable: boolean }): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unit = VIEW / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1)
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const c = colourAt(
            (px + (sx + 0.5) / SAMPLES) * unit,
            (py + (sy + 0.5) / SAMPLES) * unit,
            maskable,
          );
          // Colours weighted by their coverage, so a half-covered edge pixel is not darkened by "clear".
          for (let k = 0; k < 3; k += 1) sum[k]! += c[k]! * c[3];
          sum[3]! += c[3];
        }
      const offset = (py * size + px) * 4;
      for (let k = 0; k < 3; k += 1) pixels[offset + k] = sum[3]! ? Math.round(sum[k]! / sum[3]!) : 0;
      pixels[offset + 3] = Math.round(sum[3]! / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of `rgba` pixels. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1)
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
