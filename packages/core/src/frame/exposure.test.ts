import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_THRESHOLDS } from './frame-thresholds.js';
import { exposureRegion, judgeExposure, measureExposure } from './exposure.js';
import { measureLuminance } from './luminance.js';
import type { Box } from './rgba-frame.js';
import { greyFrame, solidFrame } from './testing/synthetic-frames.js';

/** A 200x200 face box centred in a 600x600 frame; its skin region is (260..340, 260..350) px. */
const FACE: Box = { x: 200, y: 200, width: 200, height: 200 };
const SKIN = { x0: 260, x1: 340, y0: 260, y1: 350 };

/** A 600x600 frame: `background` everywhere, `face(x, y)` inside FACE's box. */
function faceFrame(background: number, face: (x: number, y: number) => number) {
  return greyFrame(600, 600, (x, y) =>
    x >= FACE.x && x < FACE.x + FACE.width && y >= FACE.y && y < FACE.y + FACE.height
      ? face(x, y)
      : background,
  );
}

/** Skin-like shading: luma from `lo` to `hi` (0-255) across the face, a smooth gradient. */
const shading = (lo: number, hi: number) => (x: number) => lo + ((hi - lo) * (x - FACE.x)) / FACE.width;

describe('measureExposure and judgeExposure', () => {
  it('finds uniform black frames under-exposed and white ones over-exposed', () => {
    const black = measureExposure(solidFrame(64, 48, [10, 10, 10]));
    expect(black).toMatchObject({ darkShare: 1, brightShare: 0, dynamicRange: 0, uniformity: 1 });
    expect(black.luminance).toBeCloseTo(3.92, 1);
    expect(judgeExposure(black)).toBe('under');
    const white = measureExposure(solidFrame(64, 48, [252, 252, 252]));
    expect(white).toMatchObject({ darkShare: 0, brightShare: 1, highlight: 98.82 });
    expect(judgeExposure(white)).toBe('over');
    // The borders of OFIQ's ranges (25 and 247 of 255) count as clipped.
    expect(measureExposure(solidFrame(8, 8, [25, 25, 25])).darkShare).toBe(1);
    expect(measureExposure(solidFrame(8, 8, [26, 26, 26])).darkShare).toBe(0);
    expect(measureExposure(solidFrame(8, 8, [247, 247, 247])).brightShare).toBe(1);
    expect(measureExposure(solidFrame(8, 8, [246, 246, 246])).brightShare).toBe(0);
    // Mid grey is neither.
    const grey = measureExposure(solidFrame(64, 48, [128, 128, 128]));
    expect(grey).toMatchObject({ darkShare: 0, brightShare: 0, highlight: 50.2 });
    expect(judgeExposure(grey)).toBe('ok');
  });

  it('measures the skin region of the box, not the box: hair and background do not count', () => {
    const frame = faceFrame(128, (x, y) =>
      x >= SKIN.x0 && x < SKIN.x1 && y >= SKIN.y0 && y < SKIN.y1 ? 150 : 0,
    );
    const measures = measureExposure(frame, FACE);
    expect(measures.region).toEqual({ x: 260, y: 260, width: 80, height: 90 });
    expect(measures).toMatchObject({ darkShare: 0, brightShare: 0, luminance: 58.82 });
    expect(judgeExposure(measures)).toBe('ok');
  });

  it('finds a face with strongly clipped skin over- or under-exposed', () => {
    // 60 % of the skin blown out (a glare across the face), in a normally lit frame.
    const glare = faceFrame(110, (x) => (x < SKIN.x0 + 0.6 * (SKIN.x1 - SKIN.x0) ? 255 : 180));
    const over = measureExposure(glare, FACE);
    expect(over.brightShare).toBeCloseTo(0.6, 2);
    expect(judgeExposure(over)).toBe('over');
    // 70 % of the skin in black shadow, the rest lit.
    const shadow = faceFrame(110, (x) => (x < SKIN.x0 + 0.7 * (SKIN.x1 - SKIN.x0) ? 5 : 170));
    const under = measureExposure(shadow, FACE);
    expect(under.darkShare).toBeCloseTo(0.7, 2);
    expect(under.highlight).toBeGreaterThan(DEFAULT_FRAME_THRESHOLDS.minHighlight);
    expect(judgeExposure(under)).toBe('under');
  });

  it('finds a face without highlights under-exposed even with nothing clipped', () => {
    // A well lit face (luma 90-200) at 0.3 of its exposure: 27-60, none of it at 25 or below.
    const dim = measureExposure(faceFrame(30, shading(27, 60)), FACE);
    expect(dim.darkShare).toBe(0);
    expect(dim.highlight).toBeLessThan(DEFAULT_FRAME_THRESHOLDS.minHighlight);
    expect(judgeExposure(dim)).toBe('under');
  });

  it('passes a dark-skin-like face (low luma, normal spread) in normal light', () => {
    // Luma 52-108 on the skin (mean about 31 of 100) with its highlights, by a mid-grey background.
    const frame = faceFrame(120, shading(10, 150));
    const measures = measureExposure(frame, FACE);
    expect(measures.luminance).toBeLessThan(35);
    expect(measures.darkShare).toBe(0);
    expect(measures.highlight).toBeGreaterThan(DEFAULT_FRAME_THRESHOLDS.minHighlight);
    expect(judgeExposure(measures)).toBe('ok');
    // The same face on a near-black background: the background is not measured.
    expect(judgeExposure(measureExposure(faceFrame(4, shading(10, 150)), FACE))).toBe('ok');
  });

  it('passes a light face on a white background that the mean of the padded box called too bright', () => {
    const frame = faceFrame(255, shading(150, 235));
    const padded = { x: 180, y: 180, width: 240, height: 240 };
    // The old rule: mean of the box grown by 10 % over 70 → TOO_BRIGHT.
    expect(measureLuminance(frame, padded).mean).toBeGreaterThan(70);
    const measures = measureExposure(frame, FACE);
    expect(measures.brightShare).toBe(0);
    expect(judgeExposure(measures)).toBe('ok');
  });

  it('gives the entropy of the luma histogram as dynamic range and compares the halves', () => {
    const halves = measureExposure(greyFrame(100, 50, (x) => (x < 50 ? 60 : 180)));
    expect(halves.dynamicRange).toBe(1);
    expect(halves.uniformity).toBe(0);
    // Every luma level equally often (128 px wide: measured at full size).
    const wide = measureExposure(greyFrame(128, 128, (x, y) => x + 128 * (y % 2)));
    expect(wide.dynamicRange).toBe(8);
    expect(measureExposure(solidFrame(20, 20, [90, 90, 90])).uniformity).toBe(1);
  });

  it('applies threshold overrides and rejects bad ones', () => {
    const measures = measureExposure(faceFrame(120, shading(10, 150)), FACE);
    expect(judgeExposure(measures, { minHighlight: 60 })).toBe('under');
    const glare = measureExposure(
      faceFrame(110, (x) => (x < 280 ? 255 : 180)),
      FACE,
    );
    expect(glare.brightShare).toBeCloseTo(0.25, 2);
    expect(judgeExposure(glare)).toBe('over');
    expect(judgeExposure(glare, { maxBrightShare: 0.3 })).toBe('ok');
    const invalid = expect.objectContaining({ name: 'LivenessError', code: 'INVALID_OPTIONS' });
    expect(() => judgeExposure(measures, { maxDarkShare: 1.5 })).toThrow(invalid);
    expect(() => judgeExposure(measures, { maxBrightShare: -0.1 })).toThrow(invalid);
    expect(() => judgeExposure(measures, { minHighlight: 101 })).toThrow(invalid);
    expect(() => judgeExposure(null as never)).toThrow(invalid);
  });

  it('lets the share further over its limit decide when both ends are clipped', () => {
    const split = (dark: number) =>
      measureExposure(
        faceFrame(120, (x) => (x < SKIN.x0 + dark * (SKIN.x1 - SKIN.x0) ? 0 : 255)),
        FACE,
      );
    // 0.6 dark is 1.2x its limit (0.5), 0.4 bright is 2x its limit (0.2).
    expect(judgeExposure(split(0.6))).toBe('over');
    // 0.9 dark is 1.8x, 0.1 bright is under its limit.
    expect(judgeExposure(split(0.9))).toBe('under');
  });

  it('rejects malformed frames and boxes that miss the frame with typed errors', () => {
    const frame = solidFrame(40, 40, [100, 100, 100]);
    expect(() => measureExposure({ data: new Uint8ClampedArray(3), width: 40, height: 40 })).toThrow(
      expect.objectContaining({ code: 'INVALID_IMAGE' }),
    );
    expect(() => measureExposure(frame, { x: 100, y: 100, width: 10, height: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() => measureExposure(frame, { x: 0, y: 0, width: Number.NaN, height: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    // A box mostly off the frame whose skin region misses it: the visible part of the box is used.
    const edge = measureExposure(frame, { x: -90, y: 0, width: 100, height: 40 });
    expect(edge.region).toEqual({ x: 0, y: 0, width: 10, height: 40 });
  });
});

describe('exposureRegion', () => {
  it('is the central part of the box: columns 30-70 %, rows 30-75 %', () => {
    expect(exposureRegion(FACE)).toEqual({ x: 260, y: 260, width: 80, height: 90 });
  });

  it('spans eye to eye and the eye line to below the mouth from BlazeFace key points', () => {
    // Right eye, left eye, nose, mouth, right ear, left ear (the subject's), in frame pixels.
    const points: Array<[number, number]> = [
      [260, 262],
      [334, 258],
      [297, 295],
      [298, 330],
      [224, 280],
      [380, 280],
    ];
    const region = exposureRegion(FACE, points);
    expect(region.x).toBe(260);
    expect(region.width).toBe(74);
    expect(region.y).toBe(258);
    // Mouth 70 px below the eye line (260): 0.3 of it further down.
    expect(region.y + region.height).toBeCloseTo(351, 5);
  });

  it('falls back to the box for a mesh, for points that do not make a face, or outside the box', () => {
    const box = exposureRegion(FACE);
    const mesh = Array.from({ length: 468 }, (_, i): [number, number] => [200 + (i % 200), 200 + (i % 150)]);
    expect(exposureRegion(FACE, mesh)).toEqual(box);
    const upsideDown: Array<[number, number]> = [
      [260, 330],
      [334, 330],
      [297, 295],
      [298, 262],
      [224, 280],
      [380, 280],
    ];
    expect(exposureRegion(FACE, upsideDown)).toEqual(box);
    const elsewhere = upsideDown.map(([x, y]): [number, number] => [x + 500, 600 - y]);
    expect(exposureRegion(FACE, elsewhere)).toEqual(box);
    const broken: Array<[number, number]> = [
      [Number.NaN, 262],
      [334, 258],
      [297, 295],
      [298, 330],
      [224, 280],
      [380, 280],
    ];
    expect(exposureRegion(FACE, broken)).toEqual(box);
  });
});
