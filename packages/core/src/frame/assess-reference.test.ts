import { fixtureManifest, fixturePath } from '@liveness-kit/test-utils';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { assessReferencePhoto, DEFAULT_REFERENCE_THRESHOLDS } from './assess-reference.js';
import { disposeFixtureFaces, fixtureWithFaces } from './testing/fixture-faces.js';
import { solidFrame } from './testing/synthetic-frames.js';

afterAll(disposeFixtureFaces);

/** The width of the image the capture would send for a fixture: upright, at most 1920 px. */
async function sentWidth(relative: string): Promise<number> {
  const meta = await sharp(fixturePath(relative)).metadata();
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  return Math.round(width * Math.min(1, 1920 / Math.max(width, height)));
}

async function assess(relative: string) {
  const { frame, faces } = await fixtureWithFaces(relative);
  return assessReferencePhoto(frame, faces, { imageWidth: await sentWidth(relative) });
}

const photos = (label: string) =>
  fixtureManifest()
    .filter((e) => e.label === label && /\.(jpe?g|png)$/.test(e.path))
    .map((e) => e.path);

// Real detection (BlazeFace in Node) on every photo of the labelled set.
describe('assessReferencePhoto on the fixture photos', { timeout: 60_000 }, () => {
  it.each(photos('single'))('single face %s is usable', async (relative) => {
    const result = await assess(relative);
    expect(result).toMatchObject({ problem: null, faceCount: 1 });
  });

  it.each(photos('noface'))('no face %s → NO_FACE', async (relative) => {
    expect(await assess(relative)).toMatchObject({ problem: 'NO_FACE', face: null, faceCount: 0 });
  });

  it.each(photos('multi').filter((p) => !p.includes('crowd')))(
    'group %s: the largest face is used and the count kept',
    async (relative) => {
      const { frame, faces } = await fixtureWithFaces(relative);
      const result = assessReferencePhoto(frame, faces, { imageWidth: await sentWidth(relative) });
      expect(result.faceCount).toBeGreaterThan(1);
      const counted = faces.filter((f) => f.score >= DEFAULT_REFERENCE_THRESHOLDS.minFaceScore);
      const largest = Math.max(...counted.map((f) => f.box.width * f.box.height));
      expect(result.face!.box.width * result.face!.box.height).toBe(largest);
    },
  );

  it.each([
    ['derived/dark-underexposed-01.jpg', 'TOO_DARK'],
    ['derived/overexposed-blownout-01.jpg', 'TOO_BRIGHT'],
    ['derived/blur-gaussian-01.jpg', 'BLURRY'],
    ['derived/blur-motion-01.jpg', 'BLURRY'],
    ['derived/lowres-96px-01.jpg', 'FACE_TOO_SMALL'],
  ])('%s → %s', async (relative, problem) => {
    expect((await assess(relative)).problem).toBe(problem);
  });

  it('judges face size in the pixels of the image sent, not of the analysis copy', async () => {
    const { frame, faces } = await fixtureWithFaces('single/man-glasses-webcam.jpg');
    expect(assessReferencePhoto(frame, faces, { imageWidth: frame.width }).problem).toBeNull();
    // The same picture sent at a quarter of the width: the face is too few pixels to compare.
    expect(assessReferencePhoto(frame, faces, { imageWidth: frame.width / 8 }).problem).toBe(
      'FACE_TOO_SMALL',
    );
    expect(DEFAULT_REFERENCE_THRESHOLDS.minFacePixels).toBe(80);
  });

  it('a face under the confidence floor does not count', () => {
    const frame = solidFrame(200, 200, [128, 128, 128]);
    const faint = [{ box: { x: 40, y: 40, width: 120, height: 120 }, score: 0.2 }];
    expect(assessReferencePhoto(frame, faint)).toMatchObject({ problem: 'NO_FACE', faceCount: 0 });
  });
});
