import { DEFAULT_FRAMING_OVAL } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { checkPhotoFrame, createFrameCheck } from './frame-check.js';

// A 320x240 analysis copy (mid grey) with one centred 90 px face that fits the default oval.
const pixels = { data: new Uint8ClampedArray(320 * 240 * 4).fill(128), width: 320, height: 240 };
const faces = [{ box: { x: 115, y: 75, width: 90, height: 90 }, score: 0.95 }];

// The rule itself is core's (assessFrame's `uploadWidth`); these check that the live and photo
// checks hand it the uploaded frame's width.
describe('the frame check measures minFacePixels on the uploaded image, not the analysis copy', () => {
  it('a 90 px face in the copy of a 640 px frame is 180 px uploaded: not too small', () => {
    const check = createFrameCheck({ oval: DEFAULT_FRAMING_OVAL, consecutiveFrames: 1 });
    expect(check.assess(pixels, faces, 0, 640).codes).not.toContain('MOVE_CLOSER');
  });

  it('the same face in a frame uploaded at 320 px is too small for the server', () => {
    const check = createFrameCheck({ oval: DEFAULT_FRAMING_OVAL, consecutiveFrames: 1 });
    expect(check.assess(pixels, faces, 0, 320).codes).toContain('MOVE_CLOSER');
    expect(check.assess(pixels, faces, 0).codes).toContain('MOVE_CLOSER');
  });

  it('photos from disk follow the same rule', () => {
    expect(checkPhotoFrame(pixels, faces, DEFAULT_FRAMING_OVAL, undefined, 1280)).not.toBe('MOVE_CLOSER');
    expect(checkPhotoFrame(pixels, faces, DEFAULT_FRAMING_OVAL, undefined, 320)).toBe('MOVE_CLOSER');
  });

  it('scales the face, not an overridden limit: 180 px uploaded is under a 200 px minimum', () => {
    const thresholds = { minFacePixels: 200 };
    expect(checkPhotoFrame(pixels, faces, DEFAULT_FRAMING_OVAL, thresholds, 640)).toBe('MOVE_CLOSER');
    expect(checkPhotoFrame(pixels, faces, DEFAULT_FRAMING_OVAL, thresholds, 1280)).not.toBe('MOVE_CLOSER');
    const check = createFrameCheck({ oval: DEFAULT_FRAMING_OVAL, thresholds, consecutiveFrames: 1 });
    expect(check.assess(pixels, faces, 0, 640).codes).toContain('MOVE_CLOSER');
    expect(check.assess(pixels, faces, 0, 1280).codes).not.toContain('MOVE_CLOSER');
  });
});

describe('a face seen but not yet believed', () => {
  it('is settling (no NO_FACE to show) until it has been found in enough frames in a row', () => {
    const check = createFrameCheck({ oval: DEFAULT_FRAMING_OVAL, consecutiveFrames: 2 });
    const first = check.assess(pixels, faces, 0, 640);
    expect(first.settling).toBe(true);
    const second = check.assess(pixels, faces, 33, 640);
    expect(second.settling).toBe(false);
    expect(second.codes).not.toContain('NO_FACE');
  });

  it('an empty frame is not settling: it is NO_FACE at once', () => {
    const check = createFrameCheck({ oval: DEFAULT_FRAMING_OVAL, consecutiveFrames: 2 });
    const empty = check.assess(pixels, [], 0, 640);
    expect(empty.settling).toBe(false);
    expect(empty.primary).toBe('NO_FACE');
  });
});
