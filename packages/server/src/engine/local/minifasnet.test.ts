import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Box, RgbaFrame } from '@liveness-kit/core';
import { fixtureRgba } from '@liveness-kit/test-utils';
import { loadMiniFasNet, MINIFASNET_MODELS, type MiniFasNet, type MiniFasNetScore } from './minifasnet.js';
import { miniFasNetCrop, resizeCropBgr } from './minifasnet-crop.js';
import { defaultMiniFasNetModelDir } from './minifasnet-paths.js';

/** One crop of `reference-outputs.json`, as convert.py wrote it from the authors' Python pipeline. */
interface ReferenceCrop {
  rect: [number, number, number, number];
  scale: number;
  bgrSha256: string;
  softmax: number[];
}
interface ReferencePhoto {
  fixture: string;
  box: [number, number, number, number];
  width: number;
  height: number;
  v2: ReferenceCrop;
  v1se: ReferenceCrop;
  live: number;
}

const reference = JSON.parse(
  readFileSync(join(defaultMiniFasNetModelDir(), 'reference-outputs.json'), 'utf8'),
) as { photos: ReferencePhoto[] };

/**
 * Largest accepted |onnxruntime-web - PyTorch| on any softmax output (and on `live`), from the same
 * input pixels. Measured on the 13 reference photos x 2 crops: at most 6.5e-7 (float32 rounding in
 * two runtimes, plus the 7 decimals kept in the file); 1e-5 leaves 15x room, while one wrong pixel
 * value or channel order is caught by the pixel hash before this.
 */
const SOFTMAX_TOLERANCE = 1e-5;

const boxOf = ([x, y, width, height]: ReferencePhoto['box']): Box => ({ x, y, width, height });

describe('MiniFASNet on onnxruntime-web, against the authors’ Python pipeline', () => {
  let miniFasNet: MiniFasNet;
  const frames = new Map<string, RgbaFrame>();
  const scores = new Map<string, MiniFasNetScore>();

  beforeAll(async () => {
    miniFasNet = await loadMiniFasNet();
    for (const photo of reference.photos) {
      const frame = await fixtureRgba(photo.fixture);
      frames.set(photo.fixture, frame);
      scores.set(photo.fixture, await miniFasNet.score(frame, boxOf(photo.box)));
    }
  }, 60_000);

  afterAll(async () => {
    await miniFasNet?.close();
  });

  it('covers bona fide and attack photos of single/, attack/ and pad/', () => {
    const folders = new Set(reference.photos.map((p) => p.fixture.split('/').slice(0, -1).join('/')));
    expect([...folders].sort()).toEqual(['attack', 'pad/attack', 'pad/real', 'single']);
  });

  it.each(reference.photos.map((p) => [p.fixture, p] as const))(
    '%s: same crops, same pixels, same probabilities',
    (fixture, photo) => {
      const frame = frames.get(fixture)!;
      // sharp and cv2.imread decode these files (EXIF orientation included) to the same pixels.
      expect([frame.width, frame.height]).toEqual([photo.width, photo.height]);
      const score = scores.get(fixture)!;
      for (const key of ['v2', 'v1se'] as const) {
        const expected = photo[key];
        const crop = miniFasNetCrop(
          boxOf(photo.box),
          frame.width,
          frame.height,
          MINIFASNET_MODELS[key].scale,
        );
        expect([crop.x1, crop.y1, crop.x2, crop.y2]).toEqual(expected.rect);
        expect(crop.scale).toBe(expected.scale);
        expect(score.cropScale[key]).toBe(expected.scale);
        const pixels = createHash('sha256').update(resizeCropBgr(frame, crop)).digest('hex');
        expect(pixels, 'the 80x80 BGR crop equals cv2.resize’s').toBe(expected.bgrSha256);
        expect(score[key]).toHaveLength(3);
        score[key].forEach((p, i) =>
          expect(Math.abs(p - expected.softmax[i]!)).toBeLessThan(SOFTMAX_TOLERANCE),
        );
      }
      expect(Math.abs(score.live - photo.live)).toBeLessThan(SOFTMAX_TOLERANCE);
      expect(score.live).toBeCloseTo(((score.v2[1] as number) + (score.v1se[1] as number)) / 2, 12);
    },
  );

  it('scores the bona fide photos of single/ higher on average than the attack/ photos', () => {
    const mean = (folder: string) => {
      const lives = reference.photos
        .filter((p) => p.fixture.startsWith(`${folder}/`))
        .map((p) => scores.get(p.fixture)!.live);
      expect(lives.length).toBeGreaterThan(0);
      return lives.reduce((a, b) => a + b, 0) / lives.length;
    };
    expect(mean('single')).toBeGreaterThan(mean('attack'));
  });

  it('rejects scoring after close', async () => {
    const other = await loadMiniFasNet();
    await other.close();
    const photo = reference.photos[0]!;
    await expect(other.score(frames.get(photo.fixture)!, boxOf(photo.box))).rejects.toMatchObject({
      code: 'UNKNOWN',
    });
  });
});

describe('loadMiniFasNet failures', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minifasnet-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the folder and the model files it misses', async () => {
    const missing = join(dir, 'nowhere');
    await expect(loadMiniFasNet({ modelDir: missing })).rejects.toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      detail: `MiniFASNet models missing from ${missing}: ${MINIFASNET_MODELS.v2.file}, ${MINIFASNET_MODELS.v1se.file}`,
    });
  });

  it('names the folder and the wasm files it misses', async () => {
    await expect(loadMiniFasNet({ wasmDir: dir })).rejects.toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      detail: expect.stringContaining(
        `onnxruntime-web wasm files missing from ${dir}: ort-wasm-simd-threaded.wasm`,
      ),
    });
  });

  it('names a model file that is not a model', async () => {
    for (const { file } of Object.values(MINIFASNET_MODELS)) await writeFile(join(dir, file), 'not onnx');
    await expect(loadMiniFasNet({ modelDir: dir })).rejects.toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      detail: expect.stringContaining(join(dir, MINIFASNET_MODELS.v2.file)),
    });
  });
});
