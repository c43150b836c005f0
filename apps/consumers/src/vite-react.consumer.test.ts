// The README's "Vite + React" quick start, made from the packed packages in a folder outside the
// workspace, built for production, served by its own Express server with the local engine, and
// driven in Chromium with the fake camera to a result.
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildQuickStart, describeApp, type BuiltApp, type ServedApp } from './consumer-app.js';
import { RESULT_STATUSES, captureToResult, recordPosts, watchPage } from './watch-page.js';

const FACE = 'single/man-glasses-webcam.jpg';

describe('quick start: Vite + React with an Express server', () => {
  let app: BuiltApp;
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([
      buildQuickStart('vite-react', inject('tarballs'), inject('workDir')),
      fixtureToY4m(FACE).then((file) => launchChromium({ fakeCameraFile: file })),
    ]);
    console.log(describeApp(app));
    served = await app.serve();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('the production build reaches a result with one POST, and nothing goes wrong on the page', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    const posts = recordPosts(page, /\/api\/v3\/passive-liveness\/?$/);
    await page.goto(served.url);
    const status = await captureToResult(page);
    expect(RESULT_STATUSES).toContain(status);
    expect(posts).toEqual([{ url: `${served.url}/api/v3/passive-liveness/`, status: 200 }]);
    expect(await problems()).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      failedRequests: [],
    });
    await page.close();
  });

  it('the build holds the detector files the plugin copies, served by the app, and no others of Human', async () => {
    const model = await fetch(`${served.url}/liveness-kit/models/blazeface-front.json`);
    expect(model.status).toBe(200);
    const wasm = await fetch(`${served.url}/liveness-kit/wasm/tfjs-backend-wasm-simd.wasm`);
    expect(wasm.status).toBe(200);
    expect(new Uint8Array(await wasm.arrayBuffer()).subarray(0, 4)).toEqual(
      new Uint8Array([0, 0x61, 0x73, 0x6d]),
    );
    const other = await fetch(`${served.url}/liveness-kit/models/emotion.json`);
    expect(other.headers.get('content-type') ?? '').not.toMatch(/json/);
  });
});
