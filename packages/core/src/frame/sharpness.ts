import { assertRgbaFrame } from './assert-rgba-frame.js';
import { sampleGrey, type GreyImage } from './grey-image.js';
import { toPixelRegion } from './pixel-region.js';
import type { Box, RgbaFrame } from './rgba-frame.js';

/**
 * Sharpness of `region` (default: the whole frame): the variance of the Laplacian
 * (4-neighbour kernel `[0 1 0; 1 -4 1; 0 1 0]`) of its BT.709 luma (0-255), measured after
 * shrinking the region by area average to at most 128 px on its long side (`ANALYSIS_LONG_SIDE`;
 * smaller regions are used as they are). Fixing the size makes a face give comparable numbers
 * whether it was captured at 640x480 or at 12 MP. Higher is sharper: a focused face scores in the
 * hundreds, a blurred one in single or low double digits (see the package README for measured
 * values). Regions under 3x3 px score 0.
 *
 * Throws a `LivenessError`: `INVALID_IMAGE` for a malformed frame, `INVALID_OPTIONS` for a region
 * that misses the frame.
 */
export function measureSharpness(frame: RgbaFrame, region?: Box): number {
  assertRgbaFrame(frame);
  return sharpnessOfGrey(sampleGrey(frame, toPixelRegion(frame, region)));
}

/** {@link measureSharpness} of an already sampled grey image. */
export function sharpnessOfGrey(image: GreyImage): number {
  const { data, width: w, height: h } = image;
  if (w < 3 || h < 3) return 0;
  let sum = 0;
  let sumSquares = 0;
  for (let y = 1; y < h - 1; y++) {
    let i = y * w + 1;
    for (let x = 1; x < w - 1; x++, i++) {
      const lap = data[i - 1]! + data[i + 1]! + data[i - w]! + data[i + w]! - 4 * data[i]!;
      sum += lap;
      sumSquares += lap * lap;
    }
  }
  const n = (w - 2) * (h - 2);
  const mean = sum / n;
  return Math.round((sumSquares / n - mean * mean) * 100) / 100;
}
