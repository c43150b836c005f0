import { fixtureRgba } from '@liveness-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { LivenessError } from '../errors/liveness-error.js';
import { measureSharpness } from './sharpness.js';
import { checkerboard, greyFrame, solidFrame } from './testing/synthetic-frames.js';

describe('measureSharpness', () => {
  it('is 0 on a flat frame and high on hard edges', () => {
    expect(measureSharpness(solidFrame(64, 48, [90, 90, 90]))).toBe(0);
    expect(measureSharpness(checkerboard(64, 48, 4))).toBeGreaterThan(10_000);
  });

  it('drops as an edge gets softer', () => {
    const edge = (softness: number) => greyFrame(100, 100, (x) => 255 / (1 + Math.exp(-(x - 50) / softness)));
    const hard = measureSharpness(edge(0.3));
    const soft = measureSharpness(edge(3));
    const softer = measureSharpness(edge(10));
    expect(hard).toBeGreaterThan(soft);
    expect(soft).toBeGreaterThan(softer);
  });

  it('scores a blurred copy of a portrait far below the original', async () => {
    const fit = { maxWidth: 640, maxHeight: 480 };
    const sharp = measureSharpness(await fixtureRgba('single/man-obama-official-portrait.jpg', fit));
    const gaussian = measureSharpness(await fixtureRgba('derived/blur-gaussian-01.jpg', fit));
    const motion = measureSharpness(await fixtureRgba('derived/blur-motion-01.jpg', fit));
    expect(gaussian).toBeLessThan(sharp / 10);
    expect(motion).toBeLessThan(sharp / 5);
  });

  it(
    'gives comparable numbers for the same face at 320, 640 and 4032 px wide',
    { timeout: 30_000 },
    async () => {
      // The 12 MP fixture; its face box measured by BlazeFace on the 640x480 copy.
      const box640 = { x: 140, y: 12, width: 422, height: 421 };
      const scores: number[] = [];
      for (const width of [320, 640, 4032]) {
        const frame = await fixtureRgba('derived/large-12mp-over5mb-01.jpg', {
          maxWidth: width,
          maxHeight: width,
        });
        const k = frame.width / 640;
        scores.push(
          measureSharpness(frame, {
            x: box640.x * k,
            y: box640.y * k,
            width: box640.width * k,
            height: box640.height * k,
          }),
        );
      }
      const [min, max] = [Math.min(...scores), Math.max(...scores)];
      expect(max / min).toBeLessThan(1.25);
    },
  );

  it('scores regions under 3x3 px as 0 and rejects bad input with typed errors', () => {
    const frame = checkerboard(16, 16, 1);
    expect(measureSharpness(frame, { x: 0, y: 0, width: 2, height: 16 })).toBe(0);
    expect(() => measureSharpness({ data: new Uint8Array(3), width: 16, height: 16 })).toThrow(LivenessError);
    expect(() => measureSharpness(frame, { x: -20, y: 0, width: 5, height: 5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});
