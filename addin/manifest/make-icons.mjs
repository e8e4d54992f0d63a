#!/usr/bin/env node
// Draws the add-in icon (an envelope with a check-mark badge, Fluent blue #0F6CBD) and writes
// assets/icon-{16,32,64,80,128}.png. Node built-ins only: the PNG is written with zlib + CRC32.
//
//   node addin/manifest/make-icons.mjs [--out assets]
//
// The shapes are signed-distance functions in a unit square, sampled 8×8 times per pixel so the
// edges are anti-aliased at every size. Re-running gives byte-identical files.
import { writeFileSync, mkdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, crc32 } from "node:zlib";
import { parseArgs } from "node:util";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent brand blue (colorBrandBackground)
const DARK_BLUE = [0x0c, 0x3b, 0x5e]; // Fluent brand 40: badge, contrasts with the envelope
const WHITE = [0xff, 0xff, 0xff];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
/** A polyline stroked with round caps and joins, `w` wide. */
const stroke = (points, w) => (x, y) => {
  let d = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    d = Math.min(d, Math.hypot(x - ax - t * vx, y - ay - t * vy));
  }
  return d - w / 2;
};

/** Layers painted bottom to top. Strokes never get thinner than ~1.3 px so 16 px stays legible. */
function layers(size) {
  const minStroke = 1.3 / size;
  const w = (v) => Math.max(v, minStroke);
  return [
    { shape: roundedRect(0.04, 0.16, 0.92, 0.78, 0.09), color: BLUE },
    { shape: stroke([[0.13, 0.27], [0.48, 0.52], [0.83, 0.27]], w(0.065)), color: WHITE },
    { shape: circle(0.73, 0.71, 0.27), color: WHITE },
    { shape: circle(0.73, 0.71, 0.215), color: DARK_BLUE },
    { shape: stroke([[0.625, 0.715], [0.7, 0.79], [0.84, 0.645]], w(0.07)), color: WHITE },
  ];
}

/** RGBA pixels (straight alpha), anti-aliased by 8×8 supersampling. */
export function renderIcon(size) {
  const ss = 8;
  const paint = layers(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied sums over the samples
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const { shape, color } of paint) {
            if (shape(x, y) <= 0) {
              [cr, cg, cb] = color;
              ca = 1;
            }
          }
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, no interlace, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const out = resolve(values.out ?? join(here, "..", "..", "assets"));
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(out, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
