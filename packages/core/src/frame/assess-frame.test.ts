import { fixturesIn } from '@liveness-kit/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import type { DetectedFace } from '../detection/face-detector.js';
import { assessFrame } from './assess-frame.js';
import { DEFAULT_FRAME_THRESHOLDS } from './frame-thresholds.js';
import { GUIDANCE_CODES } from './guidance-code.js';
import { createStabilityTracker } from './stability.js';
import { disposeFixtureFaces, fixtureWithFaces } from './testing/fixture-faces.js';
import { greyFrame, solidFrame } from './testing/synthetic-frames.js';

afterAll(disposeFixtureFaces);

const IMAGE_CODES = ['TOO_DARK', 'TOO_BRIGHT', 'BLURRY'];

async function assessFixture(relative: string) {
  const { frame, faces } = await fixtureWithFaces(relative);
  return assessFrame({ frame, faces, timestamp: 0 });
}

// Real detection: loading BlazeFace and decoding photos can take seconds on a busy machine.
describe('assessFrame on fixture photos, faces found by BlazeFace', { timeout: 30_000 }, () => {
  it.each([
    ['derived/dark-underexposed-01.jpg', 'TOO_DARK'],
    ['derived/overexposed-blownout-01.jpg', 'TOO_BRIGHT'],
    ['derived/blur-gaussian-01.jpg', 'BLURRY'],
    ['derived/blur-motion-01.jpg', 'BLURRY'],
  ])('%s → %s', async (relative, expected) => {
    const result = await assessFixture(relative);
    expect(result.metrics.framing.faceCount).toBe(1);
    expect(result.codes).toContain(expected);
    expect(result.ready).toBe(false);
    // Measured on the padded face box, not the whole frame.
    expect(result.metrics.region.width).toBeLessThan(480);
    // These photos are close-ups (MOVE_BACK comes first); with framing out of the way the pixel
    // check is the primary hint.
    const { frame, faces } = await fixtureWithFaces(relative);
    const unframed = assessFrame({
      frame,
      faces,
      timestamp: 0,
      thresholds: { maxFaceToOval: 10, maxCenterOffset: 10 },
    });
    expect(unframed.primary).toBe(expected);
  });

  const portraits = fixturesIn('single').map((f) => f.path);

  it('has five portraits in single/', () => {
    expect(portraits.length).toBeGreaterThanOrEqual(5);
  });

  it.each(portraits)('%s passes the exposure and sharpness checks', async (relative) => {
    const result = await assessFixture(relative);
    expect(result.metrics.framing.faceCount).toBe(1);
    expect(result.codes.filter((c) => IMAGE_CODES.includes(c))).toEqual([]);
    const { exposure, sharpness, region } = result.metrics;
    expect(exposure.verdict).toBe('ok');
    expect(exposure.brightShare).toBeLessThanOrEqual(DEFAULT_FRAME_THRESHOLDS.maxBrightShare);
    expect(exposure.darkShare).toBeLessThanOrEqual(DEFAULT_FRAME_THRESHOLDS.maxDarkShare);
    expect(exposure.highlight).toBeGreaterThanOrEqual(DEFAULT_FRAME_THRESHOLDS.minHighlight);
    // Exposure is measured on the skin, inside the region sharpness is measured on.
    expect(exposure.region.width).toBeLessThan(region.width / 2);
    expect(exposure.region.x).toBeGreaterThan(region.x);
    expect(sharpness).toBeGreaterThan(DEFAULT_FRAME_THRESHOLDS.minSharpness);
  });

  it('a webcam portrait becomes READY once the face has been still for 500 ms', async () => {
    const { frame, faces } = await fixtureWithFaces('single/man-glasses-webcam.jpg');
    const tracker = createStabilityTracker();
    const first = assessFrame({ frame, faces, timestamp: 1000, tracker });
    expect(first).toMatchObject({ primary: 'HOLD_STILL', codes: ['HOLD_STILL'], ready: false });
    expect(assessFrame({ frame, faces, timestamp: 1300, tracker }).primary).toBe('HOLD_STILL');
    const ready = assessFrame({ frame, faces, timestamp: 1500, tracker });
    expect(ready).toMatchObject({ primary: 'READY', codes: [], ready: true });
    expect(ready.metrics.stability?.stillForMs).toBe(500);
    // The face leaves: the tracker starts over.
    expect(assessFrame({ frame, faces: [], timestamp: 1600, tracker }).primary).toBe('NO_FACE');
    expect(assessFrame({ frame, faces, timestamp: 1700, tracker }).primary).toBe('HOLD_STILL');
  });

  it('measures the whole frame when there is no single face', async () => {
    const group = await fixtureWithFaces('multi/group-3-office.jpg');
    const result = assessFrame({ ...group, timestamp: 0 });
    expect(result.primary).toBe('MULTIPLE_FACES');
    expect(result.metrics.region).toEqual({
      x: 0,
      y: 0,
      width: group.frame.width,
      height: group.frame.height,
    });
    expect(result.metrics.exposure.region).toEqual(result.metrics.region);
  });
});

/** A 640x480 frame: 3 px squares of `tones` where `inside(x, y)`, else `outside`. Sharp, not clipped. */
function midToneCheckerboard(
  inside: (x: number, y: number) => boolean,
  tones: [number, number] = [60, 190],
  outside = 128,
) {
  return greyFrame(640, 480, (x, y) =>
    inside(x, y) ? tones[(Math.floor(x / 3) + Math.floor(y / 3)) % 2]! : outside,
  );
}

describe('assessFrame priority and options', () => {
  const centred: DetectedFace = { box: { x: 200, y: 125, width: 240, height: 240 }, score: 0.95 };

  it('lists every failing code in GUIDANCE_CODES order and picks the first as primary', () => {
    // Flat black frame, a face too small and off centre: dark, closer, centre, blurry.
    const frame = solidFrame(640, 480, [5, 5, 5]);
    const small: DetectedFace = { box: { x: 20, y: 20, width: 60, height: 60 }, score: 0.9 };
    const result = assessFrame({ frame, faces: [small], timestamp: 0, tracker: createStabilityTracker() });
    expect(result.codes).toEqual(['TOO_DARK', 'MOVE_CLOSER', 'CENTER_FACE', 'BLURRY', 'HOLD_STILL']);
    expect(result.primary).toBe('TOO_DARK');
    const order = result.codes.map((c) => GUIDANCE_CODES.indexOf(c));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('puts NO_FACE before everything and never asks to hold still without a tracker', () => {
    const frame = solidFrame(64, 48, [250, 250, 250]);
    expect(assessFrame({ frame, faces: [], timestamp: 0 }).codes).toEqual([
      'NO_FACE',
      'TOO_BRIGHT',
      'BLURRY',
    ]);
    const sharp = midToneCheckerboard((x, y) => x >= 0 && y >= 0);
    const result = assessFrame({ frame: sharp, faces: [centred], timestamp: 0 });
    expect(result).toMatchObject({ primary: 'READY', ready: true, codes: [] });
    expect(result.metrics.stability).toBeNull();
    // The face box grown by 10 % on each side.
    expect(result.metrics.region).toEqual({ x: 176, y: 101, width: 288, height: 288 });
  });

  it('judges exposure on the face skin, not on a white wall, from its key points when given', () => {
    // A light face (luma 150/230 texture) filling the box, on a white wall.
    const inBox = (x: number, y: number) => x >= 200 && x < 440 && y >= 125 && y < 365;
    const frame = midToneCheckerboard(inBox, [150, 230], 255);
    const result = assessFrame({ frame, faces: [centred], timestamp: 0 });
    // The old rule (mean of the padded box over 70) said TOO_BRIGHT.
    expect(result.metrics.luminance.mean).toBeGreaterThan(70);
    expect(result).toMatchObject({ primary: 'READY', codes: [] });
    // Columns 30-70 % and rows 30-75 % of the box.
    expect(result.metrics.exposure).toMatchObject({
      verdict: 'ok',
      brightShare: 0,
      region: { x: 272, y: 197, width: 96, height: 108 },
    });
    const landmarks: Array<[number, number]> = [
      [290, 190],
      [350, 190],
      [320, 230],
      [320, 280],
      [210, 220],
      [430, 220],
    ];
    const withPoints = assessFrame({ frame, faces: [{ ...centred, landmarks }], timestamp: 0 });
    expect(withPoints.metrics.exposure.region).toEqual({ x: 290, y: 190, width: 60, height: 117 });
    // The same face blown out: TOO_BRIGHT.
    const blown = midToneCheckerboard(inBox, [240, 255], 255);
    expect(assessFrame({ frame: blown, faces: [centred], timestamp: 0 }).codes).toEqual(['TOO_BRIGHT']);
  });

  describe('head pose (LOOK_STRAIGHT)', () => {
    /** BlazeFace-like key points in the centred box, the nose `shift` px towards the image's left. */
    const keypoints = (shift: number): Array<[number, number]> => [
      [290, 215],
      [350, 215],
      [320 - shift, 245],
      [320, 281],
      [250, 230],
      [390, 230],
    ];
    const sharp = midToneCheckerboard((x, y) => x >= 0 && y >= 0);

    it('passes a frontal face and reports its pose', () => {
      const result = assessFrame({
        frame: sharp,
        faces: [{ ...centred, landmarks: keypoints(0) }],
        timestamp: 0,
      });
      expect(result).toMatchObject({ primary: 'READY', codes: [] });
      expect(Math.abs(result.metrics.pose!.yaw)).toBeLessThan(2);
    });

    it('asks a turned face to look straight, and reports the pose it judged', () => {
      const result = assessFrame({
        frame: sharp,
        faces: [{ ...centred, landmarks: keypoints(50) }],
        timestamp: 0,
      });
      expect(result.codes).toEqual(['LOOK_STRAIGHT']);
      expect(result.primary).toBe('LOOK_STRAIGHT');
      expect(result.metrics.pose!.yaw).toBeGreaterThan(DEFAULT_FRAME_THRESHOLDS.maxYaw);
      // The same face within a wider limit.
      const lenient = assessFrame({
        frame: sharp,
        faces: [{ ...centred, landmarks: keypoints(50) }],
        timestamp: 0,
        thresholds: { maxYaw: 60 },
      });
      expect(lenient.codes).toEqual([]);
    });

    it('checks pitch and roll limits too, and trusts the detector its own pose', () => {
      const pose = (p: Partial<{ yaw: number; pitch: number; roll: number }>) => ({
        yaw: 0,
        pitch: 0,
        roll: 0,
        ...p,
      });
      for (const [given, code] of [
        [pose({ pitch: -30 }), ['LOOK_STRAIGHT']],
        [pose({ roll: 36 }), ['LOOK_STRAIGHT']],
        [pose({ yaw: -24, pitch: 24, roll: -34 }), []],
      ] as const) {
        // The key points say frontal: the detector's pose wins.
        const face = { ...centred, landmarks: keypoints(0), pose: given };
        const result = assessFrame({ frame: sharp, faces: [face], timestamp: 0 });
        expect(result.codes).toEqual(code);
        expect(result.metrics.pose).toEqual(given);
      }
    });

    it('comes after the framing codes and before BLURRY', () => {
      const small: DetectedFace = {
        box: { x: 20, y: 20, width: 60, height: 60 },
        score: 0.9,
        pose: { yaw: 40, pitch: 0, roll: 0 },
      };
      const blurry = solidFrame(640, 480, [128, 128, 128]);
      const result = assessFrame({ frame: blurry, faces: [small], timestamp: 0 });
      expect(result.codes).toEqual(['MOVE_CLOSER', 'CENTER_FACE', 'LOOK_STRAIGHT', 'BLURRY']);
      const fitted = assessFrame({ frame: blurry, faces: [{ ...centred, pose: small.pose! }], timestamp: 0 });
      expect(fitted.codes).toEqual(['LOOK_STRAIGHT', 'BLURRY']);
      expect(fitted.primary).toBe('LOOK_STRAIGHT');
      expect(GUIDANCE_CODES.indexOf('LOOK_STRAIGHT')).toBe(GUIDANCE_CODES.indexOf('CENTER_FACE') + 1);
    });

    it('has no pose without landmarks or without exactly one face', () => {
      expect(assessFrame({ frame: sharp, faces: [centred], timestamp: 0 }).metrics.pose).toBeNull();
      const turned = { ...centred, pose: { yaw: 50, pitch: 0, roll: 0 } };
      const two = assessFrame({
        frame: sharp,
        faces: [turned, { ...turned, box: { ...turned.box, x: 20 } }],
        timestamp: 0,
      });
      expect(two.metrics.pose).toBeNull();
      expect(two.codes).not.toContain('LOOK_STRAIGHT');
    });
  });

  it('applies threshold overrides', () => {
    const frame = midToneCheckerboard((x, y) => x >= 0 && y >= 0);
    const strict = assessFrame({
      frame,
      faces: [centred],
      timestamp: 0,
      thresholds: { minHighlight: 80, minSharpness: 1e9 },
    });
    expect(strict.codes).toEqual(['TOO_DARK', 'BLURRY']);
  });

  it('measures minFacePixels in the uploaded image when the frame is a smaller copy of it', () => {
    // A 320x240 copy with a centred 90 px face that fits the default oval: 90 px is under the
    // default 100 px, but it is 180 px in the 640 px frame that is uploaded.
    const copy = solidFrame(320, 240, [128, 128, 128]);
    const face: DetectedFace = { box: { x: 115, y: 75, width: 90, height: 90 }, score: 0.95 };
    const codes = (uploadWidth?: number) =>
      assessFrame({ frame: copy, faces: [face], timestamp: 0, uploadWidth }).codes;
    expect(codes(640)).not.toContain('MOVE_CLOSER');
    expect(codes()).toContain('MOVE_CLOSER');
    expect(codes(320)).toContain('MOVE_CLOSER');
    // The limit scales with the upload: 90 px at 2x is 180 px, under a 200 px minimum.
    const strict = assessFrame({
      frame: copy,
      faces: [face],
      timestamp: 0,
      uploadWidth: 640,
      thresholds: { minFacePixels: 200 },
    });
    expect(strict.codes).toContain('MOVE_CLOSER');
    // The oval rule is relative and does not change with the upload's size.
    expect(strict.metrics.framing.faceToOval).toBeCloseTo(90 / 176, 5);
  });

  it('rejects bad input with typed errors', () => {
    const frame = solidFrame(8, 8, [1, 1, 1]);
    expect(() =>
      assessFrame({ frame: { data: new Uint8Array(1), width: 8, height: 8 }, faces: [], timestamp: 0 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_IMAGE' }));
    expect(() => assessFrame({ frame, faces: [], timestamp: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() => assessFrame({ frame, faces: [], timestamp: 0, thresholds: { minSharpness: -2 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    for (const uploadWidth of [0, -640, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => assessFrame({ frame, faces: [], timestamp: 0, uploadWidth })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTIONS' }),
      );
    }
    expect(() => assessFrame(undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});
