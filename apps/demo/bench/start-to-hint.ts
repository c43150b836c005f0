// "Start -> first hint" on the demo's /capture page (issue 11): today's flow (the app at the
// baseline commit, before the capture engine) against this checkout, production builds served on
// loopback, one Chromium with the fake camera, warm cache, runs alternating between the two.
// Prints a table and exits non-zero when this checkout misses a target.
// Run: pnpm --filter @liveness-kit/demo bench
// First hint: the first `[data-part="hint"][data-source="camera"]` with its text in the DOM after
// the Start button's click event; result: the root's `data-state` reaching `result` (page-probe.ts).
// Env: BENCH_RUNS (5), BENCH_BASELINE_DIR (/tmp/lk-baseline), BENCH_BASELINE_COMMIT (df6c240),
//      BENCH_CURRENT_DIR (this checkout, uncommitted changes included; e.g. a clean worktree of HEAD),
//      BENCH_TIMEOUT_MS (60000), BENCH_FIXTURE (single/man-glasses-webcam.jpg: a webcam selfie whose
//      face fills the oval, so guidance reaches READY and captures by itself; a photo whose face
//      stays small, like single/man-obama-official-portrait.jpg, never gets to a result).
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { alternateRuns, runCount, withServedBuilds, type ServedApp } from './bench-builds.js';
import { installProbe, measureRun, type LongTask, type RunMeasure } from './page-probe.js';
import { summarize, table, type BuildSummary } from './summary.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR ?? '/tmp/lk-baseline';
const CURRENT_DIR = process.env.BENCH_CURRENT_DIR ?? repo;
const BASELINE_COMMIT = process.env.BENCH_BASELINE_COMMIT ?? 'df6c240';
const RUNS = runCount(process.env.BENCH_RUNS, 5);
const FIXTURE = process.env.BENCH_FIXTURE ?? 'single/man-glasses-webcam.jpg';
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);

/** The targets of issue 11, for this checkout. */
const TARGETS = { firstHintMedianMs: 1000, longTasksPerRun: 0 };

interface App extends ServedApp {
  context: BrowserContext;
  runs: RunMeasure[];
}

async function openApp(browser: Browser, app: ServedApp): Promise<App> {
  const context = await browser.newContext();
  await installProbe(context);
  return { ...app, context, runs: [] };
}

function describeRun(run: RunMeasure): string {
  const states = Object.entries(run.stateMs)
    .map(([state, ms]) => `${state} ${ms.toFixed(0)}`)
    .join(', ');
  const tasks = (list: LongTask[]) => list.map((t) => `${t.duration.toFixed(0)} ms`).join(', ') || 'none';
  const hints = run.hints.map((h) => `${h.hint} ${h.ms.toFixed(0)}`).join(', ');
  return (
    `first hint ${run.firstHintMs.toFixed(0)} ms (${run.firstHint}), result ${run.resultMs.toFixed(0)} ms; ` +
    `states: ${states}; hints: ${hints}; long tasks: ${tasks(run.longTasks)} (page load before Start: ${tasks(run.longTasksBeforeClick)})`
  );
}

async function main(): Promise<void> {
  const config = { repo, baselineDir: BASELINE_DIR, baselineRev: BASELINE_COMMIT, currentDir: CURRENT_DIR };
  await withServedBuilds(config, async (builds) => {
    const browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(FIXTURE) });
    try {
      await measureBoth(
        browser,
        await openApp(browser, builds.baseline),
        await openApp(browser, builds.current),
      );
    } finally {
      await browser.close();
    }
  });
}

async function measureBoth(browser: Browser, baseline: App, current: App): Promise<void> {
  for (const app of [baseline, current]) {
    const cold = await measureRun(app.context, `${app.served.url}/capture`, TIMEOUT_MS);
    console.log(`  ${app.label}, warm-up (cold cache, not counted): ${describeRun(cold)}`);
  }
  console.log('Each run (ms after the click):');
  await alternateRuns(RUNS, [baseline, current], async (app) => {
    const run = await measureRun(app.context, `${app.served.url}/capture`, TIMEOUT_MS);
    app.runs.push(run);
    console.log(`  ${app.label} #${app.runs.length}: ${describeRun(run)}`);
  });

  const summaries: BuildSummary[] = [
    summarize(baseline.label, baseline.runs),
    summarize(current.label, current.runs),
  ];
  const now = summaries[1]!;
  console.log(
    `\nChromium ${browser.version()}, ${cpus().length} cores, fake camera 640x480 (${FIXTURE}), /capture, ` +
      `production builds on 127.0.0.1, warm cache (after one warm-up run each), ${RUNS} runs each, alternating.\n`,
  );
  console.log(table(summaries));

  const checks = [
    {
      name: `first hint within ${TARGETS.firstHintMedianMs} ms of Start, median (${now.firstHint.median.toFixed(0)} ms)`,
      ok: now.firstHint.median <= TARGETS.firstHintMedianMs,
    },
    {
      name: `no main-thread long task from Start to the result, in every run (worst run: ${now.longTaskCount.worst})`,
      ok: now.longTaskCount.worst <= TARGETS.longTasksPerRun,
    },
  ];
  console.log('\nTargets (current build):');
  for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
