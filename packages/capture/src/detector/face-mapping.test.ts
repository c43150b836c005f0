import type { FaceResult } from '@vladmandic/human';
import { describe, expect, it } from 'vitest';
import { analysisTiles } from './analysis-layout.js';
import { mergeOverlapping, tileMapping, toDetectedFace } from './face-mapping.js';

/** A face as Human reports it, reduced to the fields the mapping reads. */
function humanFace(fields: Partial<FaceResult>): FaceResult {
  return {
    id: 0,
    score: 0.9,
    boxScore: 0.9,
    faceScore: 0,
    box: [0, 0, 0, 0],
    boxRaw: [0, 0, 0, 0],
    size: [0, 0],
    mesh: [],
    meshRaw: [],
    annotations: {},
    ...fields,
  } as unknown as FaceResult;
}

describe('toDetectedFace', () => {
  const frame = { width: 640, height: 480 };
  // The worker gets a 256x192 copy of the 640x480 frame, padded to 256x256.
  const source = { width: 256, height: 192 };
  const [tile] = analysisTiles(source, 256);
  const map = tileMapping(tile!, source, frame);

  it("maps BlazeFace's box to frame pixels, undoing Human's 1.4x enlargement", () => {
    // Human's box: 56 px square at (100, 50) on the 256 canvas, i.e. BlazeFace's 40 px box enlarged.
    const face = humanFace({
      boxRaw: [100 / 256, 50 / 256, 56 / 256, 56 / 256],
      score: 0.93,
      mesh: [[120, 70, 0]],
    });
    const detected = toDetectedFace(face, map, frame, false);
    // Centre (128, 78) on the canvas → (320, 195) in the frame; 40 px → 100 px.
    expect(detected.box).toEqual({ x: 270, y: 145, width: 100, height: 100 });
    expect(detected.score).toBe(0.93);
    expect(detected.landmarks).toEqual([[300, 175]]);
    expect(detected.pose).toBeUndefined();
  });

  it('clamps boxes to the frame', () => {
    const face = humanFace({ boxRaw: [-20 / 256, -20 / 256, 56 / 256, 56 / 256] });
    // Centre (8, 8) on the canvas → (20, 20); 100 px wide → from -30 to 70, clamped to 0-70.
    expect(toDetectedFace(face, map, frame, false).box).toEqual({ x: 0, y: 0, width: 70, height: 70 });
  });

  it('boxes the mesh and converts the pose to degrees when the mesh ran', () => {
    const mesh = Array.from(
      { length: 468 },
      (_, i) => [100 + (i % 40), 60 + (i % 50), 0] as [number, number, number],
    );
    const face = humanFace({
      boxRaw: [0.3, 0.2, 0.3, 0.3],
      mesh,
      score: 0.99,
      rotation: {
        angle: { yaw: Math.PI / 6, pitch: -Math.PI / 18, roll: 0 },
        matrix: [1, 0, 0, 0, 1, 0, 0, 0, 1],
        gaze: { bearing: 0, strength: 0 },
      },
    });
    const detected = toDetectedFace(face, map, frame, true);
    // Mesh spans x 100-139 and y 60-109 on the canvas: × 2.5 into the frame.
    expect(detected.box).toEqual({ x: 250, y: 150, width: 97.5, height: 122.5 });
    expect(detected.pose).toEqual({ yaw: 30, pitch: -10, roll: 0 });
    expect(detected.landmarks).toHaveLength(468);
  });

  it('places faces of a panorama tile at the tile’s offset', () => {
    const panorama = { width: 2048, height: 922 };
    const copy = { width: 569, height: 256 };
    const tiles = analysisTiles(copy, 256);
    const last = tiles[tiles.length - 1]!;
    const m = tileMapping(last, copy, panorama);
    const face = humanFace({ boxRaw: [0, 0, 14 / 256, 14 / 256] });
    const { box } = toDetectedFace(face, m, panorama, false);
    // The last tile starts at x = 313 of the 569-px copy, i.e. 1126.5 px of the original.
    expect(box.x).toBeCloseTo((313 * 2048) / 569 + (2 * 2048) / 569, 0);
    expect(box.width).toBeCloseTo((10 * 2048) / 569, 0);
  });
});

describe('mergeOverlapping', () => {
  it('keeps the best of faces found twice and every separate face', () => {
    const face = (x: number, score: number) => ({ box: { x, y: 0, width: 100, height: 100 }, score });
    const merged = mergeOverlapping([face(0, 0.8), face(10, 0.95), face(300, 0.7)]);
    expect(merged).toEqual([face(10, 0.95), face(300, 0.7)]);
  });
});
