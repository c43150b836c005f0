import { LivenessError } from '../errors/liveness-error.js';
import type { RgbaFrame } from './rgba-frame.js';

/**
 * Checks that `frame` is RGBA pixels of a positive integer size with enough bytes; throws a
 * {@link LivenessError} `INVALID_IMAGE` saying what is wrong otherwise.
 */
export function assertRgbaFrame(frame: unknown, what = 'frame'): asserts frame is RgbaFrame {
  if (typeof frame !== 'object' || frame === null) {
    throw invalid(`${what} must be an object {data, width, height}`);
  }
  const { data, width, height } = frame as Partial<RgbaFrame>;
  if (!(data instanceof Uint8ClampedArray || data instanceof Uint8Array)) {
    throw invalid(`${what}.data must be a Uint8ClampedArray or Uint8Array of RGBA pixels`);
  }
  if (!isPositiveInteger(width) || !isPositiveInteger(height)) {
    throw invalid(`${what} size must be positive integers, got ${String(width)}x${String(height)}`);
  }
  if (data.length < width * height * 4) {
    throw invalid(
      `${what}.data holds ${data.length} bytes, ${width}x${height} RGBA needs ${width * height * 4}`,
    );
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function invalid(detail: string): LivenessError {
  return new LivenessError('INVALID_IMAGE', { detail });
}
