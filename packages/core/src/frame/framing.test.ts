import { afterAll, describe, expect, it } from 'vitest';
import type { DetectedFace } from '../detection/face-detector.js';
import { assessFraming, DEFAULT_FRAMING_OVAL, ovalFromRatios } from './framing.js';
import { disposeFixtureFaces, fixtureWithFaces } from './testing/fixture-faces.js';

const frame = { width: 640, height: 480 };
// Default oval on 640x480: centre (320, 240), 352 px wide, 384 px tall.
const face = (x: number, y: number, size: number, score = 0.9): DetectedFace => ({
  box: { x: x - size / 2, y: y - size / 2, width: size, height: size },
  score,
});

afterAll(disposeFixtureFaces);

describe('assessFraming', () => {
  it('says FITTED for one centred face of a good size and reports the measures', () => {
    const result = assessFraming([face(320, 240, 230)], frame);
    expect(result.code).toBe('FITTED');
    expect(result.codes).toEqual([]);
    expect(result.faceCount).toBe(1);
    // The oval is narrower (352 px) than tall (384 px): the width decides.
    expect(result.faceToOval).toBeCloseTo(230 / 352, 5);
    expect(result.centerOffset).toEqual({ x: 0, y: 0, distance: 0 });
  });

  it('asks to move closer to a small face and back from a large one', () => {
    expect(assessFraming([face(320, 240, 120)], frame).code).toBe('MOVE_CLOSER');
    expect(assessFraming([face(320, 240, 370)], frame).code).toBe('MOVE_BACK');
  });

  it('asks to move closer to a face with too few pixels for the server, even when it fits the oval', () => {
    // A 160x120 photo: the oval is 88 px wide, a 60 px face fills 68% of it but is under 100 px.
    const small = { width: 160, height: 120 };
    const result = assessFraming([face(80, 60, 60)], small);
    expect(result.faceToOval).toBeCloseTo(60 / 88, 5);
    expect(result.code).toBe('MOVE_CLOSER');
    expect(assessFraming([face(80, 60, 60)], small, undefined, { minFacePixels: 50 }).code).toBe('FITTED');
    // The same 160x120 frame as the copy of a 640 px wide upload: the face is 240 px there.
    expect(assessFraming([face(80, 60, 60)], small, undefined, undefined, 640).code).toBe('FITTED');
  });

  it('uses the tighter axis of the oval: a face as wide as a tall narrow oval is too close', () => {
    // Portrait 480x640: the oval is 264 px wide, 512 px tall.
    const portrait = { width: 480, height: 640 };
    const result = assessFraming([face(240, 320, 250)], portrait);
    expect(result.faceToOval).toBeCloseTo(250 / 264, 5);
    expect(result.code).toBe('MOVE_BACK');
  });

  it('asks to centre an off-centre face, in oval radii, and keeps the size verdict first', () => {
    const right = assessFraming([face(320 + 0.5 * 176, 240, 230)], frame);
    expect(right.code).toBe('CENTER_FACE');
    expect(right.centerOffset?.x).toBeCloseTo(0.5, 5);
    expect(right.centerOffset?.y).toBe(0);
    const smallAndHigh = assessFraming([face(320, 240 - 0.6 * 192, 100)], frame);
    expect(smallAndHigh.codes).toEqual(['MOVE_CLOSER', 'CENTER_FACE']);
    expect(smallAndHigh.code).toBe('MOVE_CLOSER');
    expect(smallAndHigh.centerOffset?.y).toBeCloseTo(-0.6, 5);
  });

  it('drops low scores and small boxes before counting faces', () => {
    expect(assessFraming([], frame).code).toBe('NO_FACE');
    expect(assessFraming([face(320, 240, 230, 0.3)], frame).code).toBe('NO_FACE');
    // 20 px is under 5% of 480.
    expect(assessFraming([face(100, 100, 20)], frame).code).toBe('NO_FACE');
    const withBackground = assessFraming(
      [face(320, 240, 230), face(100, 100, 20), face(500, 100, 200, 0.2)],
      frame,
    );
    expect(withBackground.code).toBe('FITTED');
    expect(withBackground.faceCount).toBe(1);
    const two = assessFraming([face(200, 240, 150), face(450, 240, 150)], frame);
    expect(two).toMatchObject({ code: 'MULTIPLE_FACES', faceCount: 2, face: null, faceToOval: null });
    // Thresholds are configurable.
    expect(assessFraming([face(320, 240, 230, 0.3)], frame, undefined, { minFaceScore: 0.2 }).code).toBe(
      'FITTED',
    );
  });

  it('ignores detections with broken boxes instead of crashing', () => {
    const broken: DetectedFace = { box: { x: Number.NaN, y: 0, width: 100, height: 100 }, score: 0.9 };
    expect(assessFraming([broken, face(320, 240, 230)], frame).code).toBe('FITTED');
  });

  it('takes any oval: off-centre and from OvalGuide ratios', () => {
    const leftOval = { cx: 0.3, cy: 0.5, rx: 0.2, ry: 0.35 };
    expect(assessFraming([face(0.3 * 640, 240, 200)], frame, leftOval).code).toBe('FITTED');
    expect(assessFraming([face(320, 240, 200)], frame, leftOval).code).toBe('CENTER_FACE');
    expect(ovalFromRatios(0.55, 0.8)).toEqual({ ...DEFAULT_FRAMING_OVAL });
  });

  it('rejects bad frame sizes, ovals and thresholds with INVALID_OPTIONS', () => {
    const invalid = expect.objectContaining({ name: 'LivenessError', code: 'INVALID_OPTIONS' });
    expect(() => assessFraming([], { width: 0, height: 480 })).toThrow(invalid);
    expect(() => assessFraming([], frame, { cx: 0.5, cy: 0.5, rx: 0, ry: 0.4 })).toThrow(invalid);
    expect(() => assessFraming([], frame, undefined, { minFaceToOval: -1 })).toThrow(invalid);
    expect(() => assessFraming([], frame, undefined, { minFaceToOval: 0.95, maxFaceToOval: 0.5 })).toThrow(
      invalid,
    );
    expect(() => assessFraming('faces' as never, frame)).toThrow(invalid);
  });

  it('counts real faces found by BlazeFace in fixture photos', { timeout: 30_000 }, async () => {
    const group = await fixtureWithFaces('multi/group-3-office.jpg');
    expect(assessFraming(group.faces, group.frame)).toMatchObject({ code: 'MULTIPLE_FACES', faceCount: 3 });
    const none = await fixtureWithFaces('noface/landscape.jpg');
    expect(assessFraming(none.faces, none.frame).code).toBe('NO_FACE');
    const tiny = await fixtureWithFaces('derived/tiny-face-in-large-frame-01.jpg');
    expect(assessFraming(tiny.faces, tiny.frame).code).toBe('MOVE_CLOSER');
    const webcam = await fixtureWithFaces('single/man-glasses-webcam.jpg');
    const fitted = assessFraming(webcam.faces, webcam.frame);
    expect(fitted.faceCount).toBe(1);
    expect(fitted.code).toBe('FITTED');
  });
});
