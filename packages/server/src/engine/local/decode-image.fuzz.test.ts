import { LivenessError } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_SIZE, DEFAULT_MAX_INPUT_PIXELS } from './create-local-engine.js';
import { decodeImage, type DecodedImage, type DecodeLimits } from './decode-image.js';
import { realSeeds, smallSeeds, type FuzzSeed } from './testing/fuzz-seeds.js';
import { runFuzz, unhandledRejectionRecorder } from './testing/fuzz-run.js';
import { imageMutations, mutateAll } from './testing/image-mutations.js';

const LIMITS: DecodeLimits = {
  maxInputPixels: DEFAULT_MAX_INPUT_PIXELS,
  analysisSize: DEFAULT_ANALYSIS_SIZE,
};

/** What one decode came to: the image, or the contract's refusal (anything else fails the case). */
type Outcome = { ok: true; image: DecodedImage } | { ok: false; code: 'INVALID_IMAGE' | 'IMAGE_TOO_LARGE' };

/** Decodes `bytes`; throws (failing the property) unless it decodes sanely or is refused as INVALID_IMAGE. */
async function decodeOrRefuse(bytes: Uint8Array, limits = LIMITS): Promise<Outcome> {
  let image: DecodedImage;
  try {
    image = await decodeImage(bytes, limits);
  } catch (error) {
    if (!(error instanceof LivenessError) || error.code !== 'INVALID_IMAGE') {
      throw new Error(`not a contract refusal: ${String(error)}`, { cause: error });
    }
    if (typeof error.detail !== 'string' || error.detail === '') throw new Error('refusal without a detail');
    return { ok: false, code: error.serverCode === 'IMAGE_TOO_LARGE' ? 'IMAGE_TOO_LARGE' : 'INVALID_IMAGE' };
  }
  expectSane(image, limits);
  return { ok: true, image };
}

/** A decoded image's shape: RGBA of its size, within the limits, the same picture as `width` x `height`. */
function expectSane({ frame, width, height, scale }: DecodedImage, limits: DecodeLimits): void {
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
  expect(width * height).toBeLessThanOrEqual(limits.maxInputPixels);
  expect(frame.width).toBeGreaterThan(0);
  expect(frame.height).toBeGreaterThan(0);
  expect(Math.max(frame.width, frame.height)).toBeLessThanOrEqual(limits.analysisSize);
  expect(frame.data.length).toBe(frame.width * frame.height * 4);
  expect(scale).toBeGreaterThan(0);
  expect(scale).toBeLessThanOrEqual(1);
  // The analysis copy is the full image scaled: the same orientation (a box maps back), at most a
  // pixel of rounding per side (a side is at least 1 px).
  expect(Math.abs(frame.width - Math.max(1, width * scale))).toBeLessThanOrEqual(1);
  expect(Math.abs(frame.height - Math.max(1, height * scale))).toBeLessThanOrEqual(1);
}

describe('decodeImage on mutated fixture photos (fast-check)', () => {
  let small: FuzzSeed[];
  let real: FuzzSeed[];
  const tally = { decoded: 0, INVALID_IMAGE: 0, IMAGE_TOO_LARGE: 0 };
  const rejections = unhandledRejectionRecorder();

  beforeAll(async () => {
    rejections.start();
    small = await smallSeeds();
    real = realSeeds();
  }, 60_000);
  afterAll(() => {
    rejections.stop();
  });

  const count = (outcome: Outcome) => {
    tally[outcome.ok ? 'decoded' : outcome.code]++;
  };

  it('decodes every seed as it is (so a refusal below is the mutation’s doing)', async () => {
    expect(small.length).toBe(30);
    for (const seed of [...small, ...real]) {
      const outcome = await decodeOrRefuse(seed.bytes);
      expect({ seed: seed.name, ok: outcome.ok }).toEqual({ seed: seed.name, ok: true });
    }
  }, 60_000);

  it('answers 5000 mutated small images with a sane image or INVALID_IMAGE, never another error', async () => {
    const property = fc.asyncProperty(
      fc.nat({ max: small.length - 1 }),
      imageMutations(4),
      async (index, mutations) => {
        count(await decodeOrRefuse(mutateAll(small[index]!.bytes, mutations)));
      },
    );
    const { numRuns } = await runFuzz('decodeImage, small seeds', property, {
      numRuns: 5000,
      timeLimitMs: 75_000,
    });
    expect(numRuns).toBeGreaterThan(0);
    expect(rejections.seen).toEqual([]);
  }, 120_000);

  it('answers 250 mutated full-size fixture photos the same way', async () => {
    const property = fc.asyncProperty(
      fc.nat({ max: real.length - 1 }),
      imageMutations(3),
      async (index, mutations) => {
        count(await decodeOrRefuse(mutateAll(real[index]!.bytes, mutations)));
      },
    );
    const { numRuns } = await runFuzz('decodeImage, full-size fixtures', property, {
      numRuns: 250,
      timeLimitMs: 15_000,
    });
    expect(numRuns).toBeGreaterThan(0);
    expect(rejections.seen).toEqual([]);
  }, 60_000);

  it('under a small pixel limit, refuses what is over it as IMAGE_TOO_LARGE before decoding', async () => {
    const limits = { maxInputPixels: 4096, analysisSize: 64 };
    const property = fc.asyncProperty(
      fc.nat({ max: small.length - 1 }),
      imageMutations(2),
      async (index, mutations) => {
        const outcome = await decodeOrRefuse(mutateAll(small[index]!.bytes, mutations), limits);
        count(outcome);
        // Every seed is over 4096 pixels; a mutation may make it smaller, never let it through larger.
        if (outcome.ok) expect(outcome.image.width * outcome.image.height).toBeLessThanOrEqual(4096);
      },
    );
    await runFuzz('decodeImage, 4096-pixel limit', property, { numRuns: 500, timeLimitMs: 10_000 });
    expect(rejections.seen).toEqual([]);
  }, 60_000);

  it('met both outcomes often: the mutations reach the decoder’s refusals and its successes', () => {
    console.info('decodeImage fuzz outcomes', tally);
    expect(tally.decoded).toBeGreaterThan(100);
    expect(tally.INVALID_IMAGE).toBeGreaterThan(100);
    expect(tally.IMAGE_TOO_LARGE).toBeGreaterThan(10);
  });
});

describe('decodeImage: cases the fuzzing found', () => {
  // A JPEG whose frame header was changed to 642x8 (EXIF 6: 8x642 upright) decoded to an 8x640
  // copy with scale 8/8 = 1, so a box's y mapped back 2 px short: the scale came from the short
  // side, whose rounding skews it. It now comes from the long sides.
  it.each([
    ['stored 642x8 with EXIF orientation 6 (8x642 upright)', 642, 8, 6],
    ['1x642', 1, 642, 1],
    ['642x3', 642, 3, 1],
  ])('%s: the scale is the long sides’ ratio', async (_name, storedWidth, storedHeight, orientation) => {
    const bytes = await sharp(fixtureBytes('single/man-glasses-webcam.jpg'))
      .resize(storedWidth, storedHeight, { fit: 'fill' })
      .jpeg()
      .withMetadata({ orientation })
      .toBuffer();
    const image = await decodeImage(new Uint8Array(bytes), LIMITS);
    const longSide = Math.max(storedWidth, storedHeight);
    expect(image.scale).toBeCloseTo(640 / longSide, 9);
    expect(Math.max(image.frame.width, image.frame.height)).toBe(640);
    expectSane(image, LIMITS);
  });
});
