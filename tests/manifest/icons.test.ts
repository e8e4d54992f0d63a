// The icons in assets/ are real PNGs of the right size, drawn by addin/manifest/make-icons.mjs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync, crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ICON_SIZES, encodePng, renderIcon } from "../../addin/manifest/make-icons.mjs";
import { pngSize } from "../../addin/manifest/validate-manifest.mjs";
import { REPO_ROOT } from "../../addin/manifest/make-manifest.mjs";

/** A minimal independent PNG reader: chunk CRCs, IHDR, and the unfiltered RGBA rows. */
function decodePng(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  const idat: Buffer[] = [];
  let width = 0, height = 0, depth = 0, colour = 0;
  for (;;) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString("ascii", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + len);
    expect(bytes.readUInt32BE(at + 8 + len), `CRC of ${type}`).toBe(crc32(bytes.subarray(at + 4, at + 8 + len)) >>> 0);
    if (type === "IHDR") [width, height, depth, colour] = [data.readUInt32BE(0), data.readUInt32BE(4), data[8]!, data[9]!];
    if (type === "IDAT") idat.push(data);
    at += 12 + len;
    if (type === "IEND") break;
  }
  expect([depth, colour]).toEqual([8, 6]);
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width * 4 + 1) * height);
  const pixel = (x: number, y: number) => {
    const row = y * (width * 4 + 1);
    expect(raw[row], "filter type 0").toBe(0);
    const o = row + 1 + x * 4;
    return [raw[o]!, raw[o + 1]!, raw[o + 2]!, raw[o + 3]!];
  };
  return { width, height, pixel };
}

describe("icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is a %i px RGBA PNG with the mark in Fluent blue", (size) => {
    const bytes = readFileSync(join(REPO_ROOT, "assets", `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([size, size]);
    // Corners are transparent; the envelope body left of the flap is Fluent blue #0F6CBD.
    expect(png.pixel(0, 0)[3]).toBe(0);
    expect(png.pixel(size - 1, 0)[3]).toBe(0);
    expect(png.pixel(Math.floor(size * 0.1), Math.floor(size * 0.6))).toEqual([0x0f, 0x6c, 0xbd, 255]);
    // The check mark's badge is dark blue with a white tick through it.
    expect(png.pixel(Math.floor(size * 0.73), Math.floor(size * 0.6))).toEqual([0x0c, 0x3b, 0x5e, 255]);
  });

  it("the checked-in files are exactly what the generator draws", () => {
    for (const size of ICON_SIZES) {
      const expected = encodePng(size, size, renderIcon(size));
      expect(readFileSync(join(REPO_ROOT, "assets", `icon-${size}.png`)).equals(expected), `icon-${size}.png`).toBe(true);
    }
  });

  it("pngSize rejects files that are not PNGs", () => {
    expect(pngSize(Buffer.from("GIF89a........................"))).toEqual({ error: "not a PNG file" });
    expect(pngSize(Buffer.alloc(3))).toEqual({ error: "not a PNG file" });
  });
});
