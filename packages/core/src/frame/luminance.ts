import { assertRgbaFrame } from './assert-rgba-frame.js';
import { sampleGrey, type GreyImage } from './grey-image.js';
import { toPixelRegion } from './pixel-region.js';
import type { Box, RgbaFrame } from './rgba-frame.js';

/** Brightness of a frame or region: BT.709 luma on a 0-100 scale (0 black, 100 white). */
export interface LuminanceStats {
  mean: number;
  /** 5th percentile: the dark end (shadows). */
  p5: number;
  /** Median. */
  p50: number;
  /** 95th percentile: the bright end (highlights). */
  p95: number;
}

const histogram = new Uint32Array(256);

/**
 * Brightness of `region` (default: the whole frame): mean and percentiles of BT.709 luma
 * (0.2126 R + 0.7152 G + 0.0722 B) on a 0-100 scale, the scale of the contract's
 * `face_luminance`. Measured on the region shrunk by area average to at most 128 px on its long
 * side (see `ANALYSIS_LONG_SIDE`), so the figures hardly depend on the frame's resolution.
 *
 * A region partly outside the frame is clipped to it. Throws a `LivenessError`: `INVALID_IMAGE` for
 * a malformed frame, `INVALID_OPTIONS` for a region that misses the frame.
 */
export function measureLuminance(frame: RgbaFrame, region?: Box): LuminanceStats {
  assertRgbaFrame(frame);
  return luminanceOfGrey(sampleGrey(frame, toPixelRegion(frame, region)));
}

/** {@link measureLuminance} of an already sampled grey image. */
export function luminanceOfGrey(image: GreyImage): LuminanceStats {
  const n = image.width * image.height;
  const values = image.data;
  histogram.fill(0);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    histogram[(v + 0.5) | 0]!++;
  }
  const p5Rank = Math.max(1, Math.ceil(n * 0.05));
  const p50Rank = Math.max(1, Math.ceil(n * 0.5));
  const p95Rank = Math.max(1, Math.ceil(n * 0.95));
  let p5 = -1;
  let p50 = -1;
  let p95 = -1;
  let seen = 0;
  for (let bin = 0; bin < 256; bin++) {
    seen += histogram[bin]!;
    if (p5 < 0 && seen >= p5Rank) p5 = bin;
    if (p50 < 0 && seen >= p50Rank) p50 = bin;
    if (seen >= p95Rank) {
      p95 = bin;
      break;
    }
  }
  return {
    mean: toPercent(sum / n),
    p5: toPercent(p5),
    p50: toPercent(p50),
    p95: toPercent(p95),
  };
}

function toPercent(luma: number): number {
  return Math.round((luma * 10000) / 255) / 100;
}
