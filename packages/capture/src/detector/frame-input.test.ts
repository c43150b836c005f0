import { LivenessError } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { frameSize } from './frame-input.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof LivenessError ? e.code : `not a LivenessError: ${String(e)}`;
  }
  return undefined;
}

describe('frameSize', () => {
  it('reads the size of RGBA pixels and of anything with width and height', () => {
    expect(frameSize({ data: new Uint8ClampedArray(2 * 3 * 4), width: 2, height: 3 })).toEqual({
      width: 2,
      height: 3,
    });
    expect(frameSize({ width: 640, height: 480 } as ImageBitmap)).toEqual({ width: 640, height: 480 });
  });

  it('rejects frames that cannot be analysed with INVALID_IMAGE', () => {
    expect(codeOf(() => frameSize({ data: new Uint8ClampedArray(10), width: 2, height: 3 }))).toBe(
      'INVALID_IMAGE',
    );
    // A closed ImageBitmap reports 0x0.
    expect(codeOf(() => frameSize({ width: 0, height: 0 } as ImageBitmap))).toBe('INVALID_IMAGE');
    // A video without a frame yet.
    expect(codeOf(() => frameSize(document.createElement('video')))).toBe('INVALID_IMAGE');
    expect(codeOf(() => frameSize(null as never))).toBe('INVALID_IMAGE');
    expect(codeOf(() => frameSize({} as never))).toBe('INVALID_IMAGE');
  });
});
