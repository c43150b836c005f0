// checkReferencePhoto in jsdom: real fixture files decoded by test-utils' image decoder (sharp, EXIF
// applied), drawn and encoded by its pixel-holding fake canvas, judged by core's real rule on their
// pixels. The detector is scripted with the boxes core's Node detector (BlazeFace back, BlazeFace's
// own box) found in each photo, as shares of the upright photo.
import { isLivenessError } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import {
  createScriptedDetector,
  type RelativeFace,
  type ScriptedDetector,
} from '@liveness-kit/test-utils/dom';
import { installFakeCanvas, installFakeImageDecoder } from '@liveness-kit/test-utils/jsdom';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFrameGrabber } from '../guidance/frame-grabber.js';
import { checkReferencePhoto } from './check-reference-photo.js';

const FACES = {
  'single/man-glasses-webcam.jpg': [{ x: 0.347, y: 0.355, width: 0.313, height: 0.419, score: 0.89 }],
  'single/woman-selfie-live-exif-orient6.jpg': [
    { x: 0.188, y: 0.252, width: 0.449, height: 0.337, score: 0.9 },
  ],
  'derived/large-12mp-over5mb-01.jpg': [{ x: 0.316, y: 0.149, width: 0.472, height: 0.629, score: 0.88 }],
  'derived/dark-underexposed-01.jpg': [{ x: 0.353, y: 0.232, width: 0.399, height: 0.399, score: 0.88 }],
  'derived/overexposed-blownout-01.jpg': [{ x: 0.349, y: 0.228, width: 0.4, height: 0.4, score: 0.84 }],
  'derived/blur-gaussian-01.jpg': [{ x: 0.347, y: 0.23, width: 0.404, height: 0.404, score: 0.85 }],
  'derived/lowres-96px-01.jpg': [{ x: 0.35, y: 0.235, width: 0.394, height: 0.394, score: 0.84 }],
  'multi/group-3-office.jpg': [
    { x: 0.768, y: 0.109, width: 0.132, height: 0.161, score: 0.88 },
    { x: 0.105, y: 0.09, width: 0.139, height: 0.169, score: 0.86 },
    { x: 0.289, y: 0.434, width: 0.179, height: 0.219, score: 0.85 },
  ],
  'noface/landscape.jpg': [],
} satisfies Record<string, RelativeFace[]>;
type Photo = keyof typeof FACES;

let restore: () => void;
let detector: ScriptedDetector;

beforeEach(async () => {
  const restoreCanvas = installFakeCanvas();
  const restoreDecoder = installFakeImageDecoder();
  restore = () => {
    restoreDecoder();
    restoreCanvas();
  };
  detector = createScriptedDetector();
  await detector.load();
});
afterEach(() => restore());

const file = (relative: string) =>
  new File([new Uint8Array(fixtureBytes(relative))], relative.split('/').pop()!, { type: 'image/jpeg' });

function check(relative: Photo, thresholds?: Parameters<typeof checkReferencePhoto>[3]) {
  detector.faces = [...FACES[relative]];
  return checkReferencePhoto(file(relative), detector, createFrameGrabber(), thresholds);
}

/** The sent JPEG's size, whether it has an EXIF block, and its RGB pixels. */
async function sent(image: Blob | null) {
  expect(image).toBeInstanceOf(Blob);
  const bytes = Buffer.from(await image!.arrayBuffer());
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  const meta = await sharp(bytes).metadata();
  return {
    width: meta.width,
    height: meta.height,
    exif: meta.exif !== undefined,
    orientation: meta.orientation,
  };
}

/** A PNG of grey noise in 2x2 px cells, luma 60-200, from a fixed seed. */
async function noisePng(width: number, height: number): Promise<Blob> {
  const data = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const v = 60 + (seed >>> 24) * (140 / 255);
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        data.fill(v, ((y + dy) * width + x + dx) * 3, ((y + dy) * width + x + dx) * 3 + 3);
      }
    }
  }
  const png = await sharp(data, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
  return new Blob([new Uint8Array(png)], { type: 'image/png' });
}

describe('checkReferencePhoto', { timeout: 30_000 }, () => {
  it('a usable photo: ready, re-encoded as a JPEG without EXIF, the face in its pixels', async () => {
    const photo = await check('single/man-glasses-webcam.jpg');
    expect(photo).toMatchObject({ status: 'ready', problem: null, faceCount: 1 });
    const image = await sent(photo.image);
    expect(image).toMatchObject({ width: photo.width, height: photo.height, exif: false });
    // 1440x1080, sent as it is or shrunk by the encoder: the box follows the image.
    const k = photo.width / 1440;
    expect(photo.height).toBe(Math.round(1080 * k));
    expect(photo.faceBox!.x).toBeCloseTo(0.347 * 1440 * k, 0);
    expect(photo.faceBox!.width).toBeCloseTo(0.313 * 1440 * k, 0);
    expect(photo.faceBox!.height).toBeCloseTo(0.419 * 1080 * k, 0);
  });

  it('applies the EXIF orientation: a 640x480 file tagged 6 is checked and sent as 480x640', async () => {
    const stored = await sharp(fixtureBytes('single/woman-selfie-live-exif-orient6.jpg')).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([640, 480, 6]);
    const photo = await check('single/woman-selfie-live-exif-orient6.jpg');
    expect(photo).toMatchObject({ status: 'ready', width: 480, height: 640 });
    const image = await sent(photo.image);
    expect(image).toMatchObject({ width: 480, height: 640, exif: false, orientation: undefined });
    expect(photo.faceBox!.width).toBeCloseTo(0.449 * 480, 0);
  });

  it('checks and sends a 12 MP photo at most 1920 px long', async () => {
    const photo = await check('derived/large-12mp-over5mb-01.jpg');
    expect(photo.status).toBe('ready');
    expect(Math.max(photo.width, photo.height)).toBeLessThanOrEqual(1920);
    expect(photo.image!.size).toBeLessThan(5 * 1024 * 1024);
    const image = await sent(photo.image);
    expect([image.width, image.height]).toEqual([photo.width, photo.height]);
    expect(photo.width / photo.height).toBeCloseTo(4032 / 3024, 2);
  });

  it('never lets the encoder shrink the face under minFacePixels', async () => {
    // 1920x1440 of seeded grey noise (sharp, not clipped): far over the encoder's 500 KB target.
    const noisy = await noisePng(1920, 1440);
    const face: RelativeFace = { x: 0.25, y: 0.2, width: 0.5, height: 0.6, score: 0.9 };
    detector.faces = [face];
    const free = await checkReferencePhoto(noisy, detector, createFrameGrabber());
    expect(free.status).toBe('ready');
    // Left alone, the encoder shrinks it to 0.64 (or less) to fit: the face would be under 600 px.
    expect(free.width).toBeLessThanOrEqual(Math.round(1920 * 0.64));
    expect(free.image!.size).toBeLessThanOrEqual(500_000);
    expect(Math.min(free.faceBox!.width, free.faceBox!.height)).toBeLessThan(600);
    // The box follows the image down.
    expect(free.faceBox!.width).toBeCloseTo(0.5 * free.width, 0);
    expect(free.faceBox!.height).toBeCloseTo(0.6 * free.height, 0);
    // The face is 864 px: with a 600-px minimum only the 0.8 step (691 px) is left to the encoder.
    const kept = await checkReferencePhoto(noisy, detector, createFrameGrabber(), { minFacePixels: 600 });
    expect(kept.status).toBe('ready');
    expect(kept.width).toBeGreaterThanOrEqual(Math.round(1920 * 0.8));
    expect(Math.min(kept.faceBox!.width, kept.faceBox!.height)).toBeGreaterThanOrEqual(600);
    const image = await sent(kept.image);
    expect([image.width, image.height]).toEqual([kept.width, kept.height]);
  });

  it.each([
    ['derived/dark-underexposed-01.jpg', 'TOO_DARK'],
    ['derived/overexposed-blownout-01.jpg', 'TOO_BRIGHT'],
    ['derived/blur-gaussian-01.jpg', 'BLURRY'],
    ['derived/lowres-96px-01.jpg', 'FACE_TOO_SMALL'],
  ] as const)('%s is unusable: %s, with its face and size, nothing to send', async (relative, problem) => {
    const photo = await check(relative);
    const side = relative.includes('lowres') ? 96 : 1200;
    expect(photo).toMatchObject({ status: 'unusable', problem, faceCount: 1, width: side, height: side });
    expect(photo.image).toBeNull();
    expect(photo.faceBox!.width).toBeCloseTo(FACES[relative][0]!.width * side, 0);
  });

  it('a photo without a face: NO_FACE', async () => {
    const photo = await check('noface/landscape.jpg');
    expect(photo).toMatchObject({ status: 'unusable', problem: 'NO_FACE', faceCount: 0, faceBox: null });
  });

  it('several faces: the largest is the one sent, all are counted', async () => {
    const photo = await check('multi/group-3-office.jpg');
    expect(photo).toMatchObject({ status: 'ready', faceCount: 3 });
    const k = photo.width / 1049;
    expect(photo.faceBox!.x).toBeCloseTo(0.289 * 1049 * k, 0);
    expect(photo.faceBox!.width).toBeCloseTo(0.179 * 1049 * k, 0);
  });

  const BAD_FILES: Record<string, [() => Blob, string]> = {
    'a text file': [() => new Blob(['not a photo at all'], { type: 'text/plain' }), 'UNSUPPORTED_TYPE'],
    'a GIF': [
      () => new Blob([new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000')]),
      'UNSUPPORTED_TYPE',
    ],
    'an empty file': [() => new Blob([]), 'UNREADABLE'],
    'a JPEG header with garbage after it': [
      () => new Blob([new Uint8Array(fixtureBytes('derived/corrupt-garbage-after-header-01.jpg'))]),
      'UNREADABLE',
    ],
  };

  it.each(Object.keys(BAD_FILES))('%s is never thrown: unusable, the detector not asked', async (name) => {
    const [blob, problem] = BAD_FILES[name]!;
    detector.faces = [{ x: 0.3, y: 0.3, width: 0.4, height: 0.4 }];
    const photo = await checkReferencePhoto(blob(), detector, createFrameGrabber());
    expect(photo).toEqual({
      status: 'unusable',
      problem,
      faceCount: 0,
      faceBox: null,
      width: 0,
      height: 0,
      image: null,
    });
    expect(detector.detections).toBe(0);
  });

  it("throws the detector's error as it is (the engine's model-error state)", async () => {
    const unloaded = createScriptedDetector([{ x: 0.3, y: 0.3, width: 0.4, height: 0.4 }]);
    const error = await checkReferencePhoto(
      file('single/man-glasses-webcam.jpg'),
      unloaded,
      createFrameGrabber(),
    ).catch((e: unknown) => e);
    expect(isLivenessError(error) && error.code).toBe('MODEL_LOAD_FAILED');
  });
});
