import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../server/demo-server.js';
import { axeViolations, FLOW_TIMEOUT_MS, passIdPhotoStep, waitForCaptureState } from './demo-page-helpers.js';

const SETTINGS_KEY = 'liveness-kit-demo:settings';
const CAMERA_KEY = 'liveness-kit:camera';

describe('demo settings drawer', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const drawer = () => page.locator('dialog[data-dialog="settings"]');
  const openDrawer = async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await drawer().waitFor({ state: 'visible' });
  };
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SETTINGS_KEY);

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
    browser = await launchChromium({ fakeCameraFile: await fixtureToY4m('single/man-glasses-webcam.jpg') });
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${server.url}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens as a labelled modal dialog with focus inside, with no axe violation', async () => {
    const opener = page.getByRole('button', { name: 'Settings' });
    expect(await opener.getAttribute('aria-haspopup')).toBe('dialog');
    await openDrawer();
    expect(await page.getByRole('dialog', { name: 'Settings' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    // Every shipped locale is offered, plus the browser's language.
    const locales = await drawer()
      .locator('select[name="locale"] option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(locales).toEqual(['auto', 'en', 'es', 'fr', 'de', 'pt', 'zh', 'ja', 'ar']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses invalid values with a message on the field, and saves nothing', async () => {
    await drawer().getByLabel('Endpoint').fill('ftp://example.com/x');
    await drawer().getByLabel('Decline threshold (0-100)').fill('150');
    await drawer().getByRole('button', { name: 'Save' }).click();
    expect(await drawer().isVisible()).toBe(true);
    const endpoint = drawer().getByLabel('Endpoint');
    expect(await endpoint.getAttribute('aria-invalid')).toBe('true');
    expect(await endpoint.evaluate((e) => e === document.activeElement)).toBe(true);
    // The message is part of the field's description.
    const describedBy = (await endpoint.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(
      describedBy.map((id) => page.evaluate((i) => document.getElementById(i)?.textContent, id)),
    );
    expect(messages).toContain('Enter a path starting with / or an http(s) URL.');
    expect(await drawer().getByText('Enter a number from 0 to 100, or leave it empty.').isVisible()).toBe(
      true,
    );
    expect(await stored()).toBeNull();
  });

  it('Escape closes without saving and gives focus back to the Settings button', async () => {
    await page.keyboard.press('Escape');
    await drawer().waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'open-settings',
    );
    expect(await stored()).toBeNull();
  });

  it('saves endpoint, threshold, locale and theme, and keeps them across a reload', async () => {
    await openDrawer();
    // Reopened: the draft starts again from the saved (default) settings.
    expect(await drawer().getByLabel('Endpoint').inputValue()).toBe('/api/v3/passive-liveness/');
    await drawer().getByLabel('Endpoint').fill(' /api/v3/passive-liveness/ ');
    await drawer().getByLabel('Decline threshold (0-100)').fill('100');
    await drawer().getByLabel('Language of the check').selectOption('de');
    await drawer().getByRole('radio', { name: 'Dark' }).check();
    await drawer().getByRole('button', { name: 'Save' }).click();
    await drawer().waitFor({ state: 'hidden' });
    expect(await page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await stored()).toMatchObject({
      endpoint: '/api/v3/passive-liveness/',
      threshold: 100,
      locale: 'de',
      theme: 'dark',
    });

    await page.reload();
    await page.locator('[data-page="welcome"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await openDrawer();
    expect(await drawer().getByLabel('Decline threshold (0-100)').inputValue()).toBe('100');
    expect(await drawer().getByLabel('Language of the check').inputValue()).toBe('de');
    expect(await drawer().getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await drawer().getByRole('button', { name: 'Cancel' }).click();
    await drawer().waitFor({ state: 'hidden' });
  });

  it(
    'the check uses them: German, dark, and the threshold sent (100 declines every score)',
    async () => {
      await page.getByRole('button', { name: 'Verify my identity' }).click();
      const root = page.locator('[data-part="root"]');
      // German loads on demand; the root takes its lang once it is there.
      await expect.poll(() => root.getAttribute('lang')).toBe('de');
      expect(await root.getAttribute('data-theme')).toBe('dark');
      await passIdPhotoStep(page, 'single/man-glasses-webcam.jpg');
      await page.locator('[data-part="start"]').click();
      expect(await waitForCaptureState(page, ['result', 'upload-error', 'model-error', 'camera-error'])).toBe(
        'result',
      );
      expect(await page.locator('[data-part="result"]').getAttribute('data-status')).toBe('Declined');
      const json = JSON.parse(await page.locator('[data-dev="response"]').innerText()) as {
        liveness: { warnings: { risk: string }[] };
      };
      expect(json.liveness.warnings.map((w) => w.risk)).toContain('LOW_LIVENESS_SCORE');
      expect(await page.locator('[data-next-step]').getAttribute('data-next-step')).toBe('Declined');
      // The declined result in dark mode, German inside the component.
      expect(await axeViolations(page)).toEqual([]);
    },
    FLOW_TIMEOUT_MS,
  );

  it('sets the camera the component remembers (names show once the camera was allowed)', async () => {
    await openDrawer();
    const select = drawer().getByLabel('Camera');
    const options = await select
      .locator('option')
      .evaluateAll((o) => o.map((x) => ({ value: (x as HTMLOptionElement).value, label: x.textContent })));
    expect(options[0]).toEqual({ value: '', label: 'Default (front camera)' });
    const camera = options[1];
    expect(camera?.value).toBeTruthy();
    expect(camera?.label).toMatch(/fake/i);
    await select.selectOption(camera!.value);
    await drawer().getByRole('button', { name: 'Save' }).click();
    await drawer().waitFor({ state: 'hidden' });
    expect(await page.evaluate((key) => localStorage.getItem(key), CAMERA_KEY)).toBe(camera!.value);
    await openDrawer();
    expect(await drawer().getByLabel('Camera').inputValue()).toBe(camera!.value);
  });

  it('a custom theme reaches the component as --lk-* variables, with its contrast shown', async () => {
    await drawer().getByRole('radio', { name: 'Custom' }).check();
    await drawer().getByLabel('Button colour').fill('#0f5132');
    await drawer().getByLabel('Background').fill('#fffdf5');
    await drawer().getByLabel('Text colour').fill('#222222');
    await drawer().getByLabel('Corner radius (px)').fill('4');
    expect(await drawer().locator('[data-contrast]').getAttribute('data-contrast')).toBe('ok');
    await drawer().getByLabel('Background').fill('#dddddd');
    await drawer().getByLabel('Text colour').fill('#aaaaaa');
    expect(await drawer().locator('[data-contrast]').getAttribute('data-contrast')).toBe('low');
    await drawer().getByLabel('Text colour').fill('#222222');
    await drawer().getByLabel('Background').fill('#fffdf5');
    await drawer().getByRole('button', { name: 'Save' }).click();
    await drawer().waitFor({ state: 'hidden' });
    const root = page.locator('[data-part="root"]');
    const vars = await root.evaluate((el) => {
      const style = getComputedStyle(el);
      return ['--lk-primary', '--lk-bg', '--lk-fg', '--lk-radius'].map((v) =>
        style.getPropertyValue(v).trim(),
      );
    });
    expect(vars).toEqual(['#0f5132', '#fffdf5', '#222222', '4px']);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Reset to defaults restores them', async () => {
    await openDrawer();
    await drawer().getByRole('button', { name: 'Reset to defaults' }).click();
    await drawer().getByRole('button', { name: 'Save' }).click();
    await drawer().waitFor({ state: 'hidden' });
    expect(await stored()).toEqual({
      endpoint: '/api/v3/passive-liveness/',
      threshold: null,
      locale: 'auto',
      theme: 'system',
      customTheme: { primary: '#6d28d9', background: '#faf7ff', text: '#1e1b4b', radius: 20 },
      autoCapture: true,
      faceMatch: true,
    });
    expect(await page.evaluate((key) => localStorage.getItem(key), CAMERA_KEY)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});
