/**
 * Draws the app icons (src/web/public/icons) from the favicon's shapes, once; the PNGs are committed.
 * Run again only when the mark changes: `npx tsx scripts/make-app-icons.ts`. No image library and no
 * network: each pixel is the favicon's geometry sampled 4×4 times, written as an RGBA PNG with zlib.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const brand: Rgb = [0x0f, 0x5b, 0x57];
const white: Rgb = [0xff, 0xff, 0xff];
const mint: Rgb = [0x9b, 0xe0, 0xd3];

type Point = readonly [number, number];

/** Points along a cubic Bézier, in the favicon's 32-unit space. */
function cubic(p0: Point, p1: Point, p2: Point, p3: Point, steps = 48): Point[] {
  return Array.from({ length: steps + 1 }, (_, index) => {
    const t = index / steps;
    const u = 1 - t;
    const x = u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0];
    const y = u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1];
    return [x, y] as const;
  });
}

// favicon.svg: "M8 20.5c3.2-6.5 8.4-9.5 16-9" and "M19.5 7.5l4.8 4-4.2 4.6", stroke 2.6, round caps.
const swoosh = cubic([8, 20.5], [11.2, 14], [16.4, 11], [24, 11.5]);
const arrowHead: Point[] = [
  [19.5, 7.5],
  [24.3, 11.5],
  [20.1, 16.1],
];
const strokeHalfWidth = 1.3;

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function nearPolyline(point: Point, line: Point[]): boolean {
  for (let index = 1; index < line.length; index++) {
    if (distanceToSegment(point, line[index - 1] as Point, line[index] as Point) <= strokeHalfWidth)
      return true;
  }
  return false;
}

function insideRoundedSquare([x, y]: Point, radius: number): boolean {
  const cx = Math.max(radius, Math.min(32 - radius, x));
  const cy = Math.max(radius, Math.min(32 - radius, y));
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && Math.hypot(x - cx, y - cy) <= radius;
}

/** The colour at a point of the 32-unit mark, or undefined outside it (transparent). */
function markColour(point: Point, fullBleed: boolean): Rgb | undefined {
  if (!fullBleed && !insideRoundedSquare(point, 8)) return undefined;
  if (nearPolyline(point, swoosh) || nearPolyline(point, arrowHead)) return white;
  if (Math.hypot(point[0] - 9.5, point[1] - 24) <= 2) return mint;
  return brand;
}

/**
 * Maskable icons fill the whole square with the brand colour and keep the mark inside the middle 80%
 * (the safe zone a launcher's mask never cuts), so the mark is scaled down around the centre.
 */
function render(size: number, maskable: boolean): Buffer {
  const samples = 4;
  const scale = maskable ? 0.8 : 1;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size) * 32;
          const v = ((y + (sy + 0.5) / samples) / size) * 32;
          const point: Point = [16 + (u - 16) / scale, 16 + (v - 16) / scale];
          const inMark = point[0] >= 0 && point[0] <= 32 && point[1] >= 0 && point[1] <= 32;
          const colour = inMark ? markColour(point, maskable) : maskable ? brand : undefined;
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = (y * size + x) * 4;
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return encodePng(size, pixels);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(import.meta.dirname, '..', 'src', 'web', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
const icons = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'maskable-192.png', size: 192, maskable: true },
  { name: 'maskable-512.png', size: 512, maskable: true },
  // iOS takes no manifest icon and rounds corners itself, so it gets a full square.
  { name: 'apple-touch-icon-180.png', size: 180, maskable: true },
];
for (const icon of icons) writeFileSync(join(outDir, icon.name), render(icon.size, icon.maskable));
console.log(`Wrote ${icons.length} icons to ${outDir}`);
