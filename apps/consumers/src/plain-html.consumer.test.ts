// The README's "Plain HTML" quick start: the <liveness-capture> element built to static files and
// served by a plain Hono server under the strict Content-Security-Policy the README gives, driven in
// Chromium with the fake camera to a result with no CSP violation at all.
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildQuickStart, describeApp, type BuiltApp, type ServedApp } from './consumer-app.js';
import { RESULT_STATUSES, captureToResult, recordPosts, watchPage } from './watch-page.js';

const FACE = 'single/man-glasses-webcam.jpg';
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' blob:; media-src 'self' blob:";

describe('quick start: plain HTML with the custom element, under a strict CSP', () => {
  let app: BuiltApp;
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([
      buildQuickStart('plain-html', inject('tarballs'), inject('workDir')),
      fixtureToY4m(FACE).then((file) => launchChromium({ fakeCameraFile: file })),
    ]);
    console.log(describeApp(app));
    served = await app.serve();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('the page is served with the strict policy', async () => {
    const response = await fetch(`${served.url}/`);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(await response.text()).toContain('<liveness-capture');
  });

  it('reaches a result with one POST and zero CSP violations', async () => {
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
});
