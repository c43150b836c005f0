// The Human face detector in real Chromium: module worker, wasm, models served by livenessKit()
// from the test's Vite dev server, the shared fixture photos, the synthetic and the fake camera.
import { DEFAULT_FRAME_THRESHOLDS } from '@liveness-kit/core';
import { fixtureToY4m, fixturesIn, launchChromium } from '@liveness-kit/test-utils';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAND_BOXES, iou } from './detector-hand-boxes.js';
import { startDetectorPageServer, type DetectorPageServer } from './test-server.js';

/**
 * `loadTimeoutMs` (per step of `load()`) in the stalled-download test. With the worker already
 * started, the other steps that timer covers are CPU-bound: starting wasm took at most 0.35 s and
 * warming up at most 1.1 s here (8 loads on this 2-core machine, 4 idle and 4 with two busy
 * loops), so 5 s leaves over 4x for a busier machine.
 */
const STALL_TIMEOUT_MS = 5000;

/**
 * Frames of Chromium's synthetic camera analysed in the faceless-camera test, counted instead of
 * timed (it ran for 6 s, and a loaded machine analyses far fewer frames in that time): 85 frames
 * took 6 s here with a load average of 9.7 on 2 cores.
 */
const SYNTHETIC_FRAMES = 100;

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.lkReady === true);
  return page;
}

/** Detects faces in fixture photos with a detector made from `options`, in one page. */
async function detectPhotos(page: Page, files: string[], options: Record<string, unknown> = {}) {
  return page.evaluate(
    async ({ files, options }) => {
      const detector = window.lk.createHumanFaceDetector(options);
      await detector.load();
      const out: Array<{ file: string; faces: ReturnType<typeof window.lk.round> }> = [];
      for (const file of files) {
        const bitmap = await window.lk.loadImage(`/fixtures/${file}`);
        out.push({ file, faces: window.lk.round(await detector.detect(bitmap)) });
        bitmap.close();
      }
      detector.dispose();
      return out;
    },
    { files, options },
  );
}

describe('createHumanFaceDetector in Chromium', () => {
  let server: DetectorPageServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDetectorPageServer();
    // No camera file: Chromium plays its synthetic pattern (no face, a moving clock and colours).
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads in a module worker on wasm with SIMD, fetching only BlazeFace front and wasm from the app', async () => {
    const page = await openPage(browser, server.url);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const info = await page.evaluate(async () => {
      const detector = window.lk.createHumanFaceDetector();
      await detector.load();
      return { runsIn: detector.runsIn, info: detector.info, supported: window.lk.supportsWorkerDetection() };
    });
    expect(info.supported).toBe(true);
    expect(info.runsIn).toBe('worker');
    expect(info.info).toMatchObject({ backend: 'wasm', simd: true, threads: false });
    const origin = new URL(server.url).origin;
    expect(requests.every((url) => url.startsWith(origin) || url.startsWith('blob:'))).toBe(true);
    const assets = requests.map((url) => new URL(url).pathname).filter((p) => p.startsWith('/liveness-kit/'));
    expect(assets).toContain('/liveness-kit/models/blazeface-front.json');
    expect(assets).toContain('/liveness-kit/models/blazeface-front.bin');
    expect(assets.some((p) => /^\/liveness-kit\/wasm\/tfjs-backend-wasm.*\.wasm$/.test(p))).toBe(true);
    // No back model, no face mesh (pose is off) and no other model of Human's.
    expect(
      assets.filter((p) => p.startsWith('/liveness-kit/models/') && !p.includes('blazeface-front.')),
    ).toEqual([]);
    await page.close();
  });

  it('finds exactly one face in every single-face photo', async () => {
    const page = await openPage(browser, server.url);
    const files = fixturesIn('single').map((f) => f.path);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const { file, faces } of await detectPhotos(page, files)) {
      expect(faces, file).toHaveLength(1);
      expect(faces[0]!.score, file).toBeGreaterThanOrEqual(DEFAULT_FRAME_THRESHOLDS.minFaceScore);
      expect(faces[0]!.landmarks, file).toBe(6);
    }
    await page.close();
  });

  it('boxes the face in the photo’s own pixels, matching boxes measured by hand', async () => {
    const page = await openPage(browser, server.url);
    const files = Object.keys(HAND_BOXES);
    const setups = [{}, { pose: true }, { model: 'back' }, { model: 'back', pose: true }];
    for (const setup of setups) {
      for (const { file, faces } of await detectPhotos(page, files, setup)) {
        const hand = HAND_BOXES[file]!;
        const box = faces[0]!.box;
        expect(iou(box, hand), `${file} ${JSON.stringify(setup)}: ${JSON.stringify(box)}`).toBeGreaterThan(
          0.6,
        );
        // The centres agree within 15% of the face's size (BlazeFace's box sits a little lower:
        // brows to below the chin).
        expect(Math.abs(box.x + box.width / 2 - (hand.x + hand.width / 2))).toBeLessThan(0.15 * hand.width);
        expect(Math.abs(box.y + box.height / 2 - (hand.y + hand.height / 2))).toBeLessThan(
          0.15 * hand.height,
        );
      }
    }
    await page.close();
  });

  it('finds two or more faces in every group photo; the back model also in a 2:1 panorama of 29 people', async () => {
    const page = await openPage(browser, server.url);
    const entries = fixturesIn('multi');
    const crowdFile = entries.find((e) => e.path.includes('solvay'))!.path;
    const groups = entries.filter((e) => e.path !== crowdFile);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const model of ['front', 'back'] as const) {
      for (const { file, faces } of await detectPhotos(
        page,
        groups.map((f) => f.path),
        { model },
      )) {
        const expected = entries.find((e) => e.path === file)!.expected_faces!;
        expect(faces.length, `${model}: ${file}`).toBeGreaterThanOrEqual(2);
        expect(faces.length, `${model}: ${file}`).toBeLessThanOrEqual(expected);
      }
    }
    // The crowd's faces are 6-8% of the photo's height: too small for the 128-px front model
    // (it finds none under 15% here), seen by the 256-px back model in overlapping tiles.
    const [crowd] = await detectPhotos(page, [crowdFile], { model: 'back' });
    expect(crowd!.faces.length).toBeGreaterThanOrEqual(2);
    expect(crowd!.faces.length).toBeLessThanOrEqual(29);
    // Faces are distinct (no double boxes from overlapping panorama tiles).
    for (const [i, a] of crowd!.faces.entries()) {
      for (const b of crowd!.faces.slice(i + 1)) expect(iou(a.box, b.box)).toBeLessThan(0.3);
    }
    await page.close();
  });

  it('finds no face in the photos without one', async () => {
    const page = await openPage(browser, server.url);
    const files = fixturesIn('noface').map((f) => f.path);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const { file, faces } of await detectPhotos(page, files)) expect(faces, file).toEqual([]);
    await page.close();
  });

  it("never reports a face on Chromium's faceless synthetic camera", async () => {
    const page = await openPage(browser, server.url);
    const result = await page.evaluate(async (wanted) => {
      const video = await window.lk.startCamera();
      const detector = window.lk.createHumanFaceDetector();
      await detector.load();
      let frames = 0;
      let withFaces = 0;
      const lumas = new Set<number>();
      const canvas = new OffscreenCanvas(1, 1);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      // A number of frames, however long a loaded machine takes for them (within the test's limit).
      const giveUp = performance.now() + 45_000;
      while (frames < wanted && performance.now() < giveUp) {
        const faces = await detector.detect(video);
        frames++;
        if (faces.length > 0) withFaces++;
        ctx.drawImage(video, 0, 0, 1, 1);
        lumas.add(ctx.getImageData(0, 0, 1, 1).data[1]!);
      }
      detector.dispose();
      return { frames, withFaces, width: video.videoWidth, distinctFrames: lumas.size };
    }, SYNTHETIC_FRAMES);
    expect(result.width).toBe(640);
    // Real, changing camera frames were analysed...
    expect(result.frames).toBe(SYNTHETIC_FRAMES);
    expect(result.distinctFrames).toBeGreaterThan(1);
    // ...and none of them reported a face.
    expect(result.withFaces).toBe(0);
    await page.close();
  });

  it('gives the head pose with `pose: true`: yaw flips in a mirror image, roll follows a rotation', async () => {
    const page = await openPage(browser, server.url);
    const poses = await page.evaluate(async () => {
      const detector = window.lk.createHumanFaceDetector({ pose: true });
      await detector.load();
      const one = async (file: string, transform: { flip?: boolean; rotate?: number }) => {
        const faces = await detector.detect(await window.lk.loadImage(`/fixtures/${file}`, transform));
        return { count: faces.length, pose: faces[0]?.pose, landmarks: faces[0]?.landmarks?.length };
      };
      const turned = 'single/woman-selfie-live-exif-orient6.jpg';
      const frontal = 'single/man-obama-official-portrait.jpg';
      return {
        turned: await one(turned, {}),
        mirrored: await one(turned, { flip: true }),
        upright: await one(frontal, {}),
        rotated: await one(frontal, { rotate: 20 }),
      };
    });
    for (const p of Object.values(poses)) {
      expect(p.count).toBe(1);
      expect(p.landmarks).toBe(468);
    }
    const { turned, mirrored, upright, rotated } = poses;
    // The selfie's head is turned about 15 degrees; its mirror image is turned the other way.
    expect(Math.abs(turned.pose!.yaw)).toBeGreaterThan(8);
    expect(Math.sign(mirrored.pose!.yaw)).toBe(-Math.sign(turned.pose!.yaw));
    expect(Math.abs(mirrored.pose!.yaw + turned.pose!.yaw)).toBeLessThan(6);
    // The portrait is upright; turned 20 degrees clockwise on screen, roll changes by about 20.
    expect(Math.abs(upright.pose!.roll)).toBeLessThan(5);
    expect(Math.abs(Math.abs(rotated.pose!.roll - upright.pose!.roll) - 20)).toBeLessThan(5);
    // Signs, as documented: the selfie's head turns towards the right of the image (yaw < 0), and
    // turning the picture clockwise gives a positive roll.
    expect(turned.pose!.yaw).toBeLessThan(0);
    expect(rotated.pose!.roll).toBeGreaterThan(upright.pose!.roll);
    await page.close();
  });

  it('fails with a retryable MODEL_LOAD_FAILED when a model is missing (404), and load() retries', async () => {
    const page = await openPage(browser, server.url);
    const missing = await page.evaluate(async () => {
      // A worker already started: the time measured is wasm, the 404 and nothing else.
      const worker = await window.lk.startedWorker();
      const detector = window.lk.createHumanFaceDetector({
        modelBasePath: '/missing/models/',
        createWorker: () => worker,
      });
      const started = performance.now();
      try {
        await detector.load();
        return { ok: true as const };
      } catch (error) {
        return { ok: false as const, error: window.lk.describeError(error), ms: performance.now() - started };
      }
    });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.error).toMatchObject({
      name: 'LivenessError',
      code: 'MODEL_LOAD_FAILED',
      retryable: true,
    });
    expect(missing.error.message).toContain('blazeface-front.json: HTTP 404');
    // At once, not after a timeout (10 s per step by default).
    expect(missing.ms).toBeLessThan(5000);

    // A server that comes back: the same detector's next load() works.
    server.controls.flakyModelsUp = false;
    await page.evaluate(async () => {
      const detector = window.lk.createHumanFaceDetector({ modelBasePath: '/flaky/models/' });
      (window as unknown as { flaky: typeof detector }).flaky = detector;
      await detector.load().then(
        () => {
          throw new Error('loaded while the models were missing');
        },
        (error: unknown) => {
          if ((error as { code?: string }).code !== 'MODEL_LOAD_FAILED') throw error;
        },
      );
    });
    const failedHits = server.controls.hits.flaky;
    expect(failedHits).toBeGreaterThan(0);
    server.controls.flakyModelsUp = true;
    const retried = await page.evaluate(async () => {
      const detector = (window as unknown as { flaky: ReturnType<typeof window.lk.createHumanFaceDetector> })
        .flaky;
      await detector.load();
      const faces = await detector.detect(
        await window.lk.loadImage('/fixtures/single/man-obama-official-portrait.jpg'),
      );
      return { faces: faces.length, runsIn: detector.runsIn };
    });
    expect(retried).toEqual({ faces: 1, runsIn: 'worker' });
    expect(server.controls.hits.flaky).toBeGreaterThan(failedHits);
    await page.close();
  });

  it('fails with MODEL_LOAD_FAILED loadTimeoutMs after a model download stalls, and load() retries', async () => {
    const page = await openPage(browser, server.url);
    server.controls.holdSlow = true;
    const heldBefore = server.controls.slowHeld.length;
    const stalled = await page.evaluate(async (loadTimeoutMs) => {
      // Workers whose script already runs: the timer then covers wasm and the stalled download,
      // not the seconds a loaded machine takes to start the worker's code.
      const workers = [await window.lk.startedWorker()];
      const detector = window.lk.createHumanFaceDetector({
        modelBasePath: '/slow/models/',
        loadTimeoutMs,
        createWorker: () => {
          const worker = workers.shift();
          if (!worker) throw new Error('no started worker left');
          return worker;
        },
      });
      Object.assign(window, { slow: detector, slowWorkers: workers });
      const started = performance.now();
      try {
        await detector.load();
        return { ok: true as const };
      } catch (error) {
        return { ok: false as const, error: window.lk.describeError(error), ms: performance.now() - started };
      }
    }, STALL_TIMEOUT_MS);
    const failedAt = Date.now();
    expect(stalled.ok).toBe(false);
    if (stalled.ok) return;
    expect(stalled.error).toMatchObject({ code: 'MODEL_LOAD_FAILED', retryable: true });
    expect(stalled.error.message).toContain(
      `timed out after ${STALL_TIMEOUT_MS} ms while downloading the models`,
    );
    // The model request reached the server and was held there, never answered...
    const held = server.controls.slowHeld.slice(heldBefore);
    expect(held.map((h) => h.file)).toEqual(['blazeface-front.json']);
    // ...and load() gave up about loadTimeoutMs after that request arrived: the step's clock
    // started when the download was requested (give or take the request's way to the server),
    // and it did not wait for the download longer than its limit.
    expect(stalled.ms).toBeGreaterThanOrEqual(STALL_TIMEOUT_MS - 50);
    const waited = failedAt - held[0]!.at;
    expect(waited).toBeGreaterThan(STALL_TIMEOUT_MS - 1000);
    expect(waited).toBeLessThan(STALL_TIMEOUT_MS + 3000);

    const hitsAtFailure = server.controls.hits.slow;
    server.controls.holdSlow = false;
    server.controls.releaseSlow();
    const faces = await page.evaluate(async () => {
      const { slow, slowWorkers } = window as unknown as {
        slow: ReturnType<typeof window.lk.createHumanFaceDetector>;
        slowWorkers: Worker[];
      };
      slowWorkers.push(await window.lk.startedWorker());
      await slow.load();
      return (await slow.detect(await window.lk.loadImage('/fixtures/single/man-glasses-webcam.jpg'))).length;
    });
    expect(faces).toBe(1);
    // The retry downloaded the models again, from the route that stalled before.
    expect(server.controls.hits.slow).toBeGreaterThan(hitsAtFailure);
    await page.close();
  });

  it('fails with MODEL_LOAD_FAILED naming the wasm file when wasmPath is wrong', async () => {
    const page = await openPage(browser, server.url);
    const error = await page.evaluate(async () => {
      try {
        await window.lk.createHumanFaceDetector({ wasmPath: '/missing/wasm/' }).load();
        return null;
      } catch (e) {
        return window.lk.describeError(e);
      }
    });
    expect(error).toMatchObject({ code: 'MODEL_LOAD_FAILED', retryable: true });
    expect(error!.message).toMatch(
      /tfjs wasm binary could not be fetched \(HTTP 404 at .*\/missing\/wasm\/tfjs-backend-wasm-simd\.wasm\)/,
    );
    await page.close();
  });

  it('runs on the main thread when asked, with the same results and the same retry after a 404', async () => {
    const page = await openPage(browser, server.url);
    server.controls.flakyModelsUp = false;
    const first = await page.evaluate(async () => {
      const detector = window.lk.createHumanFaceDetector({
        runIn: 'main-thread',
        modelBasePath: '/flaky/models/',
      });
      (window as unknown as { main: typeof detector }).main = detector;
      try {
        await detector.load();
        return null;
      } catch (e) {
        return window.lk.describeError(e);
      }
    });
    expect(first).toMatchObject({ code: 'MODEL_LOAD_FAILED' });
    expect(first!.message).toContain('blazeface-front.json: HTTP 404');
    server.controls.flakyModelsUp = true;
    const result = await page.evaluate(async () => {
      const detector = (window as unknown as { main: ReturnType<typeof window.lk.createHumanFaceDetector> })
        .main;
      await detector.load();
      const single = await detector.detect(
        await window.lk.loadImage('/fixtures/single/man-obama-official-portrait.jpg'),
      );
      const group = await detector.detect(await window.lk.loadImage('/fixtures/multi/group-3-office.jpg'));
      return { runsIn: detector.runsIn, single: window.lk.round(single), group: group.length };
    });
    expect(result.runsIn).toBe('main-thread');
    expect(result.single).toHaveLength(1);
    expect(iou(result.single[0]!.box, HAND_BOXES['single/man-obama-official-portrait.jpg']!)).toBeGreaterThan(
      0.6,
    );
    expect(result.group).toBe(3);
    await page.close();
  });

  it('runs one detection at a time: a call made meanwhile gets that result instead of queueing', async () => {
    const page = await openPage(browser, server.url);
    const result = await page.evaluate(async () => {
      const detector = window.lk.createHumanFaceDetector();
      await detector.load();
      const bitmap = await window.lk.loadImage('/fixtures/single/man-obama-official-portrait.jpg');
      const a = detector.detect(bitmap);
      const b = detector.detect(bitmap);
      const c = detector.detect(bitmap);
      const [ra, rb, rc] = await Promise.all([a, b, c]);
      const afterwards = await detector.detect(bitmap);
      return {
        same: ra === rb && rb === rc,
        faces: ra.length,
        stats: detector.stats(),
        fresh: afterwards !== ra && afterwards.length === 1,
        // The caller's bitmap is still usable: the detector sent its own copy.
        callerBitmapOpen: bitmap.width > 0,
      };
    });
    expect(result).toMatchObject({ same: true, faces: 1, fresh: true, callerBitmapOpen: true });
    expect(result.stats).toMatchObject({ detections: 2, dropped: 2 });
    await page.close();
  });

  it('takes canvases, ImageData and RGBA pixels, and rejects unusable frames with INVALID_IMAGE', async () => {
    const page = await openPage(browser, server.url);
    const result = await page.evaluate(async () => {
      const detector = window.lk.createHumanFaceDetector();
      const bitmap = await window.lk.loadImage('/fixtures/single/woman-young-frontal.jpg');
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const imageData = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const pixels = {
        data: new Uint8ClampedArray(imageData.data.buffer.slice(0)),
        width: imageData.width,
        height: imageData.height,
      };
      const counts = {
        canvas: (await detector.detect(canvas)).length,
        imageData: (await detector.detect(imageData)).length,
        pixels: (await detector.detect(pixels)).length,
      };
      const closed = await window.lk.loadImage('/fixtures/single/woman-young-frontal.jpg');
      closed.close();
      const errors: unknown[] = [];
      for (const bad of [
        closed,
        { data: new Uint8ClampedArray(10), width: 10, height: 10 },
        document.createElement('video'),
      ]) {
        try {
          await detector.detect(bad as ImageBitmap);
          errors.push('no error');
        } catch (e) {
          errors.push(window.lk.describeError(e));
        }
      }
      let optionsError: unknown;
      try {
        window.lk.createHumanFaceDetector({ minScore: 2 });
      } catch (e) {
        optionsError = window.lk.describeError(e);
      }
      detector.dispose();
      let afterDispose: unknown;
      try {
        await detector.detect(bitmap);
      } catch (e) {
        afterDispose = window.lk.describeError(e);
      }
      return { counts, errors, optionsError, afterDispose };
    });
    expect(result.counts).toEqual({ canvas: 1, imageData: 1, pixels: 1 });
    for (const error of result.errors)
      expect(error).toMatchObject({ name: 'LivenessError', code: 'INVALID_IMAGE' });
    expect(result.optionsError).toMatchObject({ code: 'INVALID_OPTIONS' });
    expect((result.optionsError as { message: string }).message).toContain('minScore');
    expect(result.afterDispose).toMatchObject({ name: 'LivenessError' });
    expect((result.afterDispose as { message: string }).message).toContain('disposed');
    await page.close();
  });

  it('has no native FaceDetector in headless Chromium: the adapter says so with a typed error', async () => {
    const page = await openPage(browser, server.url);
    const result = await page.evaluate(async () => {
      const supported = window.lk.isNativeFaceDetectorSupported();
      try {
        await window.lk.createNativeFaceDetector().load();
        return { supported, error: null };
      } catch (e) {
        return { supported, error: window.lk.describeError(e) };
      }
    });
    expect(result.supported).toBe(false);
    expect(result.error).toMatchObject({ code: 'MODEL_LOAD_FAILED', retryable: false });
    expect(result.error!.message).toContain('no native FaceDetector');
    await page.close();
  });
});

describe('createHumanFaceDetector with the fake camera showing a portrait', () => {
  let server: DetectorPageServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDetectorPageServer();
    browser = await launchChromium({
      fakeCameraFile: await fixtureToY4m('single/man-obama-official-portrait.jpg'),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the one face in every camera frame, boxed in the video’s pixels', async () => {
    const page = await openPage(browser, server.url);
    const result = await page.evaluate(async () => {
      const video = await window.lk.startCamera();
      const detector = window.lk.createHumanFaceDetector();
      await detector.load();
      const boxes: Array<ReturnType<typeof window.lk.round>[number]['box']> = [];
      let frames = 0;
      for (let i = 0; i < 20; i++) {
        const faces = window.lk.round(await detector.detect(video));
        frames++;
        if (faces.length === 1) boxes.push(faces[0]!.box);
      }
      return { frames, boxes, width: video.videoWidth, height: video.videoHeight };
    });
    expect(result.width).toBe(640);
    expect(result.height).toBe(480);
    expect(result.boxes).toHaveLength(result.frames);
    // The 820x1024 portrait is letterboxed into 640x480: scale 480/1024, 127.8 px black on each side.
    const scale = 480 / 1024;
    const hand = HAND_BOXES['single/man-obama-official-portrait.jpg']!;
    const expected = {
      x: (640 - 820 * scale) / 2 + hand.x * scale,
      y: hand.y * scale,
      width: hand.width * scale,
      height: hand.height * scale,
    };
    for (const box of result.boxes) expect(iou(box, expected), JSON.stringify(box)).toBeGreaterThan(0.55);
    await page.close();
  });
});
