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
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import type { DemoServerPackage } from '../server/demo-api.js';
import { installProbe, measureRun, type LongTask, type RunMeasure } from './page-probe.js';
import { buildDemo, isDirty, prepareBaselineTree, resolveCommit } from './prepare-builds.js';
import { serveDemoBuild, type ServedBuild } from './serve-build.js';
import { summarize, table, type BuildSummary } from './summary.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR ?? '/tmp/lk-baseline';
const CURRENT_DIR = process.env.BENCH_CURRENT_DIR ?? repo;
const BASELINE_COMMIT = process.env.BENCH_BASELINE_COMMIT ?? 'df6c240';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FIXTURE = process.env.BENCH_FIXTURE ?? 'single/man-glasses-webcam.jpg';
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);

/** The targets of issue 11, for this checkout. */
const TARGETS = { firstHintMedianMs: 1000, longTasksPerRun: 0 };

interface App {
  label: string;
  served: ServedBuild;
  context: BrowserContext;
  runs: RunMeasure[];
}

/** `tree`'s `@liveness-kit/server`, from its sources (run with tsx). */
async function serverPackage(tree: string): Promise<DemoServerPackage> {
  const entry = pathToFileURL(join(tree, 'packages', 'server', 'src', 'index.ts')).href;
  return (await import(entry)) as DemoServerPackage;
}

async function openApp(browser: Browser, label: string, served: ServedBuild): Promise<App> {
  const context = await browser.newContext();
  await installProbe(context);
  return { label, served, context, runs: [] };
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
  if (!Number.isInteger(RUNS) || RUNS < 1)
    throw new Error(`BENCH_RUNS must be a whole number >= 1 (${RUNS})`);
  const baselineCommit = prepareBaselineTree(repo, BASELINE_DIR, BASELINE_COMMIT);
  const currentCommit = resolveCommit(CURRENT_DIR, 'HEAD');
  const currentLabel = `current (${currentCommit.slice(0, 7)}${isDirty(CURRENT_DIR) ? ' + uncommitted changes' : ''})`;
  const baselineLabel = `baseline (${baselineCommit.slice(0, 7)})`;

  const outRoot = mkdtempSync(join(tmpdir(), 'liveness-kit-start-to-hint-'));
  const servedBuilds: ServedBuild[] = [];
  let browser: Browser | undefined;
  try {
    console.log('Building both demos (production builds)...');
    buildDemo(BASELINE_DIR, join(outRoot, 'baseline'));
    buildDemo(CURRENT_DIR, join(outRoot, 'current'));
    // Each build talks to its own checkout's server (local engine).
    const baselineServed = await serveDemoBuild(join(outRoot, 'baseline'), await serverPackage(BASELINE_DIR));
    servedBuilds.push(baselineServed);
    const currentServed = await serveDemoBuild(join(outRoot, 'current'), await serverPackage(CURRENT_DIR));
    servedBuilds.push(currentServed);

    browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(FIXTURE) });
    const baseline = await openApp(browser, baselineLabel, baselineServed);
    const current = await openApp(browser, currentLabel, currentServed);

    for (const app of [baseline, current]) {
      const cold = await measureRun(app.context, `${app.served.url}/capture`, TIMEOUT_MS);
      console.log(`  ${app.label}, warm-up (cold cache, not counted): ${describeRun(cold)}`);
    }
    console.log('Each run (ms after the click):');
    for (let i = 0; i < RUNS; i++) {
      for (const app of i % 2 === 0 ? [baseline, current] : [current, baseline]) {
        const run = await measureRun(app.context, `${app.served.url}/capture`, TIMEOUT_MS);
        app.runs.push(run);
        console.log(`  ${app.label} #${app.runs.length}: ${describeRun(run)}`);
      }
    }

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
  } finally {
    await browser?.close();
    for (const served of servedBuilds) await served.close();
    rmSync(outRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
