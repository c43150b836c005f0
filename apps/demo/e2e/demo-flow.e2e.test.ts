import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../server/demo-server.js';
import {
  axeViolations,
  FLOW_TIMEOUT_MS,
  STATE_TIMEOUT_MS,
  waitForCaptureState,
  passIdPhotoStep,
} from './demo-page-helpers.js';

// A webcam selfie: the face fills the oval, so guidance reaches READY and captures by itself.
const SELFIE = 'single/man-glasses-webcam.jpg';

describe('demo onboarding flow in Chromium with the fake camera', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
    browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(SELFIE) });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('welcome page: one h1, landmarks, the engine named, and no axe violation', async () => {
    page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('[data-engine]').getAttribute('data-engine')).toBe('local');
    expect(await page.locator('h1').allInnerTexts()).toHaveLength(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('[data-dev="engine"]').innerText()).toBe('Local engine (development only)');
    // A page load leaves focus at the start of the document.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await axeViolations(page)).toEqual([]);
  });

  it(
    'reaches a result from the welcome button and the component’s start button alone',
    async () => {
      await page.getByRole('button', { name: 'Verify my identity' }).click();
      expect(new URL(page.url()).pathname).toBe('/check');
      // Focus moves to the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      // Step 1: an ID photo of the same person, so the face match can verify.
      await passIdPhotoStep(page, SELFIE);
      await page.locator('[data-part="start"]').click();
      await waitForCaptureState(page, ['guiding']);
      await page.locator('[data-part="hint"][data-source="camera"]').waitFor({ timeout: STATE_TIMEOUT_MS });
      const reached = await waitForCaptureState(page, [
        'result',
        'upload-error',
        'model-error',
        'camera-error',
      ]);
      expect(reached).toBe('result');
      const status = await page.locator('[data-part="result"]').getAttribute('data-status');
      expect(['Approved', 'Declined', 'In Review', 'Not Finished']).toContain(status);

      // The developer panel shows the very response the component got, and the timings.
      const json = JSON.parse(await page.locator('[data-dev="response"]').innerText()) as {
        request_id: string;
        liveness: { status: string; method: string };
      };
      expect(json.liveness.status).toBe(status);
      expect(json.liveness.method).toBe('PASSIVE');
      expect(json.request_id).toMatch(/\S{8,}/);
      expect(await page.locator('[data-dev="state"]').innerText()).toBe('result');
      for (const key of ['firstHintMs', 'modelReadyMs', 'captureToResponseMs', 'uploadMs']) {
        const text = await page.locator(`[data-timing="${key}"]`).innerText();
        expect(text, key).toMatch(/^\d+ ms$/);
        expect(Number.parseInt(text, 10), key).toBeGreaterThan(0);
      }
      const ms = async (key: string) =>
        Number.parseInt(await page.locator(`[data-timing="${key}"]`).innerText(), 10);
      expect(await ms('captureToResponseMs')).toBeGreaterThanOrEqual(await ms('uploadMs'));
      expect(await ms('firstHintMs')).toBeGreaterThanOrEqual(await ms('modelReadyMs'));

      // The next step fits the status.
      expect(await page.locator('[data-next-step]').getAttribute('data-next-step')).toBe(status);
    },
    FLOW_TIMEOUT_MS,
  );

  it('result page has no axe violation', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('goes on from the result to the end page, and back to the start', async () => {
    const status = await page.locator('[data-part="result"]').getAttribute('data-status');
    if (status === 'Approved' || status === 'In Review') {
      await page.locator('[data-action="continue"]').click();
      expect(new URL(page.url()).pathname).toBe('/done');
      await expect.poll(() => page.locator('h1').innerText()).toBe('Welcome to Northwind Bank');
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.locator('[data-action="restart"]').click();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.locator('[data-page="welcome"]').waitFor();
    // Back: the check again, from the beginning (a fresh component).
    await page.getByRole('button', { name: 'Verify my identity' }).click();
    expect(await page.locator('[data-part="root"]').getAttribute('data-state')).toBe('idle');
    expect(await page.locator('[data-part="root"]').getAttribute('data-step')).toBe('reference');
    await page.goBack();
    await page.locator('[data-page="welcome"]').waitFor();
    await page.close();
  });

  it('/done without a result of this visit goes to the welcome page', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}/done`);
    await p.locator('[data-page="welcome"]').waitFor();
    expect(new URL(p.url()).pathname).toBe('/');
    await p.close();
  });

  it(
    '/capture renders only the component with its defaults, and it reaches a result too',
    async () => {
      const p = await browser.newPage();
      // Settings of the onboarding do not apply on /capture.
      await p.goto(`${server.url}/`);
      await p.evaluate(() =>
        localStorage.setItem('liveness-kit-demo:settings', JSON.stringify({ locale: 'de', theme: 'dark' })),
      );
      await p.goto(`${server.url}/capture`);
      const root = p.locator('[data-part="root"]');
      await root.waitFor();
      expect(await root.getAttribute('data-state')).toBe('idle');
      expect(await root.getAttribute('lang')).toBe('en');
      expect(await root.getAttribute('data-theme')).toBeNull();
      expect(await p.locator('header, aside, h1, [data-panel]').count()).toBe(0);
      expect(await p.locator('body *:not(main, main *, script, #root)').count()).toBe(0);
      await p.locator('[data-part="start"]').click();
      expect(await waitForCaptureState(p, ['result', 'upload-error', 'model-error', 'camera-error'])).toBe(
        'result',
      );
      expect(await p.locator('[data-part="result"]').getAttribute('data-status')).toBeTruthy();
      await p.close();
    },
    FLOW_TIMEOUT_MS,
  );
});
