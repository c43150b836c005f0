import { describe, expect, it } from 'vitest';
import { LivenessError, type RgbaFrame } from '@liveness-kit/core';
import { bgrToChw, miniFasNetCrop, resizeCropBgr, type MiniFasNetCrop } from './minifasnet-crop.js';

/** An RGBA frame whose pixel (x, y) is `rgb(x, y)`. */
function frameOf(
  width: number,
  height: number,
  rgb: (x: number, y: number) => [number, number, number],
): RgbaFrame {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set([...rgb(x, y), 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** The whole frame as a crop. */
function whole(frame: RgbaFrame): MiniFasNetCrop {
  return { x1: 0, y1: 0, x2: frame.width - 1, y2: frame.height - 1, scale: 1 };
}

/** One channel (0 = B, 1 = G, 2 = R) of BGR output, as rows. */
function channel(bgr: Uint8Array, size: number, c: number): number[][] {
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => bgr[(y * size + x) * 3 + c]!),
  );
}

describe('miniFasNetCrop (the authors’ CropImage rule)', () => {
  const W = 1000;
  const H = 800;

  it('takes a box-centred rectangle at the full scale when the frame holds it', () => {
    // Centre (500, 400), 100 x 2.7 = 270 wide: 365..635.
    expect(miniFasNetCrop({ x: 450, y: 350, width: 100, height: 100 }, W, H, 2.7)).toEqual({
      x1: 365,
      y1: 265,
      x2: 635,
      y2: 535,
      scale: 2.7,
    });
  });

  it('truncates fractional corners', () => {
    // Centre (125.7, 230.3), 100 x 120: 75.7..175.7, 170.3..290.3.
    expect(miniFasNetCrop({ x: 100.7, y: 200.3, width: 50, height: 60 }, W, H, 2)).toEqual({
      x1: 75,
      y1: 170,
      x2: 175,
      y2: 290,
      scale: 2,
    });
  });

  it('shifts a rectangle that crosses the top-left edge back inside without shrinking it', () => {
    // Centre (60, 70), 400 x 400: -140..260 and -130..270 move to 0..400.
    expect(miniFasNetCrop({ x: 10, y: 20, width: 100, height: 100 }, W, H, 4)).toEqual({
      x1: 0,
      y1: 0,
      x2: 400,
      y2: 400,
      scale: 4,
    });
  });

  it('shifts a rectangle that crosses the bottom-right edge back to end on the last pixel', () => {
    // Centre (970, 775), 100 x 75: 920..1020 moves by 21 to 899..999; 737.5..812.5 by 13.5 to 724..799.
    expect(miniFasNetCrop({ x: 950, y: 760, width: 40, height: 30 }, W, H, 2.5)).toEqual({
      x1: 899,
      y1: 724,
      x2: 999,
      y2: 799,
      scale: 2.5,
    });
  });

  it('lowers the scale when the frame cannot hold the rectangle, and reports the scale used', () => {
    // s = min(799/500, 999/500, 2.7) = 1.598: 799 x 799 around (450, 350), moved down to y = 0.
    expect(miniFasNetCrop({ x: 200, y: 100, width: 500, height: 500 }, W, H, 2.7)).toEqual({
      x1: 50,
      y1: 0,
      x2: 849,
      y2: 799,
      scale: 1.598,
    });
  });

  it('collapses towards scale 1 when the face fills the image', () => {
    // s = min(799/800, 999/1000) = 0.99875: the whole frame.
    expect(miniFasNetCrop({ x: 0, y: 0, width: 1000, height: 800 }, W, H, 4)).toEqual({
      x1: 0,
      y1: 0,
      x2: 999,
      y2: 799,
      scale: 0.99875,
    });
  });

  it('keeps every crop inside the frame and w·s by h·s in size, wherever the box is', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 500; i++) {
      const width = 1 + random() * 900;
      const height = 1 + random() * 700;
      const box = { x: random() * 1200 - 200, y: random() * 1000 - 200, width, height };
      const crop = miniFasNetCrop(box, W, H, random() < 0.5 ? 2.7 : 4);
      expect(crop.x1).toBeGreaterThanOrEqual(0);
      expect(crop.y1).toBeGreaterThanOrEqual(0);
      expect(crop.x2).toBeLessThanOrEqual(W - 1);
      expect(crop.y2).toBeLessThanOrEqual(H - 1);
      // Truncating both corners changes the span by less than one pixel.
      expect(Math.abs(crop.x2 - crop.x1 - width * crop.scale)).toBeLessThan(1);
      expect(Math.abs(crop.y2 - crop.y1 - height * crop.scale)).toBeLessThan(1);
    }
  });

  it('refuses a box without a positive size', () => {
    expect(() => miniFasNetCrop({ x: 10, y: 10, width: 0, height: 20 }, W, H, 2.7)).toThrow(LivenessError);
    expect(() => miniFasNetCrop({ x: NaN, y: 10, width: 20, height: 20 }, W, H, 2.7)).toThrow(LivenessError);
  });
});

describe('resizeCropBgr (cv2.resize INTER_LINEAR, bit for bit)', () => {
  it('samples at half-pixel centres with OpenCV’s fixed-point rounding when shrinking', () => {
    // 3 -> 2 columns: x = (d + 0.5) * 1.5 - 0.5 = 0.25 and 1.75, weights (1536, 512) and (512, 1536)
    // of 2048. Column 0: row sum 10*1536 + 20*512 = 25600; vertical ((25600 >> 4) * 1536 >> 16) +
    // ((25600 >> 4) * 512 >> 16) = 37 + 12 = 49; (49 + 2) >> 2 = 12 (exact bilinear: 12.5).
    // Column 1: 20*512 + 30*1536 = 56320 -> 82 + 27 = 109 -> 27 (exact: 27.5). cv2 gives 12 and 27.
    const frame = frameOf(3, 3, (x) => [10 * (x + 1), 0, 0]);
    const bgr = resizeCropBgr(frame, whole(frame), 2);
    expect(channel(bgr, 2, 2)).toEqual([
      [12, 27],
      [12, 27],
    ]);
    // Red lands last (BGR); the empty channels stay 0.
    expect(channel(bgr, 2, 0)).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(channel(bgr, 2, 1)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('repeats the edge pixels when enlarging', () => {
    // 2 -> 4: x = -0.25, 0.25, 0.75, 1.25. The outer columns take the edge pixel; the inner ones mix
    // 3:1 and 1:3. Row 0 of [[0, 200], [100, 40]] reads row 0 twice: 0, 50, 150, 200. The other
    // rows are what cv2.resize (OpenCV 5.0.0) gives for this image.
    const values = [
      [0, 200],
      [100, 40],
    ];
    const frame = frameOf(2, 2, (x, y) => [0, values[y]![x]!, 0]);
    expect(channel(resizeCropBgr(frame, whole(frame), 4), 4, 1)).toEqual([
      [0, 50, 150, 200],
      [25, 59, 126, 160],
      [75, 76, 79, 80],
      [100, 85, 55, 40],
    ]);
  });

  it('averages 2x2 blocks, rounded, for an exact halving (OpenCV switches to INTER_AREA)', () => {
    const values = [
      [1, 2, 10, 20],
      [3, 4, 30, 41],
      [0, 0, 255, 255],
      [0, 1, 255, 254],
    ];
    const frame = frameOf(4, 4, (x, y) => [0, 0, values[y]![x]!]);
    // (1+2+3+4+2) >> 2 = 3, (10+20+30+41+2) >> 2 = 25, (0+0+0+1+2) >> 2 = 0, (1019+2) >> 2 = 255.
    expect(channel(resizeCropBgr(frame, whole(frame), 2), 2, 0)).toEqual([
      [3, 25],
      [0, 255],
    ]);
  });

  it('reads only the crop', () => {
    const frame = frameOf(6, 4, (x, y) =>
      x >= 2 && x <= 3 && y >= 1 && y <= 2 ? [9, 9, 9] : [200, 200, 200],
    );
    const bgr = resizeCropBgr(frame, { x1: 2, y1: 1, x2: 3, y2: 2, scale: 1 }, 3);
    expect([...bgr].every((v) => v === 9)).toBe(true);
  });

  it('refuses a crop outside the frame', () => {
    const frame = frameOf(4, 4, () => [0, 0, 0]);
    expect(() => resizeCropBgr(frame, { x1: 1, y1: 0, x2: 4, y2: 3, scale: 1 })).toThrow(LivenessError);
  });
});

describe('bgrToChw', () => {
  it('splits BGR pixels into B, G and R planes of floats', () => {
    const bgr = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([...bgrToChw(bgr, 2)]).toEqual([1, 4, 7, 10, 2, 5, 8, 11, 3, 6, 9, 12]);
  });
});
