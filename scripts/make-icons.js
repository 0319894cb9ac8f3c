#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80) without any image library: a green
 * rounded square (Excel's family colour) holding a white sheet with a tick and two lines, the way
 * a plan's task list looks once tracked. Pixels are computed from shapes in unit coordinates with
 * 4x4 supersampling, then written as a PNG (signature, IHDR, one zlib IDAT, IEND).
 *
 * Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
 */
'use strict';
const { deflateSync } = require('zlib');
const { writeFileSync, mkdirSync } = require('fs');
const { join } = require('path');

const GREEN = [0x1e, 0x6e, 0x43];
const WHITE = [0xff, 0xff, 0xff];
const TICK = [0x1e, 0x6e, 0x43];
const LINE = [0x9c, 0xc3, 0xad];

/** Distance-based rounded rectangle test, coordinates in [0,1]. */
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Distance from point to segment, for strokes. */
function segDist(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The colour at (x, y), or null for transparent. Later shapes paint over earlier ones. */
function shade(x, y) {
  let c = null;
  if (inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) c = GREEN;
  if (inRoundRect(x, y, 0.22, 0.14, 0.78, 0.86, 0.05)) c = WHITE;
  // Tick in the upper part of the sheet.
  if (segDist(x, y, 0.32, 0.36, 0.43, 0.47) < 0.055 || segDist(x, y, 0.43, 0.47, 0.66, 0.24) < 0.055) c = TICK;
  // Two text lines below it.
  if (segDist(x, y, 0.33, 0.6, 0.67, 0.6) < 0.04 || segDist(x, y, 0.33, 0.73, 0.58, 0.73) < 0.04) c = LINE;
  return c;
}

function pixels(size) {
  const S = 4;
  const out = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (size * 4 + 1);
    out[rowStart] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = rowStart + 1 + px * 4;
      // Colour averaged over covered samples (straight alpha), coverage as alpha.
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  const file = join(dir, `icon-${size}.png`);
  writeFileSync(file, png(size));
  console.log(file);
}
