// What the slow-phone benchmark adds inside the page, for any build: the detect requests the page
// posts to the face-detection worker (`{ type: 'detect', ... }`, the protocol of
// packages/capture/src/detector/worker-protocol.ts, unchanged since the baseline 527482b), every
// animation frame the page paints (requestAnimationFrame), and the Long Animation Frames
// (`long-animation-frame`) with their scripts, which name the function and source of a stall.
import type { BrowserContext, Page } from 'playwright-core';
import type { LongTask, ProbeRecord } from './page-probe.js';

/** One script of a long animation frame (`PerformanceScriptTiming`), as the browser names it. */
export interface LoafScript {
  invoker: string;
  invokerType: string;
  sourceURL: string;
  sourceFunctionName: string;
  sourceCharPosition: number;
  start: number;
  duration: number;
  forcedStyleAndLayoutDuration: number;
}

/** One long animation frame (`PerformanceLongAnimationFrameTiming`), page time. */
export interface Loaf {
  start: number;
  duration: number;
  blockingDuration: number;
  scripts: LoafScript[];
  /** The root's `data-state`s during the frame, e.g. `loading-model→guiding` (set after the run). */
  phase?: string;
}

/** What the phone probe recorded since the page started, in `performance.now()` time. */
export interface PhoneRecord {
  /** When the page posted each `detect` message to a worker. */
  detects: number[];
  /** Each requestAnimationFrame callback's frame time. */
  frames: number[];
  loafs: Loaf[];
  loafObserved: boolean;
}

declare global {
  interface Window {
    __phoneProbe?: PhoneRecord;
  }
}

// Plain JavaScript, as in page-probe.ts: no build tool's helpers in the page.
const PHONE_SCRIPT = `(() => {
  const probe = { detects: [], frames: [], loafs: [], loafObserved: false };
  window.__phoneProbe = probe;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message !== null && typeof message === 'object' && message.type === 'detect') {
      probe.detects.push(performance.now());
    }
    return post.call(this, message, ...rest);
  };
  const onFrame = (time) => {
    probe.frames.push(time);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.loafs.push({
          start: e.startTime, duration: e.duration, blockingDuration: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker, invokerType: s.invokerType, sourceURL: s.sourceURL,
            sourceFunctionName: s.sourceFunctionName, sourceCharPosition: s.sourceCharPosition,
            start: s.startTime, duration: s.duration,
            forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    probe.loafObserved = true;
  } catch {}
})();`;

/** Installs the phone probe in every page of `context`, before the page's own scripts. */
export async function installPhoneProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PHONE_SCRIPT });
}

/** Reads the phone probe's record (after the run; long-frame entries arrive a little late). */
export async function readPhoneRecord(page: Page): Promise<PhoneRecord> {
  const record = await page.evaluate(
    () =>
      new Promise<PhoneRecord | undefined>((resolve) => {
        requestIdleCallback(() => resolve(window.__phoneProbe), { timeout: 1000 });
      }),
  );
  if (!record) throw new Error('the phone probe is not in the page');
  return record;
}

/** The guiding window of one run and what happened in it (ms; page time for `start`/`end`). */
export interface GuidingMeasure {
  /** The first camera hint. */
  start: number;
  /** The root left `guiding` after it (the capture), or the result if it never did. */
  end: number;
  ms: number;
  /** `detect` messages posted in the window, per second. */
  framesAnalysedPerSecond: number;
  detects: number;
  /** requestAnimationFrame callbacks in the window, per second. */
  uiFramesPerSecond: number;
  /** The longest time between two animation frames in the window. */
  longestFrameGapMs: number;
  /** Main-thread long tasks that overlap the window. */
  longTasks: LongTask[];
  /** Long animation frames that overlap the window. */
  loafs: Loaf[];
}

const overlaps = (a: { start: number; duration: number }, start: number, end: number) =>
  a.start < end && a.start + a.duration > start;

/** `loaf` with the states the root was in during it (a state the frame itself set included). */
function withPhase(loaf: Loaf, probe: ProbeRecord): Loaf {
  const end = loaf.start + loaf.duration;
  const before = probe.states.filter((s) => s.at <= loaf.start).at(-1)?.state ?? 'before Start';
  const during = probe.states.filter((s) => s.at > loaf.start && s.at <= end).map((s) => s.state);
  return { ...loaf, phase: [before, ...during].join('→') };
}

/** The long animation frames that overlap the click → end span of a run. */
export function runLoafs(probe: ProbeRecord, phone: PhoneRecord): Loaf[] {
  const { clickAt, endAt } = probe;
  if (clickAt === null || endAt === null) return [];
  return phone.loafs.filter((l) => overlaps(l, clickAt, endAt)).map((l) => withPhase(l, probe));
}

/**
 * The guiding window of a run: from the first camera hint to the first state other than `guiding`
 * after it. `probe` is the page probe's record, `phone` the phone probe's.
 */
export function guidingMeasure(probe: ProbeRecord, phone: PhoneRecord): GuidingMeasure {
  const start = probe.firstHintAt;
  const endAt = probe.endAt;
  if (start === null || endAt === null) throw new Error('the run has no first hint or no end');
  const end = probe.states.find((s) => s.at > start && s.state !== 'guiding')?.at ?? endAt;
  const ms = end - start;
  const inWindow = (t: number) => t >= start && t < end;
  const detects = phone.detects.filter(inWindow).length;
  const frames = phone.frames.filter(inWindow);
  // Gaps include the window's edges, so a stall at either end is not missed.
  const marks = [start, ...frames, end];
  let longestFrameGapMs = 0;
  for (let i = 1; i < marks.length; i++)
    longestFrameGapMs = Math.max(longestFrameGapMs, marks[i]! - marks[i - 1]!);
  return {
    start,
    end,
    ms,
    detects,
    framesAnalysedPerSecond: ms > 0 ? (detects * 1000) / ms : NaN,
    uiFramesPerSecond: ms > 0 ? (frames.length * 1000) / ms : NaN,
    longestFrameGapMs,
    longTasks: probe.longTasks.filter((t) => overlaps(t, start, end)),
    loafs: phone.loafs.filter((l) => overlaps(l, start, end)).map((l) => withPhase(l, probe)),
  };
}
