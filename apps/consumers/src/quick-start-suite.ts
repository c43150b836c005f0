import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { buildQuickStart, describeApp, type ServedApp } from './consumer-app.js';
import { RESULT_STATUSES, captureToResult, recordPosts, watchPage } from './watch-page.js';

/** The face the fake camera shows in every consumer test. */
const FACE = 'single/man-glasses-webcam.jpg';

export interface QuickStartSuite {
  /** The served app (after `beforeAll`). */
  served(): ServedApp;
  /**
   * Opens the app in Chromium, presses Start, waits for the result and checks it: a contract
   * status, exactly one POST (to `postPath`, answered 200) and no problem on the page at all.
   */
  expectCleanResult(postPath: string): Promise<void>;
}

/**
 * Builds, serves and opens one stack's quick start for a `describe` block: the app is installed
 * and built once (beside Chromium's launch), served on a free port, and stopped afterwards.
 */
export function quickStartSuite(stack: string): QuickStartSuite {
  let served: ServedApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [app, launched] = await Promise.all([
      buildQuickStart(stack, inject('tarballs'), inject('workDir')),
      fixtureToY4m(FACE).then((file) => launchChromium({ fakeCameraFile: file })),
    ]);
    browser = launched;
    console.log(describeApp(app));
    served = await app.serve();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });
  return {
    served: () => served!,
    async expectCleanResult(postPath) {
      const page = await browser!.newPage();
      const problems = await watchPage(page);
      const posts = recordPosts(page, /\/v3\/passive-liveness\/?$/);
      await page.goto(served!.url);
      expect(RESULT_STATUSES).toContain(await captureToResult(page));
      expect(posts).toEqual([{ url: `${served!.url}${postPath}`, status: 200 }]);
      expect(await problems()).toEqual({
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        failedRequests: [],
      });
      await page.close();
    },
  };
}
