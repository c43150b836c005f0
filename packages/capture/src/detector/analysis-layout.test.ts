import { describe, expect, it } from 'vitest';
import { analysisSourceSize, analysisTiles, iou } from './analysis-layout.js';

describe('analysisSourceSize', () => {
  it('scales the longer side down to the analysis size, never up', () => {
    expect(analysisSourceSize({ width: 640, height: 480 }, 256)).toEqual({ width: 256, height: 192 });
    expect(analysisSourceSize({ width: 480, height: 640 }, 256)).toEqual({ width: 192, height: 256 });
    expect(analysisSourceSize({ width: 1280, height: 720 }, 256)).toEqual({ width: 256, height: 144 });
    expect(analysisSourceSize({ width: 96, height: 96 }, 256)).toEqual({ width: 96, height: 96 });
  });

  it('keeps the shorter side at the analysis size for panoramas (they are tiled)', () => {
    expect(analysisSourceSize({ width: 2048, height: 922 }, 256)).toEqual({ width: 569, height: 256 });
  });
});

describe('analysisTiles', () => {
  it('analyses a camera frame whole, letterboxed into a square', () => {
    expect(analysisTiles({ width: 256, height: 192 }, 256)).toEqual([
      { x: 0, y: 0, width: 256, height: 192, side: 256, scale: 1 },
    ]);
    expect(analysisTiles({ width: 640, height: 480 }, 256)).toEqual([
      { x: 0, y: 0, width: 640, height: 480, side: 256, scale: 0.4 },
    ]);
    // 16:9 is not a panorama.
    expect(analysisTiles({ width: 1280, height: 720 }, 256)).toHaveLength(1);
  });

  it('cuts panoramas into overlapping squares covering every pixel', () => {
    const tiles = analysisTiles({ width: 2048, height: 922 }, 256);
    expect(tiles).toHaveLength(3);
    expect(tiles.map((t) => t.x)).toEqual([0, 563, 1126]);
    for (const t of tiles) expect(t).toMatchObject({ y: 0, width: 922, height: 922, side: 256 });
    expect(tiles[2]!.x + tiles[2]!.width).toBe(2048);
    const tall = analysisTiles({ width: 300, height: 700 }, 256);
    expect(tall.map((t) => [t.x, t.y, t.width])).toEqual([
      [0, 0, 300],
      [0, 200, 300],
      [0, 400, 300],
    ]);
  });
});

describe('iou', () => {
  it('is 1 for the same box, 0 for disjoint ones, and in between for overlaps', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(iou(a, a)).toBe(1);
    expect(iou(a, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
    expect(iou(a, { x: 5, y: 0, width: 10, height: 10 })).toBeCloseTo(50 / 150);
  });
});
