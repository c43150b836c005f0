// Face detection benchmark: liveness-kit's detector against a naive Human baseline, in headless
// Chromium with the fake camera (640x480 at 60 fps, so the detector and not the camera sets the
// pace; a single-face photo), from a production build.
// Prints a table and exits non-zero when a target is missed. Run: pnpm --filter @liveness-kit/capture bench
import { fixtureToY4m, launchChromium } from '@liveness-kit/test-utils';
import { mkdtempSync, rmSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { workspaceSources } from '../../../vite.shared.js';
import { contentType, installedAssetDirs } from '../src/vite/asset-files.js';
import { livenessKit } from '../src/vite/liveness-kit-plugin.js';
import type { BenchResult } from './page/bench-result.js';

const pageRoot = fileURLToPath(new URL('./page/', import.meta.url));
const FIXTURE = 'single/man-obama-official-portrait.jpg';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CAMERA_FPS = 60;

/** Targets (see the package README). */
const TARGETS = { fps: 30, fpsRatio: 2, longTasks: 0, firstHintMs: 1500 };

/** All of Human's models, for the baseline only (the app's plugin serves just BlazeFace). */
function baselineModels(): Plugin {
  const { modelsDir } = installedAssetDirs();
  return {
    name: 'bench-baseline-models',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (!path.startsWith('/baseline/models/')) return next();
        const file = join(modelsDir, path.slice('/baseline/models/'.length).replace(/[^\w.-]/g, ''));
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', contentType(file));
        res.setHeader('Content-Length', String(statSync(file).size));
        createReadStream(file).pipe(res);
      });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function startPreview(outDir: string, crossOriginIsolation: boolean): Promise<PreviewServer> {
  return preview({
    root: pageRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [livenessKit({ crossOriginIsolation }), baselineModels()],
    build: { outDir },
    preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' },
  });
}

async function measure(browser: Browser, url: string): Promise<{ cold: BenchResult; warm: BenchResult }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const once = async (): Promise<BenchResult> => {
    await page.goto(url);
    await page.waitForFunction(() => window.benchResult !== undefined, undefined, {
      timeout: (SECONDS + 60) * 1000,
    });
    const result = (await page.evaluate(() => window.benchResult)) as BenchResult;
    if (result.error) throw new Error(`${url}: ${result.error}`);
    return result;
  };
  const cold = await once();
  const warm = await once();
  await context.close();
  return { cold, warm };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface Row {
  setup: string;
  fps: number;
  median: number;
  p95: number;
  longTasks: number;
  longestTask: number;
  uiFps: number;
  loadMs: number;
  firstHintWarm: number;
  firstHintCold: number;
  oneFaceShare: number;
  facts: Record<string, unknown>;
}

function toRow(setup: string, { cold, warm }: { cold: BenchResult; warm: BenchResult }): Row {
  const seconds = warm.windowMs / 1000;
  return {
    setup,
    fps: warm.detections / seconds,
    median: quantile(warm.latencies, 0.5),
    p95: quantile(warm.latencies, 0.95),
    longTasks: warm.longTasks.length,
    longestTask: Math.max(0, ...warm.longTasks.map((t) => t.duration)),
    uiFps: warm.uiFrames / seconds,
    loadMs: warm.loadMs,
    firstHintWarm: warm.firstResultAt,
    firstHintCold: cold.firstResultAt,
    oneFaceShare: warm.detections ? warm.framesWithOneFace / warm.detections : 0,
    facts: warm.facts,
  };
}

function table(rows: Row[]): string {
  const r = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  const lines = [
    '| setup | frames analysed/s | ms per frame (median / p95) | main-thread long tasks in 10 s (longest) | UI frames/s | model load | first hint, warm (cold) | frames with 1 face |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.setup} | ${r(row.fps, 1)} | ${r(row.median)} / ${r(row.p95)} | ${row.longTasks}${row.longTasks ? ` (${r(row.longestTask)} ms)` : ''} | ${r(row.uiFps)} | ${r(row.loadMs)} ms | ${r(row.firstHintWarm)} ms (${r(row.firstHintCold)} ms) | ${r(row.oneFaceShare * 100)}% |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'liveness-kit-bench-'));
  let plain: PreviewServer | undefined;
  let isolated: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    console.log('Building the benchmark page (production build)...');
    await build({
      root: pageRoot,
      configFile: false,
      logLevel: 'warn',
      plugins: [workspaceSources(), livenessKit()],
      build: { outDir, emptyOutDir: true },
    });
    plain = await startPreview(outDir, false);
    isolated = await startPreview(outDir, true);
    const plainUrl = plain.resolvedUrls!.local[0]!;
    const isolatedUrl = isolated.resolvedUrls!.local[0]!;
    browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(FIXTURE, { fps: CAMERA_FPS }) });
    const version = browser.version();

    const q = `seconds=${SECONDS}&fps=${CAMERA_FPS}`;
    console.log('Measuring the baseline (Human defaults, main thread)...');
    const raw: Record<string, { cold: BenchResult; warm: BenchResult }> = {};
    raw.baseline = await measure(browser, `${plainUrl}?subject=baseline&${q}`);
    const baseline = toRow('Baseline: Human defaults, main thread, full frames', raw.baseline);
    console.log('Measuring liveness-kit detector...');
    raw.detector = await measure(browser, `${plainUrl}?subject=detector&${q}`);
    const detector = toRow('liveness-kit detector (defaults: worker, BlazeFace)', raw.detector);
    console.log('Measuring liveness-kit detector, cross-origin isolated...');
    raw.isolated = await measure(browser, `${isolatedUrl}?subject=detector&${q}`);
    const detectorIsolated = toRow('same, page cross-origin isolated', raw.isolated);

    const rows = [baseline, detector, detectorIsolated];
    console.log(
      `\nChromium ${version}, ${cpus().length} cores, ${SECONDS} s of guidance per run, fake camera 640x480 ${CAMERA_FPS} fps (${FIXTURE}), warm cache (second load).\n`,
    );
    console.log(table(rows));
    console.log('\nDetails:');
    for (const row of rows) console.log(`- ${row.setup}: ${JSON.stringify(row.facts)}`);
    for (const [name, m] of Object.entries(raw)) {
      console.log(
        `- ${name}, warm: load started ${m.warm.loadStartedAt.toFixed(0)} ms, camera ready ${m.warm.cameraReadyAt.toFixed(0)} ms, models ready ${(m.warm.loadStartedAt + m.warm.loadMs).toFixed(0)} ms, first result ${m.warm.firstResultAt.toFixed(0)} ms after page start`,
      );
    }

    const checks = [
      {
        name: `at least ${TARGETS.fps} frames analysed per second, a phone camera's rate (${detector.fps.toFixed(1)})`,
        ok: detector.fps >= TARGETS.fps,
      },
      {
        name: `frames analysed per second >= ${TARGETS.fpsRatio}x the baseline (${detector.fps.toFixed(1)} vs ${baseline.fps.toFixed(1)})`,
        ok: detector.fps >= TARGETS.fpsRatio * baseline.fps,
      },
      {
        name: `no main-thread long task during detection (${detector.longTasks})`,
        ok: detector.longTasks <= TARGETS.longTasks,
      },
      {
        name: `first hint within ${TARGETS.firstHintMs} ms on a warm cache (${detector.firstHintWarm.toFixed(0)} ms)`,
        ok: detector.firstHintWarm <= TARGETS.firstHintMs,
      },
      { name: 'the detector found the one face in the frames', ok: detector.oneFaceShare >= 0.95 },
    ];
    console.log('\nTargets:');
    for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}`);
    if (checks.some((c) => !c.ok)) process.exitCode = 1;
  } finally {
    await browser?.close();
    await plain?.close();
    await isolated?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
