#!/usr/bin/env node
// Draws build/icon.png (512×512): a red rounded square with a thin gold frame and a gold
// five-pointed star, the colours of Vietnamese commendation certificates. Uses only node:zlib,
// so it runs anywhere without image tools. electron-builder derives the Windows .ico and the
// Linux icon sizes from this file. Run: node scripts/make-icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 samples per pixel: smooth edges without a graphics library
const RED_TOP = [218, 37, 29];
const RED_BOTTOM = [176, 18, 24];
const GOLD_LIGHT = [255, 222, 89];
const GOLD_DARK = [242, 178, 12];

const C = SIZE / 2;
const MARGIN = 20;
const RADIUS = 100;
const FRAME_INSET = 30;
const FRAME_WIDTH = 8;
const STAR_OUTER = 168;
const STAR_INNER = STAR_OUTER * 0.382; // the regular star's own ratio
const STAR_CY = C + 14; // optical centre: a star looks high when centred by its box

/** Signed distance to a rounded square centred on the icon: negative inside. */
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - C) - (half - radius);
  const qy = Math.abs(y - C) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

const star = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? STAR_OUTER : STAR_INNER;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  return [C + r * Math.cos(a), STAR_CY + r * Math.sin(a)];
});

function inStar(x, y) {
  let inside = false;
  for (let i = 0, j = star.length - 1; i < star.length; j = i++) {
    const [xi, yi] = star[i];
    const [xj, yj] = star[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

/** Colour at a sample point, or null where the icon is transparent. */
function sample(x, y) {
  const half = C - MARGIN;
  if (roundedSquare(x, y, half, RADIUS) > 0) return null;
  const t = (y - MARGIN) / (SIZE - 2 * MARGIN);
  if (inStar(x, y)) return mix(GOLD_LIGHT, GOLD_DARK, (y - (STAR_CY - STAR_OUTER)) / (2 * STAR_OUTER));
  const frame = roundedSquare(x, y, half - FRAME_INSET, RADIUS - FRAME_INSET);
  if (frame <= 0 && frame > -FRAME_WIDTH) return mix(GOLD_LIGHT, GOLD_DARK, t);
  return mix(RED_TOP, RED_BOTTOM, t);
}

const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let py = 0; py < SIZE; py++) {
  const row = py * (1 + SIZE * 4);
  rows[row] = 0; // PNG filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered++;
      }
    }
    const o = row + 1 + px * 4;
    if (covered > 0) {
      rows[o] = Math.round(r / covered);
      rows[o + 1] = Math.round(g / covered);
      rows[o + 2] = Math.round(b / covered);
    }
    rows[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`Wrote ${path.relative(process.cwd(), out)} (${SIZE}×${SIZE}, ${png.length} bytes)`);
