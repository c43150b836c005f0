import type { Size } from './frame-input.js';

/**
 * Frames at least this much wider than high (or higher than wide) are analysed in overlapping
 * square tiles: squeezing a panorama into BlazeFace's square input makes faces too small to find.
 * Camera frames (4:3, 16:9 = 1.78) stay whole.
 */
export const TILE_ASPECT = 2;

/** A square region of the source analysed on its own, and how it is drawn. */
export interface Tile {
  /** Region of the source, in source pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Side of the square canvas it is drawn on (top-left aligned, black padding). */
  side: number;
  /** Canvas pixels per source pixel. */
  scale: number;
}

function isPanorama(size: Size): boolean {
  return Math.max(size.width, size.height) / Math.min(size.width, size.height) >= TILE_ASPECT;
}

/**
 * The size to downscale a frame to before sending it for analysis: the longer side at most `max`
 * pixels, or, for a panorama, the shorter one (each of its tiles is then at most `max`). Never
 * upscales.
 */
export function analysisSourceSize(frame: Size, max: number): Size {
  const reference = isPanorama(frame)
    ? Math.min(frame.width, frame.height)
    : Math.max(frame.width, frame.height);
  const scale = Math.min(1, max / reference);
  return {
    width: Math.max(1, Math.round(frame.width * scale)),
    height: Math.max(1, Math.round(frame.height * scale)),
  };
}

/**
 * How to analyse a source of `size`: one tile covering it all, letterboxed into a square (BlazeFace
 * squeezes any input to a square; padding keeps faces in proportion: higher scores on real faces,
 * far fewer false faces on a faceless camera than squeezing gave here), or for a panorama
 * `ceil(long / short)` overlapping square tiles. Canvas sides are at most `max`.
 */
export function analysisTiles(size: Size, max: number): Tile[] {
  const long = Math.max(size.width, size.height);
  const short = Math.min(size.width, size.height);
  if (!isPanorama(size)) {
    const scale = Math.min(1, max / long);
    return [{ x: 0, y: 0, width: size.width, height: size.height, side: Math.round(long * scale), scale }];
  }
  const count = Math.ceil(long / short);
  const step = (long - short) / (count - 1);
  const scale = Math.min(1, max / short);
  const side = Math.round(short * scale);
  const horizontal = size.width >= size.height;
  return Array.from({ length: count }, (_, i) => {
    const offset = Math.round(i * step);
    return {
      x: horizontal ? offset : 0,
      y: horizontal ? 0 : offset,
      width: short,
      height: short,
      side,
      scale,
    };
  });
}

/** Intersection over union of two boxes. */
export function iou(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}
