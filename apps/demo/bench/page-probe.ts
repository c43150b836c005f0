// What the benchmark measures inside the page, the same way for every build: it reads only the
// component's DOM contract (`[data-part="root"][data-state]`, `[data-part="start"]`,
// `[data-part="hint"][data-source="camera"][data-hint]`), never its code.
import type { BrowserContext, Page } from 'playwright-core';

/** One main-thread long task (`PerformanceLongTaskTiming`), in the page's `performance.now()` time. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the probe recorded, in the page's `performance.now()` time. */
export interface ProbeRecord {
  /** The Start button's `click` event (`event.timeStamp`, when the browser created the event). */
  clickAt: number | null;
  /** The first camera hint with its text in the DOM after the click (MutationObserver callback). */
  firstHintAt: number | null;
  /** Its `data-hint` code. */
  firstHint: string | null;
  /** Every camera hint code shown after the click, with when it appeared. */
  hints: { hint: string; at: number }[];
  /** The root's `data-state` first became `result` or an error state after the click. */
  endAt: number | null;
  endState: string | null;
  /** Every `data-state` the root took after the click, with when. */
  states: { state: string; at: number }[];
  /** Every long task since the page started (buffered). */
  longTasks: LongTask[];
  /** Whether the browser reports long tasks at all. */
  longTasksObserved: boolean;
}

declare global {
  interface Window {
    __startToHint?: ProbeRecord;
  }
}

/** States that end a check: the result, or an error the user would see. */
export const END_STATES = ['result', 'upload-error', 'model-error', 'camera-error'];

// Plain JavaScript (not a function Playwright serialises): a build tool's helpers must not leak in.
const PROBE_SCRIPT = `(() => {
  const probe = { clickAt: null, firstHintAt: null, firstHint: null, hints: [], endAt: null,
    endState: null, states: [], longTasks: [], longTasksObserved: false };
  window.__startToHint = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    probe.longTasksObserved = true;
  } catch {}
  const END = ${JSON.stringify(END_STATES)};
  window.addEventListener('click', (event) => {
    const target = event.target;
    if (probe.clickAt === null && target instanceof Element && target.closest('[data-part="start"]')) {
      probe.clickAt = event.timeStamp;
    }
  }, true);
  const check = () => {
    if (probe.clickAt === null || probe.endAt !== null) return;
    const now = performance.now();
    const state = document.querySelector('[data-part="root"]')?.getAttribute('data-state') ?? null;
    if (state && state !== probe.states[probe.states.length - 1]?.state) probe.states.push({ state, at: now });
    const hint = document.querySelector('[data-part="hint"][data-source="camera"][data-hint]');
    if (hint && hint.textContent.trim() !== '') {
      const code = hint.getAttribute('data-hint');
      if (probe.firstHintAt === null) {
        probe.firstHintAt = now;
        probe.firstHint = code;
      }
      if (code !== probe.hints[probe.hints.length - 1]?.hint) probe.hints.push({ hint: code, at: now });
    }
    if (state && END.includes(state)) {
      probe.endAt = now;
      probe.endState = state;
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
})();`;

/** Installs the probe in every page of `context`, before the page's own scripts. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE_SCRIPT });
}

/** One Start → result run of `/capture`, as the benchmark reports it (ms). */
export interface RunMeasure {
  firstHintMs: number;
  firstHint: string;
  /** The first hint other than `NO_FACE` (the face was found), ms after the click; `null` if none. */
  firstFaceHintMs: number | null;
  resultMs: number;
  /** Long tasks that overlap the click → result span. */
  longTasks: LongTask[];
  /** When each state was first reached, ms after the click. */
  stateMs: Record<string, number>;
  /** The hint codes in the order shown, with ms after the click. */
  hints: { hint: string; ms: number }[];
  /** Long tasks of the page load, before the click (not counted against the target). */
  longTasksBeforeClick: LongTask[];
}

/** The check did not end with a result: where it stopped. */
export class BenchRunError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BenchRunError';
  }
}

/** What a benchmark adds to a run: page set-up before it loads, more figures once it ended. */
export interface RunHooks<T> {
  /** On the new page before it navigates (e.g. CDP emulation that must be in place at load). */
  beforeGoto?(page: Page): Promise<void>;
  /** Once the check ended and the probe's record was read, before the page closes. */
  afterEnd(page: Page, run: RunMeasure, record: ProbeRecord): Promise<T>;
}

/**
 * Opens `url`, waits until the Start button can be clicked, clicks it, and waits for the result.
 * The probe must be installed in `context`.
 */
export async function measureRun(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
): Promise<RunMeasure> {
  const { run } = await measureRunWith(context, url, timeoutMs, { afterEnd: async () => undefined });
  return run;
}

/** {@link measureRun} with `hooks` around it; `extra` is what `hooks.afterEnd` returned. */
export async function measureRunWith<T>(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
  hooks: RunHooks<T>,
): Promise<{ run: RunMeasure; extra: T }> {
  const page = await context.newPage();
  try {
    await hooks.beforeGoto?.(page);
    await page.goto(url);
    const start = page.locator('[data-part="start"]');
    // Playwright's click waits for it to be visible, stable, enabled and to receive the pointer.
    await start.click({ timeout: timeoutMs });
    try {
      await page.waitForFunction(() => window.__startToHint?.endAt != null, undefined, {
        timeout: timeoutMs,
      });
    } catch (error) {
      const where = await page.evaluate(() => {
        const root = document.querySelector('[data-part="root"]');
        const hint = root?.querySelector('[data-part="hint"]');
        return `state ${root?.getAttribute('data-state')}, hint ${hint?.getAttribute('data-hint') ?? 'none'}`;
      });
      throw new BenchRunError(`${url}: no result within ${timeoutMs} ms (${where})`, { cause: error });
    }
    // Long-task entries reach the observer a little after the task: let it catch up.
    const record = await page.evaluate(
      () =>
        new Promise<ProbeRecord | undefined>((resolve) => {
          requestIdleCallback(() => resolve(window.__startToHint), { timeout: 1000 });
        }),
    );
    if (!record) throw new BenchRunError(`${url}: the probe is not in the page`);
    const run = toMeasure(url, record);
    return { run, extra: await hooks.afterEnd(page, run, record) };
  } finally {
    await page.close();
  }
}

function toMeasure(url: string, record: ProbeRecord): RunMeasure {
  const { clickAt, endAt, firstHintAt, firstHint } = record;
  if (clickAt === null || endAt === null) throw new BenchRunError(`${url}: the probe saw no click or no end`);
  if (record.endState !== 'result') {
    throw new BenchRunError(`${url}: the check ended in ${record.endState}, not a result`);
  }
  if (firstHintAt === null || firstHint === null) {
    throw new BenchRunError(`${url}: a result came without any camera hint shown before it`);
  }
  if (!record.longTasksObserved) throw new BenchRunError('this Chromium does not report long tasks');
  const stateMs: Record<string, number> = {};
  for (const { state, at } of record.states) stateMs[state] ??= at - clickAt;
  const hints = record.hints.map(({ hint, at }) => ({ hint, ms: at - clickAt }));
  return {
    firstHintMs: firstHintAt - clickAt,
    firstHint,
    firstFaceHintMs: hints.find((h) => h.hint !== 'NO_FACE')?.ms ?? null,
    resultMs: endAt - clickAt,
    longTasks: record.longTasks.filter((t) => t.start < endAt && t.start + t.duration > clickAt),
    stateMs,
    hints,
    longTasksBeforeClick: record.longTasks.filter((t) => t.start + t.duration <= clickAt),
  };
}
