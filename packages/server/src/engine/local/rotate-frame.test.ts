import { describe, expect, it } from 'vitest';
import type { RgbaFrame } from '@liveness-kit/core';
import { QUARTER_TURNS, rotateFrame, unrotateBox } from './rotate-frame.js';

/** A w x h frame whose pixel (x, y) has R = x, G = y. */
function coordinateFrame(w: number, h: number): RgbaFrame {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      data[i] = x;
      data[i + 1] = y;
      data[i + 3] = 255;
    }
  }
  return { data, width: w, height: h };
}

function pixel(frame: RgbaFrame, x: number, y: number): [number, number] {
  const i = (y * frame.width + x) * 4;
  return [frame.data[i]!, frame.data[i + 1]!];
}

describe('rotateFrame', () => {
  const frame = coordinateFrame(5, 3);

  it('turns clockwise by quarter turns, like sharp.rotate()', () => {
    const r90 = rotateFrame(frame, 90);
    expect([r90.width, r90.height]).toEqual([3, 5]);
    // The top-left pixel ends top-right after a clockwise quarter turn.
    expect(pixel(r90, 2, 0)).toEqual([0, 0]);
    expect(pixel(r90, 0, 4)).toEqual([4, 2]);

    const r180 = rotateFrame(frame, 180);
    expect([r180.width, r180.height]).toEqual([5, 3]);
    expect(pixel(r180, 4, 2)).toEqual([0, 0]);

    const r270 = rotateFrame(frame, 270);
    expect([r270.width, r270.height]).toEqual([3, 5]);
    expect(pixel(r270, 0, 4)).toEqual([0, 0]);
    expect(pixel(r270, 2, 0)).toEqual([4, 2]);
  });

  it('returns the same frame for 0 and four quarter turns give the original back', () => {
    expect(rotateFrame(frame, 0)).toBe(frame);
    let turned = frame;
    for (let i = 0; i < 4; i++) turned = rotateFrame(turned, 90);
    expect(Array.from(turned.data)).toEqual(Array.from(frame.data));
  });

  it('copes with pixel data that does not start on a 4-byte boundary', () => {
    const backing = new Uint8ClampedArray(frame.data.length + 1);
    backing.set(frame.data, 1);
    const offset = { ...frame, data: backing.subarray(1) };
    expect(Array.from(rotateFrame(offset, 180).data)).toEqual(Array.from(rotateFrame(frame, 180).data));
  });
});

describe('unrotateBox', () => {
  it('maps a box found on a turned frame back onto the unturned frame', () => {
    const w = 40;
    const h = 30;
    const frame = coordinateFrame(w, h);
    const box = { x: 6, y: 4, width: 10, height: 7 };
    for (const angle of QUARTER_TURNS) {
      const turned = rotateFrame(frame, angle);
      // Where the box's corners land on the turned frame: find them by their coordinates.
      const corners: Array<[number, number]> = [];
      for (let y = 0; y < turned.height; y++) {
        for (let x = 0; x < turned.width; x++) {
          const [sx, sy] = pixel(turned, x, y);
          if (
            (sx === box.x || sx === box.x + box.width - 1) &&
            (sy === box.y || sy === box.y + box.height - 1)
          ) {
            corners.push([x, y]);
          }
        }
      }
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const turnedBox = {
        x: Math.min(...xs),
        y: Math.min(...ys),
        width: Math.max(...xs) - Math.min(...xs) + 1,
        height: Math.max(...ys) - Math.min(...ys) + 1,
      };
      expect(unrotateBox(turnedBox, angle, w, h)).toEqual(box);
    }
  });
});
