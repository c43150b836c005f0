// The README's "Next.js (App Router)" quick start: `next build` of the packed packages with the one
// documented config line, the route handler from the server package, the component rendered on the
// server and hydrated, driven in Chromium with the fake camera to a result.
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildQuickStart, describeApp, type BuiltApp, type ServedApp } from './consumer-app.js';
import { RESULT_STATUSES, captureToResult, recordPosts, watchPage } from './watch-page.js';

const FACE = 'single/man-glasses-webcam.jpg';

describe('quick start: Next.js App Router', () => {
  let app: BuiltApp;
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([
      buildQuickStart('next-app', inject('tarballs'), inject('workDir')),
      fixtureToY4m(FACE).then((file) => launchChromium({ fakeCameraFile: file })),
    ]);
    console.log(describeApp(app));
    served = await app.serve();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('the server renders the component’s first screen into the page’s HTML', async () => {
    const html = await (await fetch(`${served.url}/`)).text();
    expect(html).toMatch(/data-part="root"[^>]*data-state="idle"|data-state="idle"[^>]*data-part="root"/);
    expect(html).toContain('data-part="start"');
  });

  it('the route handler answers the contract path without the trailing slash; Next.js redirects the other', async () => {
    const health = await fetch(`${served.url}/api/liveness/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, engine: 'local' });
    // The server package's own refusal of a body that is not multipart: the route reached it.
    const bare = await fetch(`${served.url}/api/liveness/v3/passive-liveness`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(bare.status).toBe(415);
    expect(bare.headers.get('content-type')).toMatch(/json/);
    const slashed = await fetch(`${served.url}/api/liveness/v3/passive-liveness/`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(slashed.status).toBe(308);
  });

  it('hydrates and reaches a result with one POST and no error on the page', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    const posts = recordPosts(page, /\/api\/liveness\/v3\/passive-liveness\/?$/);
    await page.goto(served.url);
    const status = await captureToResult(page);
    expect(RESULT_STATUSES).toContain(status);
    expect(posts).toEqual([{ url: `${served.url}/api/liveness/v3/passive-liveness`, status: 200 }]);
    expect(await problems()).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      failedRequests: [],
    });
    await page.close();
  });
});
