// <liveness-capture> on a phone: mobile emulation (390x844, touch) with a portrait 480x640 fake
// camera. The element's own stylesheet gives the stage the frame's aspect, the hint over its lower
// part, the capture button below it, and the page no sideways scroll; it reaches a result by taps.
import { createLocalEngine } from '@liveness-kit/server';
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './element-axe.js';
import { startElementPageServer, type ElementPageServer } from './element-server.js';

const TIMEOUT = 60_000;
// The webcam selfie as an upright 480x640 camera sees it (cropped at the centre).
const CAMERA = { width: 480, height: 640, fit: 'cover' } as const;

describe('<liveness-capture> on a phone', () => {
  const engine = createLocalEngine();
  let html: ElementPageServer;
  let browser: Browser;
  beforeAll(async () => {
    [html, browser] = await Promise.all([
      startElementPageServer('element-page', engine),
      fixtureToY4m('single/man-glasses-webcam.jpg', CAMERA).then((file) =>
        launchChromium({ fakeCameraFile: file }),
      ),
    ]);
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await html?.close();
  });

  it(
    'upright: the stage at the frame’s 3:4 across the screen, hint over it, button on screen, a result by taps',
    async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
      });
      const page = await context.newPage();
      try {
        await page.goto(html.url);
        await page.locator('[data-part="start"]').tap();
        await page.locator('[data-part="hint"][data-source="camera"]').waitFor({ timeout: TIMEOUT });
        // One read of the shadow root, while guiding (the photo is then taken by itself).
        const [stage, hint, capture] = await page.evaluate(() => {
          const shadow = document.querySelector('liveness-capture')!.shadowRoot!;
          return ['stage', 'hint', 'capture'].map((part) => {
            const r = shadow.querySelector(`[data-part="${part}"]`)!.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          });
        });
        expect(stage!.height / stage!.width).toBeCloseTo(640 / 480, 2);
        // The page's own margins stay; the stage takes the element's whole width and more than half the screen.
        expect(stage!.height).toBeGreaterThan(0.5 * 844);
        expect(hint!.y + hint!.height).toBeLessThanOrEqual(stage!.y + stage!.height);
        expect(hint!.y).toBeGreaterThan(stage!.y);
        expect(capture!.y + capture!.height).toBeLessThanOrEqual(844);
        expect(capture!.height).toBeGreaterThanOrEqual(44);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.waitForSelector('[data-part="root"][data-state="result"]', { timeout: TIMEOUT });
      } finally {
        await context.close();
      }
    },
    TIMEOUT * 2,
  );
});
