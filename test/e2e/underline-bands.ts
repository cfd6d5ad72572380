// Counts the underlines painted under a word in a screenshot: runs of pixel rows where ink
// (anything clearly darker or more coloured than the page's white) spans most of the word.
// Glyph rows never do; an underline does, but for the gaps it leaves around descenders.
import { inflateSync } from "node:zlib";

interface Pixels {
  width: number;
  height: number;
  /** RGBA, row after row. */
  rgba: Uint8Array;
}

/** Decodes the 8-bit, non-interlaced RGB(A) PNGs that Chromium and Firefox screenshots are. */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const [depth, colour, , , interlace] = [chunk[8], chunk[9], chunk[10], chunk[11], chunk[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(
          `unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`,
        );
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= channels ? (out[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (out[(y - 1) * stride + x - channels] as number) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    rgba.set(out.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

/** Ink: at least this far from white in some channel (a faint highlight tint is not ink). */
const INK = 80;
/**
 * Share of a row's pixels that must be ink for the row to be part of an underline: an underline
 * leaves gaps only around descenders; the serifs along a bold line's baseline cover up to 80%.
 */
const SPANNING = 0.9;

/** How many separate underlines (bands of spanning rows) the screenshot of a word shows. */
export function underlineBands(png: Uint8Array): number {
  const { width, height, rgba } = decodePng(png);
  let bands = 0;
  let inBand = false;
  for (let y = 0; y < height; y += 1) {
    let ink = 0;
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const far = Math.max(
        255 - (rgba[at] as number),
        255 - (rgba[at + 1] as number),
        255 - (rgba[at + 2] as number),
      );
      if (far > INK) ink += 1;
    }
    const spanning = ink >= width * SPANNING;
    if (spanning && !inBand) bands += 1;
    inBand = spanning;
  }
  return bands;
}
