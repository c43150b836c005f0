import { describe, expect, it } from 'vitest';
import { isLivenessError } from '../errors/liveness-error.js';
import { assessFraming, DEFAULT_FRAMING_OVAL, ovalFromRatios } from './framing.js';
import { LANDSCAPE_OVAL, ovalForFrame, PORTRAIT_OVAL_MAX_HEIGHT } from './oval-for-frame.js';

/** The oval's size in the frame's pixels. */
const pixels = (frame: { width: number; height: number }) => {
  const oval = ovalForFrame(frame);
  return { width: oval.widthRatio * frame.width, height: oval.heightRatio * frame.height };
};

describe('ovalForFrame', () => {
  it('keeps the landscape default (0.55 x 0.8, framing’s default oval) for landscape, square and unknown frames', () => {
    for (const frame of [
      { width: 640, height: 480 },
      { width: 1280, height: 720 },
      { width: 480, height: 480 },
      null,
    ]) {
      expect(ovalForFrame(frame)).toEqual({ widthRatio: 0.55, heightRatio: 0.8 });
    }
    expect(ovalFromRatios(LANDSCAPE_OVAL.widthRatio, LANDSCAPE_OVAL.heightRatio)).toEqual(
      DEFAULT_FRAMING_OVAL,
    );
  });

  it('gives a portrait frame an upright-face oval: 0.75 of the width, 4:5 in pixels', () => {
    expect(pixels({ width: 480, height: 640 })).toEqual({ width: 360, height: 450 });
    const oval = ovalForFrame({ width: 480, height: 640 });
    expect(oval.widthRatio).toBe(0.75);
    expect(oval.heightRatio).toBeCloseTo(450 / 640, 10);
    for (const frame of [
      { width: 720, height: 960 },
      { width: 720, height: 1280 },
      { width: 1080, height: 1920 },
    ]) {
      const size = pixels(frame);
      expect(size.width / size.height).toBeCloseTo(4 / 5, 10);
      expect(size.width / frame.width).toBeCloseTo(0.75, 10);
    }
  });

  it('narrows the oval of a frame barely taller than wide so it stays 4:5 and inside the frame', () => {
    const frame = { width: 600, height: 640 };
    const oval = ovalForFrame(frame);
    expect(oval.heightRatio).toBe(PORTRAIT_OVAL_MAX_HEIGHT);
    const size = pixels(frame);
    expect(size.width / size.height).toBeCloseTo(4 / 5, 10);
    expect(oval.widthRatio).toBeLessThan(0.75);
  });

  it('frames a face held at the same share of the narrow side in a portrait frame as in a landscape one', () => {
    // A face 230 px wide fills the landscape oval (352 px) at 0.65; 0.65 of the portrait oval's
    // 360 px is 234 px: the same face fits both ovals.
    const portrait = { width: 480, height: 640 };
    const oval = ovalForFrame(portrait);
    const face = { box: { x: 240 - 117, y: 320 - 117, width: 234, height: 234 }, score: 0.9 };
    const framing = assessFraming([face], portrait, ovalFromRatios(oval.widthRatio, oval.heightRatio));
    expect(framing.code).toBe('FITTED');
    expect(framing.faceToOval).toBeCloseTo(0.65, 5);
    // The landscape shares in that frame (264x512 px) would ask a face of that size to move back.
    const thin = assessFraming(
      [{ ...face, box: { ...face.box, width: 250, height: 250, x: 115, y: 195 } }],
      portrait,
    );
    expect(thin.code).toBe('MOVE_BACK');
  });

  it('throws INVALID_OPTIONS for a size that is not two positive numbers', () => {
    for (const frame of [
      { width: 0, height: 480 },
      { width: 640, height: Number.NaN },
      { width: -1, height: 2 },
    ]) {
      let caught: unknown;
      try {
        ovalForFrame(frame);
      } catch (error) {
        caught = error;
      }
      expect(isLivenessError(caught) && caught.code).toBe('INVALID_OPTIONS');
    }
  });
});
