import { fixturePath, fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../server/demo-server.js';

describe('demo page with the fake camera', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
    url = server.url;
    browser = await launchChromium({
      fakeCameraFile: await fixtureToY4m('single/man-obama-official-portrait.jpg'),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the liveness API on the same origin', async () => {
    const res = await fetch(`${url}/api/healthz`);
    expect(await res.json()).toEqual({ ok: true, engine: 'local' });
  });

  it('plays the camera at 640x480 and shows real (non-blank) frames of the fixture', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/capture`);
    await page.locator('[data-part="start"]').click();
    const video = page.locator('video[data-part="camera"]');
    await video.waitFor();
    await page.waitForFunction(
      () => {
        const v = document.querySelector<HTMLVideoElement>('video[data-part="camera"]');
        return !!v && v.readyState >= 2 && !v.paused && v.videoWidth > 0;
      },
      undefined,
      { timeout: 15_000 },
    );
    const frame = await page.evaluate(() => {
      const v = document.querySelector<HTMLVideoElement>('video[data-part="camera"]')!;
      const canvas = document.createElement('canvas');
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(v, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let sum = 0;
      let sumSq = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        sum += y;
        sumSq += y * y;
      }
      const mean = sum / n;
      // The centre pixel of the portrait is face/suit, the corners of the letterbox are black.
      const centre = ctx.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data;
      return {
        width: v.videoWidth,
        height: v.videoHeight,
        mean,
        std: Math.sqrt(sumSq / n - mean * mean),
        centre: [...centre],
      };
    });
    expect(frame.width).toBe(640);
    expect(frame.height).toBe(480);
    // Not blank: real picture content with contrast, not a flat colour...
    expect(frame.mean).toBeGreaterThan(20);
    expect(frame.std).toBeGreaterThan(20);
    // ...and it is the fixture photo (not Chromium's synthetic pattern): same mean brightness as
    // the portrait letterboxed to 640x480, within what YUV 4:2:0 and colour conversion change.
    const expected = await sharp(fixturePath('single/man-obama-official-portrait.jpg'))
      .rotate()
      .resize(640, 480, { fit: 'contain', background: { r: 0, g: 0, b: 0 } })
      .removeAlpha()
      .raw()
      .toBuffer();
    let sum = 0;
    for (let i = 0; i < expected.length; i += 3) {
      sum += 0.2126 * expected[i]! + 0.7152 * expected[i + 1]! + 0.0722 * expected[i + 2]!;
    }
    expect(Math.abs(frame.mean - sum / (expected.length / 3))).toBeLessThan(6);
    await page.close();
  });
});
