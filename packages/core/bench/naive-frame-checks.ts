/**
 * The baseline the benchmark compares with: the straightforward way to compute the same figures,
 * per-pixel float luma and a Laplacian over the full frame, no downsampling, a fresh buffer per
 * frame. Percentiles come from a 256-bin histogram (as in the shipped code), not from a sort, so
 * the comparison is about the pixel work.
 */
import type { RgbaFrame } from '../src/frame/rgba-frame.js';

export interface NaiveMetrics {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  sharpness: number;
}

export function naiveFrameChecks(frame: RgbaFrame): NaiveMetrics {
  const { data, width, height } = frame;
  const luma = new Float64Array(width * height);
  const histogram = new Uint32Array(256);
  let sum = 0;
  for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
    const y = 0.2126 * data[p]! + 0.7152 * data[p + 1]! + 0.0722 * data[p + 2]!;
    luma[i] = y;
    sum += y;
    histogram[Math.round(y)]!++;
  }
  const n = luma.length;
  const percentile = (q: number) => {
    let seen = 0;
    for (let bin = 0; bin < 256; bin++) {
      seen += histogram[bin]!;
      if (seen >= Math.max(1, Math.ceil(n * q))) return (bin * 100) / 255;
    }
    return 100;
  };
  let lapSum = 0;
  let lapSquares = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const lap = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
      lapSum += lap;
      lapSquares += lap * lap;
    }
  }
  const m = (width - 2) * (height - 2);
  const lapMean = lapSum / m;
  return {
    mean: (sum / n) * (100 / 255),
    p5: percentile(0.05),
    p50: percentile(0.5),
    p95: percentile(0.95),
    sharpness: lapSquares / m - lapMean * lapMean,
  };
}
