// <liveness-capture> end to end: real Chromium with the fake camera fed a fixture face, the real
// face models served by the livenessKit() Vite plugin, and the real server package (local engine)
// on loopback. A plain HTML page and a Vue 3 app use the element and reach a result; the plain page
// also runs the face-match flow (an ID photo made from the camera's fixture, then the selfie).
import type { LivenessInterpretation, LivenessResponse, VerificationResult } from '@liveness-kit/core';
import { createLocalEngine } from '@liveness-kit/server';
import { fixturePath, fixtureToY4m, idPhotoFromFixture, launchChromium } from '@liveness-kit/test-utils';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './element-axe.js';
import { startElementPageServer, type ElementPageServer } from './element-server.js';

const TIMEOUT = 60_000;
const FACE = 'single/man-glasses-webcam.jpg';
const STATUSES = ['Approved', 'Declined', 'In Review'];

async function waitForState(page: Page, state: string) {
  await page.waitForSelector(`[data-part="root"][data-state="${state}"]`, { timeout: TIMEOUT });
}

/** Records the element's DOM events where a host would hear them: on `document` (they bubble). */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const seen: Record<string, unknown[]> = {
      'liveness-state': [],
      'liveness-result': [],
      'liveness-error': [],
    };
    Object.assign(window, { __events: seen });
    for (const type of Object.keys(seen)) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail as { error?: { code: string } };
        // An Error does not cross to the test with its own fields: keep its code.
        seen[type]!.push(detail.error ? { error: { code: detail.error.code } } : detail);
      });
    }
  });
}

type Seen = {
  'liveness-state': Array<{ state: string; previous: string }>;
  'liveness-result': Array<{
    response: LivenessResponse;
    interpretation: LivenessInterpretation;
    verification?: VerificationResult;
  }>;
  'liveness-error': Array<{ error: { code: string } }>;
};
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Seen }).__events);

describe('<liveness-capture> in real Chromium against the local engine', () => {
  const engine = createLocalEngine();
  let html: ElementPageServer;
  let vue: ElementPageServer;
  let browser: Browser;
  beforeAll(async () => {
    [html, vue, browser] = await Promise.all([
      startElementPageServer('element-page', engine),
      startElementPageServer('vue-page', engine),
      fixtureToY4m(FACE).then((file) => launchChromium({ fakeCameraFile: file })),
    ]);
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await html?.close();
    await vue?.close();
    await engine.close();
  });

  it(
    'a plain HTML page with one module script reaches a result, and fires the events with the contract body',
    async () => {
      const page = await browser.newPage();
      await page.goto(html.url);
      await page.waitForSelector('[data-part="start"]');
      await recordEvents(page);
      expect(await axeViolations(page)).toEqual([]);
      const before = html.checks;
      await page.click('[data-part="start"]');
      await waitForState(page, 'result');
      const seen = await events(page);
      expect(seen['liveness-result']).toHaveLength(1);
      const { response, interpretation } = seen['liveness-result'][0]!;
      expect(STATUSES).toContain(response.liveness.status);
      expect(interpretation.status).toBe(response.liveness.status);
      expect(response.vendor_data).toBe('html-user');
      expect(response.liveness.user_image?.entities).toHaveLength(1);
      expect(await page.getAttribute('[data-part="result"]', 'data-status')).toBe(response.liveness.status);
      expect(html.checks).toBe(before + 1);
      const states = seen['liveness-state'].map((e) => e.state);
      expect(states).toEqual(expect.arrayContaining(['starting-camera', 'guiding', 'uploading', 'result']));
      expect(seen['liveness-state'].at(-1)).toEqual({ state: 'result', previous: 'uploading' });
      // Focus moved to the result's heading (inside the shadow root), for screen readers.
      const focused = await page.evaluate(() => {
        const host = document.querySelector('liveness-capture');
        return document.activeElement === host
          ? host?.shadowRoot?.activeElement?.closest('[data-part]')?.getAttribute('data-part')
          : null;
      });
      expect(focused).toBe('result');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    'the face-match flow: the ID photo first, then the selfie, compared by the local engine; the outcome on the root and in liveness-result',
    async () => {
      const page = await browser.newPage();
      await page.goto(html.url);
      await page.waitForSelector('[data-part="start"]');
      await recordEvents(page);
      // The face match goes to the derived /api/v3/face-match/ beside the page's liveness endpoint.
      await page.evaluate(() => document.querySelector('liveness-capture')!.setAttribute('face-match', ''));
      await page.waitForSelector('[data-part="root"][data-step="reference"] [data-part="reference"]');
      expect(await page.locator('[data-part="start"]').count()).toBe(0);
      expect(await page.textContent('[data-part="step"]')).toBe('Step 1 of 2: ID photo');
      expect(await page.getAttribute('[data-part="reference-photograph"]', 'capture')).toBe('environment');
      expect(await axeViolations(page)).toEqual([]);

      const before = html.checks;
      // A photo without a face is refused before anything is sent, with the inputs still there.
      await page.setInputFiles('[data-part="reference-choose"]', fixturePath('noface/landscape.jpg'));
      await page.waitForSelector('[data-part="reference"][data-status="unusable"]', { timeout: TIMEOUT });
      expect(await page.getAttribute('[data-part="reference-problem"]', 'data-problem')).toBe('NO_FACE');
      expect(await page.locator('[data-part="reference-choose"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await page.setInputFiles('[data-part="reference-choose"]', await idPhotoFromFixture(FACE));
      await page.waitForSelector('[data-part="root"][data-step="liveness"] [data-part="reference-preview"]', {
        timeout: TIMEOUT,
      });
      const src = await page.getAttribute('[data-part="reference-preview"]', 'src');
      expect(src).toMatch(/^blob:/);
      expect(await axeViolations(page)).toEqual([]);
      await page.click('[data-part="start"]');
      await waitForState(page, 'result');

      const seen = await events(page);
      expect(seen['liveness-result']).toHaveLength(1);
      const { response, verification } = seen['liveness-result'][0]!;
      const root = '[data-part="root"]';
      expect(verification).toBeDefined();
      expect(await page.getAttribute(root, 'data-outcome')).toBe(verification!.outcome);
      // The camera's selfie passes the local engine's liveness (measured: Approved, 96), so the same
      // selfie is compared with the ID photo, a crop of the camera's picture: the same person.
      expect(response.liveness.status).toBe('Approved');
      expect(html.checks).toBe(before + 2);
      expect(await page.getAttribute(root, 'data-step')).toBe('face-match');
      expect(await page.getAttribute(root, 'data-face-match')).toBe('Approved');
      expect(verification!.outcome).toBe('verified');
      expect(verification!.faceMatch!.score).toBeGreaterThan(30);
      expect(await page.textContent('[data-part="result"] h2')).toBe('Identity verified');
      expect(await axeViolations(page)).toEqual([]);
      // The preview's object URL is freed once the element goes.
      const readable = await page.evaluate(async (url) => {
        const read = () =>
          fetch(url).then(
            (r) => r.ok,
            () => false,
          );
        const before = await read();
        document.querySelector('liveness-capture')!.remove();
        return { before, after: await read() };
      }, src!);
      expect(readable).toEqual({ before: true, after: false });
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    'a Vue 3 app binds attributes and properties, hears liveness-result, and reaches a result',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${vue.url}?vendorData=vue-7`);
      await page.waitForSelector('[data-part="start"]');
      const bound = await page.evaluate(() => {
        const el = document.querySelector('liveness-capture') as unknown as Record<string, unknown>;
        return {
          definedBeforeCall: (window as unknown as { __definedBeforeCall: boolean }).__definedBeforeCall,
          vendorData: el.vendorData,
          threshold: el.threshold,
          metadata: el.metadata,
          readyHoldMs: (el.timing as { readyHoldMs: number }).readyHoldMs,
        };
      });
      expect(bound).toEqual({
        definedBeforeCall: false,
        vendorData: 'vue-7',
        threshold: 30,
        metadata: { app: 'vue', flow: 'e2e' },
        readyHoldMs: 300,
      });
      await page.click('[data-part="start"]');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="vue-status"]')?.textContent?.trim(),
        null,
        { timeout: TIMEOUT },
      );
      const status = (await page.textContent('[data-testid="vue-status"]'))!.trim();
      expect(STATUSES).toContain(status);
      expect(await page.getAttribute('[data-part="result"]', 'data-status')).toBe(status);
      const response = await page.evaluate(() =>
        (window as unknown as { __results: LivenessResponse[] }).__results.at(-1)!,
      );
      expect(response.vendor_data).toBe('vue-7');
      expect(response.metadata).toEqual({ app: 'vue', flow: 'e2e' });
      expect(await page.textContent('[data-testid="vue-states"]')).toMatch(/guiding.*uploading result$/);
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    'a refused camera shows the camera error with ways out, and a chosen photo then reaches a result',
    async () => {
      // Headless Chromium without the fake-UI flag answers the permission prompt with a denial.
      const denying = await launchChromium({ fakeUi: false });
      try {
        const page = await denying.newPage();
        await page.goto(html.url);
        await page.waitForSelector('[data-part="start"]');
        await recordEvents(page);
        await page.click('[data-part="start"]');
        await waitForState(page, 'camera-error');
        expect(await page.getAttribute('[data-part="error"]', 'data-error')).toBe('CAMERA_PERMISSION_DENIED');
        expect((await events(page))['liveness-error'].map((e) => e.error.code)).toEqual([
          'CAMERA_PERMISSION_DENIED',
        ]);
        // Ways out: try the camera again, or choose a photo.
        expect(await page.locator('[data-part="retry"]').count()).toBe(1);
        expect(await page.locator('[data-part="upload"]').count()).toBe(1);
        const focusedHeading = await page.evaluate(
          () => document.querySelector('liveness-capture')?.shadowRoot?.activeElement?.tagName,
        );
        expect(focusedHeading).toBe('H2');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('[data-part="retry"]');
        await waitForState(page, 'camera-error');
        await page.setInputFiles('[data-part="upload"]', fixturePath('single/woman-young-frontal.jpg'));
        await waitForState(page, 'result');
        expect(STATUSES).toContain(await page.getAttribute('[data-part="result"]', 'data-status'));
      } finally {
        await denying.close();
      }
    },
    TIMEOUT * 2,
  );
});
