// The detector from a production build (`vite build` with livenessKit(), served by `vite preview`),
// plain and cross-origin isolated: the build must carry the models and wasm, and tfjs's wasm threads
// must survive the build's minifier.
import { launchChromium } from '@liveness-kit/test-utils';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDetectorPageBuild, type DetectorPageServer } from './test-server.js';

describe('the detector in a production build', () => {
  let plain: DetectorPageServer;
  let isolated: DetectorPageServer;
  let browser: Browser;

  beforeAll(async () => {
    plain = await startDetectorPageBuild();
    isolated = await startDetectorPageBuild({ crossOriginIsolation: true });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await isolated?.close();
  });

  it('emits the worker as its own module with the models and wasm beside the app', () => {
    const out = plain.outDir!;
    expect(readdirSync(join(out, 'liveness-kit', 'models')).sort()).toEqual([
      'blazeface-front.bin',
      'blazeface-front.json',
    ]);
    expect(readdirSync(join(out, 'liveness-kit', 'wasm'))).toHaveLength(3);
    const assets = readdirSync(join(out, 'assets'));
    const worker = assets.find((f) => /^human-worker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    // The worker carries Human; the page's own bundle does not (it is loaded only in the worker,
    // or on demand on the main thread).
    const code = readFileSync(join(out, 'assets', worker!), 'utf8');
    expect(code).toContain('WasmBackendModuleThreadedSimd');
    const entry = assets.find((f) => /^index-.*\.js$/.test(f))!;
    expect(readFileSync(join(out, 'assets', entry), 'utf8')).not.toContain('WasmBackendModuleThreadedSimd');
  });

  for (const variant of ['plain', 'cross-origin isolated'] as const) {
    it(`detects a face (${variant})`, async () => {
      const server = variant === 'plain' ? plain : isolated;
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.waitForFunction(() => window.lkReady === true);
      const result = await page.evaluate(async () => {
        const detector = window.lk.createHumanFaceDetector();
        await detector.load();
        const faces = await detector.detect(
          await window.lk.loadImage('/fixtures/single/man-obama-official-portrait.jpg'),
        );
        return {
          isolated: crossOriginIsolated,
          runsIn: detector.runsIn,
          info: detector.info,
          faces: faces.length,
        };
      });
      expect(result).toMatchObject({
        isolated: variant !== 'plain',
        runsIn: 'worker',
        faces: 1,
        // Threads where the page is isolated (tfjs uses hardwareConcurrency / 2 of them).
        info: { backend: 'wasm', simd: true, threads: variant !== 'plain' },
      });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
