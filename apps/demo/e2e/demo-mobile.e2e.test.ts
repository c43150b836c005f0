import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../server/demo-server.js';
import {
  axeViolations,
  FLOW_TIMEOUT_MS,
  passIdPhotoStep,
  STATE_TIMEOUT_MS,
  waitForCaptureState,
} from './demo-page-helpers.js';
import {
  contains,
  inViewport,
  measurePhoneLayout,
  phoneContext,
  PHONES,
  type Phone,
  type PhoneLayout,
} from './phone-layout.js';

// A webcam selfie as a portrait 480x640 front camera sees it (cropped at the centre, not letterboxed):
// the face fills the upright oval. (The fixtures' own phone selfies have the face above the centre,
// so guidance rightly stays on "Center your face".)
const SELFIE = 'single/man-glasses-webcam.jpg';
const PORTRAIT_CAMERA = { width: 480, height: 640 };
const CAMERA_FILE = { ...PORTRAIT_CAMERA, fit: 'cover' } as const;
const RESULT_STATES = ['result', 'upload-error', 'model-error', 'camera-error'];

/** The layout rules every phone page keeps: no sideways scrolling, nothing too small to tap. */
function expectPhoneBasics(layout: PhoneLayout) {
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.smallTargets).toEqual([]);
}

/** While guiding: the stage across the screen, the oval inside the video, hint and button on screen. */
function expectGuidingLayout(layout: PhoneLayout) {
  expectPhoneBasics(layout);
  const { stage, video, oval, hint, capture } = layout;
  expect(stage && video && oval && hint && capture).toBeTruthy();
  expect(stage!.width).toBeGreaterThanOrEqual(layout.innerWidth - 0.5);
  expect(stage!.height).toBeGreaterThanOrEqual(0.6 * layout.innerHeight - 0.5);
  expect(contains(video!, oval!)).toBe(true);
  for (const [name, b] of Object.entries({ stage, hint, capture })) {
    expect(inViewport(layout, b!), `${name} on screen without scrolling`).toBe(true);
  }
}

const hintCode = (page: Page) =>
  page.locator('[data-part="hint"][data-source="camera"]').getAttribute('data-hint');

async function waitForHint(page: Page, code: string) {
  await page
    .locator(`[data-part="hint"][data-source="camera"][data-hint="${code}"]`)
    .waitFor({ timeout: STATE_TIMEOUT_MS });
}

/** Settings by taps: the photo is taken with the button only, so the test decides when. */
async function turnOffAutoCapture(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).tap();
  const drawer = page.locator('dialog[data-dialog="settings"]');
  await drawer.waitFor({ state: 'visible' });
  const layout = await measurePhoneLayout(page);
  expectPhoneBasics(layout);
  const drawerBox = await drawer.boundingBox();
  expect(drawerBox!.width).toBeLessThanOrEqual(layout.innerWidth);
  expect(await axeViolations(page)).toEqual([]);
  const auto = drawer.getByLabel('Take the photo by itself');
  expect(await auto.isChecked()).toBe(true);
  await auto.tap();
  expect(await auto.isChecked()).toBe(false);
  await drawer.getByRole('button', { name: 'Save' }).tap();
  await drawer.waitFor({ state: 'hidden' });
}

/** Welcome → settings → check → Start, by taps; returns once the face is READY. */
async function startCheckByTaps(page: Page, url: string) {
  await page.goto(`${url}/`);
  await page.locator('[data-engine="local"]').waitFor();
  await turnOffAutoCapture(page);
  await page.getByRole('button', { name: 'Verify my identity' }).tap();
  await passIdPhotoStep(page, SELFIE);
  await page.locator('[data-part="start"]').tap();
  await waitForCaptureState(page, ['guiding']);
  await waitForHint(page, 'READY');
}

describe('the demo on a phone: mobile emulation, touch, a portrait front camera', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
    browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(SELFIE, CAMERA_FILE) });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PHONES.map((phone) => [phone.name, phone] as [string, Phone]))(
    '%s: the onboarding by taps alone to a result, laid out for the phone, axe clean',
    async (_name, phone) => {
      const context = await phoneContext(browser, phone);
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/`);
        await page.locator('[data-page="welcome"]').waitFor();
        expectPhoneBasics(await measurePhoneLayout(page));
        // The developer panel is a disclosure, closed at first on a phone.
        expect(await page.locator('[data-panel="developer"] details').getAttribute('open')).toBeNull();
        expect(await axeViolations(page)).toEqual([]);

        await startCheckByTaps(page, server.url);
        const guiding = await measurePhoneLayout(page);
        expectGuidingLayout(guiding);
        // The stage has the camera's own aspect (3:4 upright): the oval drawn is the oval checked.
        const video = await page.locator('video').evaluate((v: HTMLVideoElement) => ({
          width: v.videoWidth,
          height: v.videoHeight,
        }));
        expect(video).toEqual(PORTRAIT_CAMERA);
        expect(guiding.stage!.height / guiding.stage!.width).toBeCloseTo(640 / 480, 2);
        expect(await page.locator('[data-part="root"]').getAttribute('data-orientation')).toBe('portrait');
        expect(await axeViolations(page)).toEqual([]);

        await page.locator('[data-part="capture"]').tap();
        expect(await waitForCaptureState(page, RESULT_STATES)).toBe('result');
        expectPhoneBasics(await measurePhoneLayout(page));
        expect(await axeViolations(page)).toEqual([]);

        // The panel opens with a tap and shows the response the component got.
        await page.locator('[data-panel="developer"] summary').tap();
        await page.locator('[data-dev="response"]').waitFor({ state: 'visible' });
        const status = await page.locator('[data-part="result"]').getAttribute('data-status');
        const json = JSON.parse(await page.locator('[data-dev="response"]').innerText()) as {
          liveness: { status: string };
        };
        expect(json.liveness.status).toBe(status);
        expectPhoneBasics(await measurePhoneLayout(page));
      } finally {
        await context.close();
      }
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'turned to landscape mid-guidance: asks to hold the phone upright, takes nothing, resumes when turned back',
    async () => {
      const phone = PHONES[0];
      const context = await phoneContext(browser, phone);
      const page = await context.newPage();
      const uploads: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/passive-liveness'))
          uploads.push(request.url());
      });
      try {
        await startCheckByTaps(page, server.url);

        await page.setViewportSize({ width: phone.viewport.height, height: phone.viewport.width });
        await waitForHint(page, 'HOLD_UPRIGHT');
        const root = page.locator('[data-part="root"]');
        expect(await root.getAttribute('data-orientation')).toBe('landscape');
        const landscape = await measurePhoneLayout(page);
        expectPhoneBasics(landscape);
        for (const [name, b] of Object.entries({
          stage: landscape.stage,
          hint: landscape.hint,
          capture: landscape.capture,
        })) {
          expect(b, name).toBeTruthy();
          expect(inViewport(landscape, b!), `${name} on screen in landscape`).toBe(true);
        }
        expect(await axeViolations(page)).toEqual([]);
        // A tap on the button takes nothing while the phone is on its side.
        await page.locator('[data-part="capture"]').tap();
        expect(await root.getAttribute('data-state')).toBe('guiding');
        expect(await hintCode(page)).toBe('HOLD_UPRIGHT');

        await page.setViewportSize(phone.viewport);
        await waitForHint(page, 'READY');
        expect(await root.getAttribute('data-orientation')).toBe('portrait');
        expectGuidingLayout(await measurePhoneLayout(page));
        expect(uploads).toEqual([]);

        await page.locator('[data-part="capture"]').tap();
        expect(await waitForCaptureState(page, RESULT_STATES)).toBe('result');
        expect(uploads).toHaveLength(1);
      } finally {
        await context.close();
      }
    },
    FLOW_TIMEOUT_MS,
  );
});
