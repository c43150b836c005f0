import { fixturePath, launchChromium } from '@liveness-kit/test-utils';
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

describe('demo without a camera: the photo-upload path', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
    // No fake UI and no permission granted: the camera request is refused.
    browser = await launchChromium({ fakeUi: false });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'offers a photo when the camera is refused',
    async () => {
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Verify my identity' }).click();
      await passIdPhotoStep(page, 'single/woman-young-frontal.jpg');
      await page.locator('[data-part="start"]').click();
      expect(await waitForCaptureState(page, ['camera-error', 'guiding'])).toBe('camera-error');
      expect(await page.locator('[data-part="error"]').getAttribute('data-error')).toBe(
        'CAMERA_PERMISSION_DENIED',
      );
      expect(await page.locator('input[type="file"][data-part="upload"]').count()).toBe(1);
      expect(await page.locator('[data-dev="error"]').innerText()).toBe('CAMERA_PERMISSION_DENIED');
      expect(await axeViolations(page)).toEqual([]);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'a photo without a face is refused before anything is sent',
    async () => {
      await page.locator('[data-part="upload"]').setInputFiles(fixturePath('noface/landscape.jpg'));
      const hint = page.locator('[data-part="hint"][data-source="photo"]');
      await hint.waitFor({ timeout: STATE_TIMEOUT_MS });
      expect(await hint.getAttribute('data-hint')).toBe('NO_FACE');
      expect(await page.locator('[data-dev="response"]').count()).toBe(0);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'a selfie from disk is checked, sent and answered',
    async () => {
      // A portrait photo (not the camera tests' webcam selfie): another shape of image from disk.
      await page.locator('[data-part="upload"]').setInputFiles(fixturePath('single/woman-young-frontal.jpg'));
      expect(await waitForCaptureState(page, ['result', 'upload-error', 'model-error'])).toBe('result');
      const status = await page.locator('[data-part="result"]').getAttribute('data-status');
      expect(['Approved', 'Declined', 'In Review', 'Not Finished']).toContain(status);
      const json = JSON.parse(await page.locator('[data-dev="response"]').innerText()) as {
        liveness: { status: string; user_image: { entities: unknown[] } };
      };
      expect(json.liveness.status).toBe(status);
      expect(json.liveness.user_image.entities).toHaveLength(1);
      // No camera, so no first hint; the photo's check and upload are timed.
      expect(await page.locator('[data-timing="firstHintMs"]').innerText()).toBe('—');
      expect(await page.locator('[data-timing="captureToResponseMs"]').innerText()).toMatch(/^\d+ ms$/);
      expect(await page.locator('[data-next-step]').getAttribute('data-next-step')).toBe(status);
      expect(await axeViolations(page)).toEqual([]);
    },
    FLOW_TIMEOUT_MS,
  );
});
