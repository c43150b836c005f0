import { LivenessError, type Box, type RgbaFrame } from '@liveness-kit/core';

/** Side of both models' square input, px: the `80x80` in the authors' weight file names. */
export const MINIFASNET_INPUT_SIZE = 80;

/** A crop of the frame: inclusive integer pixel corners, and the box scale it was taken at. */
export interface MiniFasNetCrop {
  x1: number;
  y1: number;
  /** Last column and row of the crop, inclusive (the authors slice `[y1 : y2 + 1, x1 : x2 + 1]`). */
  x2: number;
  y2: number;
  /**
   * The scale of the face box actually used: the model's own (2.7 or 4.0), or less when the frame
   * is too small to hold that much context around the face (the crop then misses what the model
   * was trained to see).
   */
  scale: number;
}

/**
 * The authors' crop rule (`CropImage._get_new_box` of Silent-Face-Anti-Spoofing), computed with the
 * same floating-point steps: s = min((H-1)/h, (W-1)/w, scale); a w·s by h·s rectangle centred on
 * the box centre, shifted (not shrunk) back inside [0, W-1] x [0, H-1], corners truncated to
 * integers.
 */
export function miniFasNetCrop(
  box: Box,
  frameWidth: number,
  frameHeight: number,
  scale: number,
): MiniFasNetCrop {
  const { x, y, width: w, height: h } = box;
  if (!(Number.isFinite(x) && Number.isFinite(y) && w > 0 && h > 0 && Number.isFinite(w * h))) {
    throw new LivenessError('UNKNOWN', {
      detail: `MiniFASNet needs a face box of positive size (got ${JSON.stringify(box)})`,
    });
  }
  const s = Math.min((frameHeight - 1) / h, Math.min((frameWidth - 1) / w, scale));
  const newWidth = w * s;
  const newHeight = h * s;
  const centreX = w / 2 + x;
  const centreY = h / 2 + y;
  let x1 = centreX - newWidth / 2;
  let y1 = centreY - newHeight / 2;
  let x2 = centreX + newWidth / 2;
  let y2 = centreY + newHeight / 2;
  if (x1 < 0) {
    x2 -= x1;
    x1 = 0;
  }
  if (y1 < 0) {
    y2 -= y1;
    y1 = 0;
  }
  if (x2 > frameWidth - 1) {
    x1 -= x2 - frameWidth + 1;
    x2 = frameWidth - 1;
  }
  if (y2 > frameHeight - 1) {
    y1 -= y2 - frameHeight + 1;
    y2 = frameHeight - 1;
  }
  // Python's int() truncates towards zero; `|| 0` turns a -0 (from -1e-13) into 0.
  return {
    x1: Math.trunc(x1) || 0,
    y1: Math.trunc(y1) || 0,
    x2: Math.trunc(x2),
    y2: Math.trunc(y2),
    scale: s,
  };
}

/** OpenCV's fixed-point precision for INTER_LINEAR weights on 8-bit images (`INTER_RESIZE_COEF_BITS`). */
const COEF_BITS = 11;
const COEF_ONE = 1 << COEF_BITS;

/** One output coordinate's source pixel and two fixed-point weights (they sum to 2048). */
interface Taps {
  first: Int32Array;
  weights: Int16Array;
}

/**
 * The crop resized to `size` x `size` like `cv2.resize(crop, (size, size))` (INTER_LINEAR on 8-bit
 * BGR) does, bit for bit: half-pixel centres, weights rounded to 11 bits, and the vertical pass's
 * arithmetic of OpenCV's SIMD kernel (`VResizeLinearVec_32s8u`, which every x86-64 and ARM build
 * runs for rows of 3·80 bytes). An exact halving is an INTER_AREA 2x2 mean in OpenCV, as here.
 * Returns BGR pixels, row by row (`size * size * 3` bytes), as the models take them.
 */
export function resizeCropBgr(
  frame: RgbaFrame,
  crop: MiniFasNetCrop,
  size = MINIFASNET_INPUT_SIZE,
): Uint8Array {
  const srcWidth = crop.x2 - crop.x1 + 1;
  const srcHeight = crop.y2 - crop.y1 + 1;
  if (
    crop.x1 < 0 ||
    crop.y1 < 0 ||
    crop.x2 >= frame.width ||
    crop.y2 >= frame.height ||
    srcWidth < 1 ||
    srcHeight < 1 ||
    frame.data.length !== frame.width * frame.height * 4
  ) {
    throw new LivenessError('UNKNOWN', {
      detail: `MiniFASNet crop ${JSON.stringify(crop)} does not fit a ${frame.width}x${frame.height} RGBA frame`,
    });
  }
  if (srcWidth === 2 * size && srcHeight === 2 * size) return halveBgr(frame, crop, size);

  const xs = linearTaps(srcWidth, size, true);
  const ys = linearTaps(srcHeight, size, false);
  const rowLength = size * 3;
  // Horizontal pass of each source row the output needs, cached: consecutive output rows share them.
  const rows = new Map<number, Int32Array>();
  const horizontal = (sy: number): Int32Array => {
    let row = rows.get(sy);
    if (!row) {
      row = new Int32Array(rowLength);
      const base = ((crop.y1 + sy) * frame.width + crop.x1) * 4;
      for (let dx = 0; dx < size; dx++) {
        const p0 = base + (xs.first[dx] as number) * 4;
        const p1 = base + Math.min((xs.first[dx] as number) + 1, srcWidth - 1) * 4;
        const a0 = xs.weights[2 * dx] as number;
        const a1 = xs.weights[2 * dx + 1] as number;
        for (let c = 0; c < 3; c++) {
          const channel = 2 - c; // BGR out of RGBA
          row[dx * 3 + c] =
            (frame.data[p0 + channel] as number) * a0 + (frame.data[p1 + channel] as number) * a1;
        }
      }
      rows.set(sy, row);
    }
    return row;
  };

  const out = new Uint8Array(size * rowLength);
  for (let dy = 0; dy < size; dy++) {
    const sy = ys.first[dy] as number;
    const row0 = horizontal(clampIndex(sy, srcHeight));
    const row1 = horizontal(clampIndex(sy + 1, srcHeight));
    const b0 = ys.weights[2 * dy] as number;
    const b1 = ys.weights[2 * dy + 1] as number;
    for (let i = 0; i < rowLength; i++) {
      // OpenCV's SIMD vertical step: 16-bit high multiplies of the rows shifted right by 4, then a
      // rounding shift by 2 (its scalar tail, `(S0*b0 + S1*b1 + 2^21) >> 22`, can differ by 1).
      const v = ((((row0[i] as number) >> 4) * b0) >> 16) + ((((row1[i] as number) >> 4) * b1) >> 16);
      out[dy * rowLength + i] = Math.min(255, Math.max(0, (v + 2) >> 2));
    }
  }
  return out;
}

/**
 * Source positions and weights along one axis, as OpenCV's `resize` computes them: f = (d + 0.5) ·
 * (src / dst) - 0.5 in single precision, its floor and fraction, each weight rounded to 11 bits.
 * Columns (`resetAtEdges`) past either edge take the edge pixel at full weight; rows keep their
 * fraction and read the edge row twice (OpenCV clips the row index only).
 */
function linearTaps(srcSize: number, dstSize: number, resetAtEdges: boolean): Taps {
  const scale = 1 / (dstSize / srcSize);
  const first = new Int32Array(dstSize);
  const weights = new Int16Array(2 * dstSize);
  for (let d = 0; d < dstSize; d++) {
    let f = Math.fround((d + 0.5) * scale - 0.5);
    let s = Math.floor(f);
    f = Math.fround(f - s);
    if (resetAtEdges && s < 0) {
      f = 0;
      s = 0;
    }
    if (resetAtEdges && s >= srcSize - 1) {
      f = 0;
      s = srcSize - 1;
    }
    first[d] = s;
    weights[2 * d] = roundHalfEven(Math.fround(Math.fround(1 - f) * COEF_ONE));
    weights[2 * d + 1] = roundHalfEven(Math.fround(f * COEF_ONE));
  }
  return { first, weights };
}

/** `cv2.resize` of an exact 2x reduction: OpenCV switches INTER_LINEAR to INTER_AREA's 2x2 mean. */
function halveBgr(frame: RgbaFrame, crop: MiniFasNetCrop, size: number): Uint8Array {
  const out = new Uint8Array(size * size * 3);
  const stride = frame.width * 4;
  for (let dy = 0; dy < size; dy++) {
    for (let dx = 0; dx < size; dx++) {
      const p = ((crop.y1 + 2 * dy) * frame.width + crop.x1 + 2 * dx) * 4;
      for (let c = 0; c < 3; c++) {
        const q = p + 2 - c;
        const sum =
          (frame.data[q] as number) +
          (frame.data[q + 4] as number) +
          (frame.data[q + stride] as number) +
          (frame.data[q + stride + 4] as number);
        out[(dy * size + dx) * 3 + c] = (sum + 2) >> 2;
      }
    }
  }
  return out;
}

/** BGR pixels (row by row) as the models' input: float 0-255 planes, channel by channel (CHW). */
export function bgrToChw(bgr: Uint8Array, size = MINIFASNET_INPUT_SIZE): Float32Array {
  const plane = size * size;
  const chw = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    chw[i] = bgr[i * 3] as number;
    chw[plane + i] = bgr[i * 3 + 1] as number;
    chw[2 * plane + i] = bgr[i * 3 + 2] as number;
  }
  return chw;
}

function clampIndex(i: number, size: number): number {
  return i < 0 ? 0 : i >= size ? size - 1 : i;
}

/** C's `lrint` in the default rounding mode (what OpenCV's `saturate_cast<short>(float)` does). */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
