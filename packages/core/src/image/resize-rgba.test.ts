import { describe, expect, it } from 'vitest';
import { shrinkRgba } from './resize-rgba.js';

describe('shrinkRgba', () => {
  it('averages each block of source pixels', () => {
    // 4x2 → 2x1: left block (0, 100, 20, 40) and right block all 200.
    const data = new Uint8ClampedArray([
      0, 0, 0, 255, 100, 100, 100, 255, 200, 200, 200, 255, 200, 200, 200, 255, 20, 20, 20, 255, 40, 40, 40,
      255, 200, 200, 200, 255, 200, 200, 200, 255,
    ]);
    const out = shrinkRgba({ data, width: 4, height: 2 }, 2, 1);
    expect(Array.from(out.data)).toEqual([40, 40, 40, 255, 200, 200, 200, 255]);
  });

  it('handles sizes that do not divide evenly and returns the frame itself at equal size', () => {
    const width = 7;
    const height = 5;
    const data = new Uint8ClampedArray(width * height * 4).fill(77);
    const frame = { data, width, height };
    expect(shrinkRgba(frame, 7, 5)).toBe(frame);
    const out = shrinkRgba(frame, 3, 2);
    expect(out.width).toBe(3);
    expect(out.data.length).toBe(3 * 2 * 4);
    expect(new Set(out.data)).toEqual(new Set([77]));
  });
});
