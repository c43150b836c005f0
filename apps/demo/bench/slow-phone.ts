// The demo's /capture on a slower phone (issue 12): Chromium's mobile emulation (390x844, touch,
// device scale 3) with a portrait 480x640 fake camera at 30 fps and the page's CPU throttled 4x
// (DevTools `Emulation.setCPUThrottlingRate`, set before the page loads), today's build before
// issue 12 (527482b, its own worktree) against this checkout, production builds, runs alternating.
// Per build: Start -> first hint and -> result, frames analysed per second while guiding (the
// `detect` messages the page posts to the face-detection worker, counted from the first hint to the
// capture), main-thread long tasks Start -> result and while guiding, UI frames per second while
// guiding (requestAnimationFrame). Exits non-zero when this checkout has a long task while guiding.
// When it does, the scripts of the long animation frames say which code ran.
// Run: pnpm --filter @liveness-kit/demo bench:phone
// Env: BENCH_RUNS (5), BENCH_CPU_RATE (4), BENCH_BASELINE_DIR (/tmp/lk-baseline-12),
//      BENCH_BASELINE_COMMIT (527482b), BENCH_CURRENT_DIR (this checkout, uncommitted changes
//      included), BENCH_TIMEOUT_MS (120000), BENCH_FIXTURE (single/man-glasses-webcam.jpg).
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import { openSync, readSync, closeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { alternateRuns, runCount, withServedBuilds, type ServedApp } from './bench-builds.js';
import { mainThreadSpinMs, measureThrottle, throttleCpu, type ThrottleEffect } from './cpu-throttle.js';
import { installProbe, measureRunWith, type LongTask } from './page-probe.js';
import { guidingMeasure, installPhoneProbe, readPhoneRecord, runLoafs, type Loaf } from './phone-probe.js';
import {
  nonScriptMs,
  phoneTable,
  stallingScripts,
  summarizePhone,
  type PhoneRun,
  type PhoneSummary,
} from './phone-summary.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR ?? '/tmp/lk-baseline-12';
const BASELINE_COMMIT = process.env.BENCH_BASELINE_COMMIT ?? '527482b';
const CURRENT_DIR = process.env.BENCH_CURRENT_DIR ?? repo;
const RUNS = runCount(process.env.BENCH_RUNS, 5);
const RATE = Number(process.env.BENCH_CPU_RATE ?? 4);
const FIXTURE = process.env.BENCH_FIXTURE ?? 'single/man-glasses-webcam.jpg';
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 120_000);

/** A phone held upright: iPhone 12-14 class viewport. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
};
/** A portrait front camera, as one held upright sees the webcam selfie (cropped to 3:4, not letterboxed). */
const CAMERA = { width: 480, height: 640, fps: 30, fit: 'cover' } as const;

interface App extends ServedApp {
  context: BrowserContext;
  runs: PhoneRun[];
}

async function openApp(browser: Browser, app: ServedApp): Promise<App> {
  const context = await browser.newContext(PHONE);
  await installProbe(context);
  await installPhoneProbe(context);
  return { ...app, context, runs: [] };
}

/** One throttled Start → result run; `unthrottledSpinMs` calibrates the throttle seen in the page. */
async function phoneRun(app: App, unthrottledSpinMs: number): Promise<PhoneRun> {
  const { run, extra } = await measureRunWith(app.context, `${app.served.url}/capture`, TIMEOUT_MS, {
    beforeGoto: async (page) => {
      await throttleCpu(page, RATE);
    },
    afterEnd: async (page, _run, probe) => {
      const phone = await readPhoneRecord(page);
      const slowdown = (await mainThreadSpinMs(page)) / unthrottledSpinMs;
      return { guiding: guidingMeasure(probe, phone), loafs: runLoafs(probe, phone), slowdown };
    },
  });
  return { run, ...extra };
}

function describeRun({ run, guiding, slowdown }: PhoneRun): string {
  // Page time of the click: the first hint is `firstHintMs` after it.
  const clickAt = guiding.start - run.firstHintMs;
  const tasks = (list: LongTask[]) =>
    list.map((t) => `${t.duration.toFixed(0)} ms at ${(t.start - clickAt).toFixed(0)}`).join(', ') || 'none';
  const hints = run.hints.map((h) => `${h.hint} ${h.ms.toFixed(0)}`).join(', ');
  return (
    `first hint ${run.firstHintMs.toFixed(0)} ms (${run.firstHint}), result ${run.resultMs.toFixed(0)} ms; ` +
    `guiding ${guiding.ms.toFixed(0)} ms: ${guiding.detects} detects (${guiding.framesAnalysedPerSecond.toFixed(1)}/s), ` +
    `${guiding.uiFramesPerSecond.toFixed(1)} UI frames/s, longest frame gap ${guiding.longestFrameGapMs.toFixed(0)} ms, ` +
    `long tasks ${tasks(guiding.longTasks)}; Start → result long tasks: ${tasks(run.longTasks)}; hints: ${hints}; ` +
    `main thread ${slowdown.toFixed(1)}x slower`
  );
}

/** The stream's own header line (the cached file may come from another call's options). */
function y4mHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(80);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1').split('\n')[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

/** Prints the scripts behind the blocking long animation frames of `loafs`, with a bit of their source. */
async function reportStalls(app: App, where: string, loafs: Loaf[]): Promise<void> {
  const frames = nonScriptMs(loafs);
  if (frames.frames === 0) return;
  console.log(
    `\nLong animation frames that blocked ${app.label} ${where} (all runs): ${frames.frames}, ` +
      `${frames.totalMs.toFixed(0)} ms in all, of which scripts ${frames.scriptMs.toFixed(0)} ms ` +
      '(the rest: style, layout, paint, or work not attributed to a script). Scripts, longest total first:',
  );
  const sources = new Map<string, string>();
  for (const script of stallingScripts(loafs).slice(0, 12)) {
    let excerpt = '';
    if (script.sourceURL.startsWith(app.served.url) && script.sourceCharPosition >= 0) {
      if (!sources.has(script.sourceURL)) {
        sources.set(script.sourceURL, await (await fetch(script.sourceURL)).text());
      }
      const text = sources.get(script.sourceURL)!;
      excerpt = text.slice(script.sourceCharPosition, script.sourceCharPosition + 120).replace(/\s+/g, ' ');
    }
    console.log(
      `  ${script.totalMs.toFixed(0)} ms in ${script.frames} frame(s), longest ${script.longestMs.toFixed(0)} ms: ${script.name}` +
        (excerpt ? `\n      source there: ${excerpt}` : ''),
    );
  }
}

async function measureBoth(browser: Browser, effect: ThrottleEffect, cameraFile: string, builds: App[]) {
  const [baseline, current] = builds as [App, App];
  const loadBefore = loadavg()[0]!;
  // The same arithmetic unthrottled, to check the throttle inside each app page after its run.
  const reference = await browser.newPage();
  const unthrottledSpinMs = await mainThreadSpinMs(reference);
  await reference.close();

  for (const app of builds) {
    const cold = await phoneRun(app, unthrottledSpinMs);
    console.log(`  ${app.label}, warm-up (cold cache, not counted): ${describeRun(cold)}`);
  }
  console.log('Each run (ms after the click):');
  await alternateRuns(RUNS, [baseline, current], async (app) => {
    const run = await phoneRun(app, unthrottledSpinMs);
    app.runs.push(run);
    console.log(`  ${app.label} #${app.runs.length}: ${describeRun(run)}`);
  });

  const summaries: PhoneSummary[] = builds.map((app) => summarizePhone(app.label, app.runs));
  const now = summaries[1]!;
  console.log(
    `\nChromium ${browser.version()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), CPU throttled ${RATE}x ` +
      `(measured: main thread ${effect.mainSlowdown.toFixed(1)}x, a dedicated worker ${effect.workerSlowdown.toFixed(1)}x; ` +
      `in the app pages after each run ${summaries.map((s) => `${s.slowdown.toFixed(1)}x`).join(' / ')}), ` +
      `mobile emulation ${PHONE.viewport.width}x${PHONE.viewport.height} @${PHONE.deviceScaleFactor}x touch, ` +
      `fake camera ${FIXTURE} as "${y4mHeader(cameraFile)}", /capture, production builds on 127.0.0.1, ` +
      `warm cache (after one warm-up run each), ${RUNS} runs each, alternating. Load average (1 min) ` +
      `${loadBefore.toFixed(1)} before the runs, ${loadavg()[0]!.toFixed(1)} after: other work on the machine takes ` +
      'cores from the page and its worker, and shows as long tasks.',
  );
  if (effect.workerSlowdown < RATE / 2) {
    console.log(
      'Dedicated workers are not throttled (Chromium applies the rate to the page, and refuses it for a worker ' +
        "target), so the face detector itself runs at this machine's speed: frames analysed/s are an upper bound for a phone.",
    );
  }
  console.log('Guiding window: the first camera hint to the capture (the root leaving `guiding`).\n');
  console.log(phoneTable(summaries));

  const ok = now.guidingLongTasks.worst === 0;
  console.log(
    `\nTarget (current build): ${ok ? 'PASS' : 'FAIL'}  no main-thread long task while guiding, ` +
      `CPU throttled ${RATE}x, in every run (worst run: ${now.guidingLongTasks.worst}, longest ${now.guidingLongestTaskMs.toFixed(0)} ms)`,
  );
  for (const app of builds) {
    await reportStalls(
      app,
      'while guiding',
      app.runs.flatMap((r) => r.guiding.loafs),
    );
    await reportStalls(
      app,
      'from Start to the result',
      app.runs.flatMap((r) => r.loafs),
    );
  }
  if (!ok) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (!(RATE >= 1)) throw new Error(`BENCH_CPU_RATE must be a number >= 1 (${RATE})`);
  const config = { repo, baselineDir: BASELINE_DIR, baselineRev: BASELINE_COMMIT, currentDir: CURRENT_DIR };
  await withServedBuilds(config, async (builds) => {
    const cameraFile = await fixtureToY4m(FIXTURE, CAMERA);
    const browser = await launchChromium({ fakeCameraFile: cameraFile });
    try {
      const effect = await measureThrottle(browser, RATE);
      const apps = [await openApp(browser, builds.baseline), await openApp(browser, builds.current)];
      await measureBoth(browser, effect, cameraFile, apps);
    } finally {
      await browser.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
