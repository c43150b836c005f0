import { fixtureRgba } from '@liveness-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { LivenessError } from '../errors/liveness-error.js';
import { measureLuminance } from './luminance.js';
import { measureSharpness } from './sharpness.js';
import { greyFrame, solidFrame } from './testing/synthetic-frames.js';

describe('measureLuminance', () => {
  it('puts black at 0, white at 100 and mid grey in between', () => {
    expect(measureLuminance(solidFrame(32, 24, [0, 0, 0]))).toEqual({ mean: 0, p5: 0, p50: 0, p95: 0 });
    expect(measureLuminance(solidFrame(32, 24, [255, 255, 255]))).toEqual({
      mean: 100,
      p5: 100,
      p50: 100,
      p95: 100,
    });
    expect(measureLuminance(solidFrame(32, 24, [128, 128, 128])).mean).toBeCloseTo(50.2, 1);
  });

  it('weighs the channels as BT.709 luma (0.2126 R + 0.7152 G + 0.0722 B)', () => {
    expect(measureLuminance(solidFrame(16, 16, [255, 0, 0])).mean).toBeCloseTo(21.26, 0);
    expect(measureLuminance(solidFrame(16, 16, [0, 255, 0])).mean).toBeCloseTo(71.52, 0);
    expect(measureLuminance(solidFrame(16, 16, [0, 0, 255])).mean).toBeCloseTo(7.22, 0);
  });

  it('reports the dark and bright ends as 5th and 95th percentiles', () => {
    // Left 10% black, right 10% white, a mid grey between.
    const frame = greyFrame(100, 20, (x) => (x < 10 ? 0 : x >= 90 ? 255 : 128));
    const stats = measureLuminance(frame);
    expect(stats.p5).toBe(0);
    expect(stats.p50).toBeCloseTo(50.2, 1);
    expect(stats.p95).toBe(100);
    expect(stats.mean).toBeCloseTo(0.1 * 100 + 0.8 * 50.2, 0);
  });

  it('measures only the region, clipped to the frame', () => {
    const frame = greyFrame(200, 100, (x) => (x < 100 ? 20 : 230));
    expect(measureLuminance(frame, { x: 0, y: 0, width: 100, height: 100 }).mean).toBeCloseTo(7.84, 1);
    expect(measureLuminance(frame, { x: 100, y: 0, width: 100, height: 100 }).mean).toBeCloseTo(90.2, 1);
    // Mostly outside on the right: only the bright half counts.
    expect(measureLuminance(frame, { x: 150, y: -50, width: 500, height: 500 }).mean).toBeCloseTo(90.2, 1);
  });

  it('gives the same figures for a photo at camera size and at full size', async () => {
    const small = await fixtureRgba('single/man-glasses-webcam.jpg', { maxWidth: 640, maxHeight: 480 });
    const full = await fixtureRgba('single/man-glasses-webcam.jpg');
    const k = full.width / small.width;
    const box = { x: 183, y: 131, width: 280, height: 280 };
    const a = measureLuminance(small, box);
    const b = measureLuminance(full, {
      x: box.x * k,
      y: box.y * k,
      width: box.width * k,
      height: box.height * k,
    });
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(1);
    expect(Math.abs(a.p50 - b.p50)).toBeLessThan(2);
  });

  it('tells dark, normal and blown-out fixture photos apart on the whole frame', async () => {
    const fit = { maxWidth: 640, maxHeight: 480 };
    const dark = measureLuminance(await fixtureRgba('derived/dark-underexposed-01.jpg', fit));
    const normal = measureLuminance(await fixtureRgba('single/man-obama-official-portrait.jpg', fit));
    const bright = measureLuminance(await fixtureRgba('derived/overexposed-blownout-01.jpg', fit));
    expect(dark.mean).toBeLessThan(10);
    expect(normal.mean).toBeGreaterThan(20);
    expect(normal.mean).toBeLessThan(60);
    expect(bright.mean).toBeGreaterThan(65);
    expect(bright.p95).toBe(100);
  });

  it('gives the same figures whether or not the pixel bytes are 4-byte aligned', async () => {
    const aligned = await fixtureRgba('single/woman-young-frontal.jpg', { maxWidth: 640, maxHeight: 480 });
    const buffer = new ArrayBuffer(aligned.data.length + 1);
    const shifted = new Uint8Array(buffer, 1, aligned.data.length);
    shifted.set(aligned.data);
    const unaligned = { data: shifted, width: aligned.width, height: aligned.height };
    const box = { x: 65, y: 45, width: 250, height: 250 };
    expect(measureLuminance(unaligned, box)).toEqual(measureLuminance(aligned, box));
    expect(measureLuminance(unaligned)).toEqual(measureLuminance(aligned));
    expect(measureSharpness(unaligned, box)).toBe(measureSharpness(aligned, box));
  });

  it('rejects malformed frames and regions with typed errors', () => {
    const frame = solidFrame(4, 4, [1, 2, 3]);
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(LivenessError);
        return (error as LivenessError).code;
      }
      return 'no error';
    };
    expect(codeOf(() => measureLuminance({ data: new Uint8ClampedArray(10), width: 4, height: 4 }))).toBe(
      'INVALID_IMAGE',
    );
    expect(codeOf(() => measureLuminance({ data: frame.data, width: 0, height: 4 }))).toBe('INVALID_IMAGE');
    expect(codeOf(() => measureLuminance(null as never))).toBe('INVALID_IMAGE');
    expect(codeOf(() => measureLuminance(frame, { x: 10, y: 10, width: 5, height: 5 }))).toBe(
      'INVALID_OPTIONS',
    );
    expect(codeOf(() => measureLuminance(frame, { x: 0, y: 0, width: Number.NaN, height: 2 }))).toBe(
      'INVALID_OPTIONS',
    );
  });
});
