import { fixturesIn, padFixtures } from '@liveness-kit/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { assessFrame } from './assess-frame.js';
import { DEFAULT_FRAME_THRESHOLDS, type FrameThresholds } from './frame-thresholds.js';
import {
  browserBoxFixture,
  disposeBrowserBoxFixtures,
  type ImageWithFaces,
} from './testing/browser-box-fixtures.js';

afterAll(disposeBrowserBoxFixtures);

const BLURRED = ['derived/blur-gaussian-01.jpg', 'derived/blur-motion-01.jpg'];
/** The tight 336-px MTCNN crops of `pad/real/` (file suffix `_detect`): not camera frames. */
const isTightCrop = (relative: string) => relative.endsWith('_detect.jpg');
/** Every bona fide single-face photo as a camera sees it: dark and light skin, all backgrounds. */
const SHARP = [
  ...fixturesIn('single').map((f) => f.path),
  ...fixturesIn('attack').map((f) => f.path),
  ...padFixtures('bona-fide').filter((relative) => !isTightCrop(relative)),
];
const SIZES = ['camera', 'analysis'] as const;

function judge(image: ImageWithFaces, thresholds?: Partial<FrameThresholds>) {
  const result = assessFrame({ frame: image.frame, faces: image.faces, timestamp: 0, thresholds });
  expect(result.metrics.framing.faceCount).toBe(1);
  return { blurry: result.codes.includes('BLURRY'), sharpness: result.metrics.sharpness };
}

// The selfie pre-check with the face box the browser's detector reports (BlazeFace's own), on the
// 640x480 camera frame and on the 320-px copy capture checks. Real detection: can take seconds.
describe('minSharpness on browser-size face boxes', { timeout: 30_000 }, () => {
  it('measures the bona fide set: 5 single/, 4 attack/, 14 uncropped pad/real/', () => {
    expect(SHARP.length).toBe(23);
  });

  it.each(SHARP)('%s is not BLURRY', async (relative) => {
    const images = await browserBoxFixture(relative);
    for (const size of SIZES) expect(judge(images[size]), size).toMatchObject({ blurry: false });
  });

  it.each(BLURRED)('%s is BLURRY', async (relative) => {
    const images = await browserBoxFixture(relative);
    for (const size of SIZES) expect(judge(images[size]), size).toMatchObject({ blurry: true });
  });

  it('keeps a margin of at least 1.3 times on each side of the limit', async () => {
    const limit = DEFAULT_FRAME_THRESHOLDS.minSharpness;
    for (const size of SIZES) {
      const sharp = await Promise.all(SHARP.map(async (r) => judge((await browserBoxFixture(r))[size])));
      const blurred = await Promise.all(BLURRED.map(async (r) => judge((await browserBoxFixture(r))[size])));
      const softest = Math.min(...sharp.map((m) => m.sharpness));
      const sharpestBlur = Math.max(...blurred.map((m) => m.sharpness));
      expect(softest / limit, size).toBeGreaterThanOrEqual(1.3);
      expect(limit / sharpestBlur, size).toBeGreaterThanOrEqual(1.3);
    }
  });

  it('the old limit (150, set on Human’s 1.4x box) refused a sharp photo on the browser’s box', async () => {
    const images = await browserBoxFixture('pad/real/ageitgey-alex-lacamoire.png');
    for (const size of SIZES) {
      expect(judge(images[size], { minSharpness: 150 }), size).toMatchObject({ blurry: true });
    }
  });

  it('the tight crops of pad/real/ overlap the blurred edits: no limit can separate them', async () => {
    // MTCNN crops, most enlarged from a smaller face: the softest measures under the motion edit.
    const crops = padFixtures('bona-fide').filter(isTightCrop);
    expect(crops.length).toBe(6);
    const motion = judge((await browserBoxFixture('derived/blur-motion-01.jpg')).camera).sharpness;
    const cropSharpness = await Promise.all(
      crops.map(async (relative) => judge((await browserBoxFixture(relative)).camera).sharpness),
    );
    expect(Math.min(...cropSharpness)).toBeLessThan(motion);
  });
});
