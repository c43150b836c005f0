// CPU throttling through the DevTools protocol (`Emulation.setCPUThrottlingRate`), and a check of
// what it slows down: the page's main thread, and whether a dedicated worker too.
import type { Browser, CDPSession, Page } from 'playwright-core';

/**
 * Throttles `page`'s main thread `rate` times. Call it before `page.goto`: the session must stay
 * attached for the throttling to last (closing the page ends it).
 */
export async function throttleCpu(page: Page, rate: number): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return session;
}

/** A fixed amount of arithmetic; returns how long it took (ms). Plain JavaScript for any realm. */
const SPIN = `function spin() {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 1e7; i++) x += Math.sqrt(i);
  return x > 0 ? performance.now() - started : -1;
}`;

/** The fastest of three {@link SPIN}s on `page`'s main thread (ms). */
export async function mainThreadSpinMs(page: Page): Promise<number> {
  return page.evaluate(`(() => { ${SPIN}; return Math.min(spin(), spin(), spin()); })()`);
}

/** The fastest of three {@link SPIN}s in a dedicated worker that `page` starts (ms). */
async function workerSpinMs(page: Page): Promise<number> {
  const source = `${SPIN}; onmessage = () => postMessage(Math.min(spin(), spin(), spin()));`;
  return page.evaluate(
    (src) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
        worker.onerror = () => reject(new Error('the spin worker failed'));
        worker.onmessage = (event: MessageEvent<number>) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.postMessage(null);
      }),
    source,
  );
}

export interface ThrottleEffect {
  rate: number;
  /** The same work unthrottled, ms. */
  mainMs: number;
  workerMs: number;
  /** Throttled over unthrottled. */
  mainSlowdown: number;
  workerSlowdown: number;
}

/**
 * Measures what `rate` does in this Chromium: the same arithmetic on a blank page's main thread
 * and in a dedicated worker it starts, unthrottled then throttled.
 */
export async function measureThrottle(browser: Browser, rate: number): Promise<ThrottleEffect> {
  const context = await browser.newContext();
  try {
    const plain = await context.newPage();
    const mainMs = await mainThreadSpinMs(plain);
    const workerMs = await workerSpinMs(plain);
    await plain.close();
    const throttled = await context.newPage();
    await throttleCpu(throttled, rate);
    const mainThrottled = await mainThreadSpinMs(throttled);
    const workerThrottled = await workerSpinMs(throttled);
    return {
      rate,
      mainMs,
      workerMs,
      mainSlowdown: mainThrottled / mainMs,
      workerSlowdown: workerThrottled / workerMs,
    };
  } finally {
    await context.close();
  }
}
