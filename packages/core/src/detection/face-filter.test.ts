import { describe, expect, it } from 'vitest';
import { LivenessError } from '../errors/liveness-error.js';
import type { DetectedFace } from './face-detector.js';
import { createConsecutiveFaceFilter, filterFaces } from './face-filter.js';

function face(score: number, size: number, x = 10): DetectedFace {
  return { box: { x, y: 10, width: size, height: size * 1.1 }, score };
}

describe('filterFaces', () => {
  const frame = { width: 640, height: 480 };

  it('keeps every face with no options', () => {
    const faces = [face(0.1, 5), face(0.9, 200)];
    expect(filterFaces(faces, frame)).toEqual(faces);
  });

  it('drops faces under the minimum score, keeping the order of the rest', () => {
    const a = face(0.95, 100, 1);
    const b = face(0.59, 100, 2);
    const c = face(0.6, 100, 3);
    expect(filterFaces([a, b, c], frame, { minScore: 0.6 })).toEqual([a, c]);
  });

  it("compares the box's longer side with a fraction of the frame's shorter side", () => {
    // 0.1 of 480 = 48 px: a 44 px wide, 48.4 px high box stays, a 40 x 44 one goes.
    const kept = face(0.9, 44);
    const dropped = face(0.9, 40);
    expect(filterFaces([kept, dropped], frame, { minFaceSize: 0.1 })).toEqual([kept]);
    // Portrait frame: the shorter side is now the width (480 too), same answer.
    expect(filterFaces([kept, dropped], { width: 480, height: 640 }, { minFaceSize: 0.1 })).toEqual([kept]);
  });

  it('rejects options outside 0-1 with a typed error', () => {
    expect(() => filterFaces([], frame, { minScore: 1.5 })).toThrow(LivenessError);
    expect(() => filterFaces([], frame, { minFaceSize: -0.1 })).toThrow(/minFaceSize/);
    expect(() => filterFaces([], frame, { minScore: Number.NaN })).toThrow(LivenessError);
  });
});

describe('createConsecutiveFaceFilter', () => {
  it('reports faces only from the Nth consecutive frame with a face', () => {
    const filter = createConsecutiveFaceFilter({ frames: 3 });
    const f = [face(0.9, 100)];
    expect(filter.push(f)).toEqual([]);
    expect(filter.push(f)).toEqual([]);
    expect(filter.push(f)).toEqual(f);
    expect(filter.push(f)).toEqual(f);
    expect(filter.streak).toBe(4);
  });

  it('ends the streak on the first frame without a face', () => {
    const filter = createConsecutiveFaceFilter({ frames: 2 });
    const f = [face(0.9, 100)];
    filter.push(f);
    expect(filter.push(f)).toEqual(f);
    expect(filter.push([])).toEqual([]);
    expect(filter.streak).toBe(0);
    // One stray detection between empty frames never gets through.
    expect(filter.push(f)).toEqual([]);
    expect(filter.push([])).toEqual([]);
  });

  it('passes everything through with frames: 1, and reset() forgets the streak', () => {
    const filter = createConsecutiveFaceFilter({ frames: 1 });
    const f = [face(0.9, 100)];
    expect(filter.push(f)).toEqual(f);
    const two = createConsecutiveFaceFilter({ frames: 2 });
    two.push(f);
    two.reset();
    expect(two.push(f)).toEqual([]);
  });

  it('rejects a frame count that is not a positive integer', () => {
    expect(() => createConsecutiveFaceFilter({ frames: 0 })).toThrow(LivenessError);
    expect(() => createConsecutiveFaceFilter({ frames: 1.5 })).toThrow(/at least 1/);
  });
});
