import { LivenessError } from '../errors/liveness-error.js';
import type { Box, RgbaFrame } from './rgba-frame.js';

/** A region snapped to whole pixels inside a frame: columns `[x0, x1)`, rows `[y0, y1)`. */
export interface PixelRegion {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The part of `region` (default: the whole frame) that lies inside the frame, widened to whole
 * pixels. A box partly outside the frame (a face at the edge) is clipped; one entirely outside, or
 * one with a non-finite or negative size, is an `INVALID_OPTIONS` {@link LivenessError}.
 */
export function toPixelRegion(frame: RgbaFrame, region?: Box): PixelRegion {
  if (region === undefined) return { x0: 0, y0: 0, x1: frame.width, y1: frame.height };
  const { x, y, width, height } = region;
  if (![x, y, width, height].every(Number.isFinite) || width < 0 || height < 0) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `region must have finite x, y and a non-negative width and height, got ${JSON.stringify(region)}`,
    });
  }
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(frame.width, Math.ceil(x + width));
  const y1 = Math.min(frame.height, Math.ceil(y + height));
  if (x1 <= x0 || y1 <= y0) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `region ${JSON.stringify(region)} does not overlap the ${frame.width}x${frame.height} frame`,
    });
  }
  return { x0, y0, x1, y1 };
}
