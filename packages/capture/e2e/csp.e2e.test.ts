// <liveness-capture> under a Content-Security-Policy, in real Chromium: a production build served
// with the policy on every response (csp-server.ts: the page, its scripts, the worker, the wasm and
// the models), the fake camera fed a fixture face, the local engine answering /api. Measures the
// minimal policy (no violation at all, from the page or from the detector's worker) and that each
// way the detector's files can fail shows its own cause and fix, not "check your connection".
import { createLocalEngine } from '@liveness-kit/server';
import { fixtureToY4m, idPhotoFromFixture, launchChromium } from '@liveness-kit/test-utils';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadPort, startCspPageServer, type CspPageServer, type CspReport } from './csp-server.js';

const TIMEOUT = 60_000;
const FACE = 'single/man-glasses-webcam.jpg';

/** The minimal policy the README documents (packages/capture/README.md, Content-Security-Policy). */
const MINIMAL =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' blob:; media-src 'self' blob:";
const without = (policy: string, part: string) => {
  expect(policy).toContain(part);
  return policy.replace(part, '').replace(/ +;/g, ';').replace(/; *$/, '');
};

interface Opened {
  page: Page;
  /** Chromium's console lines about the policy, from the page and its worker. */
  consoleLines: string[];
}

async function open(server: CspPageServer, browser: Browser, query = ''): Promise<Opened> {
  const page = await browser.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleLines.push(message.text());
  });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('[data-part="start"]', { timeout: TIMEOUT });
  // The element's `liveness-error` events bubble to the document: keep the error's own fields.
  await page.evaluate(() => {
    const errors: unknown[] = [];
    Object.assign(window, { __errors: errors });
    document.addEventListener('liveness-error', (event) => {
      const e = (event as CustomEvent<{ error: Record<string, unknown> }>).detail.error;
      errors.push({ code: e.code, reason: e.reason, url: e.url, status: e.status, detail: e.detail });
    });
  });
  return { page, consoleLines };
}

/** `securitypolicyviolation` events on the page's document (the worker's only reach the reports). */
const pageViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations);

/** Reports are POSTed asynchronously: wait a little for the last ones. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

const directives = (reports: CspReport[]) =>
  [...new Set(reports.map((r) => `${r['effective-directive']} ${r['blocked-uri']}`))].sort();

async function startToModelError(page: Page) {
  await page.click('[data-part="start"]');
  await page.waitForSelector('[data-part="root"][data-state="model-error"]', { timeout: TIMEOUT });
  const errors = await page.evaluate(() => (window as unknown as { __errors: unknown[] }).__errors);
  return {
    reason: await page.getAttribute('[data-part="error"]', 'data-reason'),
    code: await page.getAttribute('[data-part="error"]', 'data-error'),
    title: await page.textContent('[data-part="error"] h2'),
    action: await page.textContent('[data-part="error"] p'),
    error: errors.at(-1) as { code: string; reason?: string; url?: string; status?: number; detail: string },
  };
}

describe('<liveness-capture> under a Content-Security-Policy (production build, real Chromium)', () => {
  const engine = createLocalEngine();
  let server: CspPageServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startCspPageServer(engine),
      fixtureToY4m(FACE).then((file) => launchChromium({ fakeCameraFile: file })),
    ]);
  }, TIMEOUT * 2);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await engine.close();
  });
  const use = (policy: string, modelsMissing = false) => {
    server.policy = policy;
    server.modelsMissing = modelsMissing;
    server.clearReports();
  };

  it(
    'the minimal policy: loads the detector in its worker, guides, takes and sends the photo with zero violations',
    async () => {
      use(MINIMAL);
      const { page, consoleLines } = await open(server, browser);
      await page.click('[data-part="start"]');
      await page.waitForSelector('[data-part="root"][data-state="result"]', { timeout: TIMEOUT });
      await settle();
      expect(await pageViolations(page)).toEqual([]);
      expect(consoleLines).toEqual([]);
      expect(server.reports).toEqual([]);
      // The detector ran in its worker: the worker script came from this origin under the policy.
      expect(page.workers().map((w) => new URL(w.url()).origin)).toContain(new URL(server.url).origin);
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    "the element itself needs neither style-src, img-src nor media-src for the selfie flow (constructed stylesheets, CSSOM, srcObject); the ID photo's preview needs img-src blob:",
    async () => {
      const bare = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
      use(bare);
      const selfie = await open(server, browser);
      await selfie.page.click('[data-part="start"]');
      await selfie.page.waitForSelector('[data-part="root"][data-state="result"]', { timeout: TIMEOUT });
      await settle();
      expect(server.reports).toEqual([]);
      expect(selfie.consoleLines).toEqual([]);
      await selfie.page.close();

      // The face-match flow shows the chosen ID photo from a blob: URL.
      use(MINIMAL.replace("img-src 'self' blob:", "img-src 'self'"));
      const { page } = await open(server, browser);
      await page.evaluate(() => document.querySelector('liveness-capture')!.setAttribute('face-match', ''));
      await page.waitForSelector('[data-part="reference-choose"]', { timeout: TIMEOUT });
      await page.setInputFiles('[data-part="reference-choose"]', await idPhotoFromFixture(FACE));
      await page.waitForSelector('[data-part="reference-preview"]', { timeout: TIMEOUT });
      await settle();
      expect(directives(server.reports)).toEqual(['img-src blob']);
      await page.close();

      use(MINIMAL);
      const allowed = await open(server, browser);
      await allowed.page.evaluate(() =>
        document.querySelector('liveness-capture')!.setAttribute('face-match', ''),
      );
      await allowed.page.waitForSelector('[data-part="reference-choose"]', { timeout: TIMEOUT });
      await allowed.page.setInputFiles('[data-part="reference-choose"]', await idPhotoFromFixture(FACE));
      await allowed.page.waitForSelector('[data-part="reference-preview"]', { timeout: TIMEOUT });
      await settle();
      expect(server.reports).toEqual([]);
      await allowed.page.close();
    },
    TIMEOUT * 3,
  );

  it(
    "script-src without 'wasm-unsafe-eval': the csp cause, its text, and the directive to add",
    async () => {
      use(without(MINIMAL, " 'wasm-unsafe-eval'"));
      const { page } = await open(server, browser);
      const shown = await startToModelError(page);
      expect(shown).toMatchObject({
        code: 'MODEL_LOAD_FAILED',
        reason: 'csp',
        title: 'This page’s security settings block the face checker. This is not your fault.',
        action: 'Reloading will not help until the site’s team fixes it. Please let the site’s support know.',
      });
      expect(shown.error.reason).toBe('csp');
      expect(shown.error.url).toBe(`${server.url}liveness-kit/wasm/tfjs-backend-wasm-simd.wasm`);
      expect(shown.error.detail).toContain(
        "the page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src",
      );
      await settle();
      // The worker's refusals reached the server: the zero above is measured, not unheard.
      expect(directives(server.reports)).toEqual(['script-src wasm-eval']);
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    'connect-src not allowing the files: the csp cause, naming the origin to allow',
    async () => {
      use(without(MINIMAL, " connect-src 'self';"));
      const { page } = await open(server, browser);
      const shown = await startToModelError(page);
      expect(shown.reason).toBe('csp');
      expect(shown.title).toBe(
        'This page’s security settings block the face checker. This is not your fault.',
      );
      expect(shown.error.detail).toContain(`connect-src must allow ${new URL(server.url).origin}`);
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    'the models folder answering 404: the not-found cause, the file and its status',
    async () => {
      use(MINIMAL, true);
      const { page } = await open(server, browser);
      const shown = await startToModelError(page);
      expect(shown).toMatchObject({
        reason: 'not-found',
        title: 'The face checker’s files are missing from this site. This is not your fault.',
      });
      expect(shown.error).toMatchObject({
        reason: 'not-found',
        status: 404,
        url: `${server.url}liveness-kit/models/blazeface-front.json`,
      });
      expect(shown.error.detail).toContain('liveness-kit assets');
      await settle();
      expect(server.reports).toEqual([]);
      await page.close();
    },
    TIMEOUT * 2,
  );

  it(
    'the models server gone (connection refused): the network cause, the only one that blames the connection',
    async () => {
      const port = await deadPort();
      const models = `http://127.0.0.1:${port}/models/`;
      use(MINIMAL.replace("connect-src 'self'", `connect-src 'self' http://127.0.0.1:${port}`));
      const { page } = await open(server, browser, `?models=${encodeURIComponent(models)}`);
      const shown = await startToModelError(page);
      expect(shown).toMatchObject({
        reason: 'network',
        title: 'The face checker could not be downloaded.',
        action: 'Check your internet connection and try again.',
      });
      expect(shown.error.url).toBe(`${models}blazeface-front.json`);
      await settle();
      expect(server.reports).toEqual([]);
      await page.close();
    },
    TIMEOUT * 2,
  );
});
