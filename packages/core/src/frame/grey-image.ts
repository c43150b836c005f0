import type { PixelRegion } from './pixel-region.js';
import type { RgbaFrame } from './rgba-frame.js';

/**
 * Long side, in pixels, of the grey copy that luminance and sharpness are measured on. A region
 * larger than this is shrunk to it (area average); a smaller one is used at its own size, never
 * enlarged.
 */
export const ANALYSIS_LONG_SIDE = 128;

/**
 * Inside a shrink, at least this many source pixels per output pixel and per axis are averaged;
 * beyond that the source is sampled with a stride, so the work stays bounded (about
 * (128 × 8)² pixels, a few ms) however large the region is.
 */
const SAMPLES_PER_CELL = 8;

/** A grey (BT.709 luma, 0-255) image in a reused buffer: valid until the next call. */
export interface GreyImage {
  /** Row-major luma; only the first `width * height` values belong to this image. */
  data: Float32Array;
  width: number;
  height: number;
}

// Scratch buffers, reused across calls: the hot path allocates nothing once they are big enough.
const grey: GreyImage = {
  data: new Float32Array(ANALYSIS_LONG_SIDE * ANALYSIS_LONG_SIDE),
  width: 0,
  height: 0,
};
let columnStarts = new Uint32Array(ANALYSIS_LONG_SIDE + 1);
let columnCounts = new Uint32Array(ANALYSIS_LONG_SIDE);
let rowSums = new Uint32Array(ANALYSIS_LONG_SIDE);

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * BT.709 luma (0.2126 R + 0.7152 G + 0.0722 B, integer weights 54/183/19 out of 256) of `region`,
 * shrunk by area average to at most {@link ANALYSIS_LONG_SIDE} px on its long side. The result
 * lives in a shared buffer and is overwritten by the next call. `frame` and `region` must be valid.
 */
export function sampleGrey(frame: RgbaFrame, region: PixelRegion): GreyImage {
  const rw = region.x1 - region.x0;
  const rh = region.y1 - region.y0;
  const scale = Math.max(rw, rh) / ANALYSIS_LONG_SIDE;
  const ow = scale > 1 ? Math.max(1, Math.round(rw / scale)) : rw;
  const oh = scale > 1 ? Math.max(1, Math.round(rh / scale)) : rh;
  const stride = Math.max(1, Math.floor(scale / SAMPLES_PER_CELL));

  if (grey.data.length < ow * oh) grey.data = new Float32Array(ow * oh);
  if (columnCounts.length < ow) {
    columnStarts = new Uint32Array(ow + 1);
    columnCounts = new Uint32Array(ow);
    rowSums = new Uint32Array(ow);
  }
  // Output column `ox` averages source columns columnStarts[ox] ≤ x < columnStarts[ox + 1], every
  // `stride`-th of them.
  for (let ox = 0; ox <= ow; ox++) columnStarts[ox] = region.x0 + Math.floor((ox * rw) / ow);
  for (let ox = 0; ox < ow; ox++) {
    columnCounts[ox] = Math.ceil((columnStarts[ox + 1]! - columnStarts[ox]!) / stride);
  }

  const { data } = frame;
  // One 32-bit load per pixel where the bytes are aligned (they are for canvas and decoder output).
  const words =
    LITTLE_ENDIAN && data.byteOffset % 4 === 0
      ? new Uint32Array(data.buffer, data.byteOffset, frame.width * frame.height)
      : null;
  const out = grey.data;
  for (let oy = 0; oy < oh; oy++) {
    const sy0 = region.y0 + Math.floor((oy * rh) / oh);
    const sy1 = region.y0 + Math.floor(((oy + 1) * rh) / oh);
    rowSums.fill(0, 0, ow);
    let rows = 0;
    for (let sy = sy0; sy < sy1; sy += stride) {
      const rowStart = sy * frame.width;
      if (words) addRowFromWords(words, rowStart, ow, stride);
      else addRowFromBytes(data, rowStart, ow, stride);
      rows++;
    }
    const base = oy * ow;
    for (let ox = 0; ox < ow; ox++) {
      out[base + ox] = rowSums[ox]! / (256 * rows * columnCounts[ox]!);
    }
  }
  grey.width = ow;
  grey.height = oh;
  return grey;
}

function addRowFromWords(words: Uint32Array, rowStart: number, ow: number, stride: number): void {
  for (let ox = 0; ox < ow; ox++) {
    const end = rowStart + columnStarts[ox + 1]!;
    let sum = 0;
    for (let i = rowStart + columnStarts[ox]!; i < end; i += stride) {
      const v = words[i]!;
      sum += 54 * (v & 0xff) + 183 * ((v >>> 8) & 0xff) + 19 * ((v >>> 16) & 0xff);
    }
    rowSums[ox]! += sum;
  }
}

function addRowFromBytes(
  data: Uint8Array | Uint8ClampedArray,
  rowStart: number,
  ow: number,
  stride: number,
): void {
  const step = stride * 4;
  for (let ox = 0; ox < ow; ox++) {
    const end = (rowStart + columnStarts[ox + 1]!) * 4;
    let sum = 0;
    for (let p = (rowStart + columnStarts[ox]!) * 4; p < end; p += step) {
      sum += 54 * data[p]! + 183 * data[p + 1]! + 19 * data[p + 2]!;
    }
    rowSums[ox]! += sum;
  }
}
