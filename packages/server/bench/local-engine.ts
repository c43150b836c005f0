// Benchmark of the local liveness engine: latency per 640-px image and throughput, in-process and
// with 1 and 2 worker threads, against the baseline of the same run: the pipeline the engine had
// before MiniFASNet (Human's mesh, description, antispoof and liveness models on every image,
// `legacy-pipeline.ts`). Target: a median of at most 150 ms per image in-process.
//
//   pnpm --filter @liveness-kit/server bench:engine [--rounds N]
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { fixtureBytes, fixturesIn } from '@liveness-kit/test-utils';
import type { EngineRequest } from '../src/engine/engine.js';
import { createLocalEngine, type LocalEngine } from '../src/engine/local/create-local-engine.js';
import { loadLegacyPipeline } from './legacy-pipeline.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 4;

// The bona fide portraits and attack photos, each re-encoded at 640 px on the long side (EXIF
// applied): the size a browser capture is uploaded at.
const photos: Uint8Array[] = [];
for (const group of ['single', 'attack']) {
  for (const fixture of fixturesIn(group)) {
    photos.push(
      await sharp(fixtureBytes(fixture.path))
        .rotate()
        .resize(640, 640, { fit: 'inside' })
        .jpeg({ quality: 90 })
        .toBuffer(),
    );
  }
}

function request(image: Uint8Array, rotateImage = false): EngineRequest {
  return { image, imageType: 'image/jpeg', rotateImage, saveApiRequest: false };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const TARGET_MEDIAN_MS = 150;

interface Config {
  name: string;
  workers: number;
  engine: LocalEngine;
  load: number;
  latencies: number[];
  rotated: number[];
  done: number;
  busyMs: number;
  cpuMs: number;
}

async function timeOne(engine: LocalEngine, image: Uint8Array, rotate = false): Promise<number> {
  const started = performance.now();
  await engine.check(request(image, rotate));
  return performance.now() - started;
}

console.log(
  `local engine benchmark: ${photos.length} photos at 640 px, ${rounds} rounds; ` +
    `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ` +
    `load average ${loadavg()[0]!.toFixed(1)}`,
);

// Each engine is loaded and warmed up (the first analyses of a fresh Human are slow), then the
// rounds alternate between them, so that whatever else runs on the machine weighs on all alike.
const legacy = await loadLegacyPipeline();
for (const photo of photos) await legacy.analyse(photo);
const legacyLatencies: number[] = [];
const currentCpu: number[] = [];
const legacyCpu: number[] = [];
/** CPU time of one call, ms (this thread's process; no worker runs during these). */
async function cpuOf(run: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const configs: Config[] = [];
const rssGrowth: string[] = [];
for (const [name, workers] of [
  ['in-process', 0],
  ['1 worker', 1],
  ['2 workers', 2],
] as const) {
  const engine = createLocalEngine({ workers });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  await engine.ready();
  const load = (performance.now() - started) / 1000;
  rssGrowth.push(`${name} +${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(0)} MB`);
  await Promise.all(
    Array.from({ length: Math.max(1, workers) }, () =>
      Promise.all(photos.map((p) => engine.check(request(p)))),
    ),
  );
  configs.push({ name, workers, engine, load, latencies: [], rotated: [], done: 0, busyMs: 0, cpuMs: 0 });
}

for (let round = 0; round < rounds; round++) {
  for (const photo of photos) {
    const started = performance.now();
    await legacy.analyse(photo);
    legacyLatencies.push(performance.now() - started);
    legacyCpu.push(await cpuOf(() => legacy.analyse(photo)));
    currentCpu.push(await cpuOf(() => configs[0]!.engine.check(request(photo))));
  }
  for (const config of configs) {
    const { engine, workers } = config;
    // Latency: one request at a time.
    for (const photo of photos) config.latencies.push(await timeOne(engine, photo));
    if (workers === 0) for (const photo of photos) config.rotated.push(await timeOne(engine, photo, true));
    // Throughput: two requests per analyser in flight.
    const total = photos.length * Math.max(1, workers);
    let next = 0;
    const cpuBefore = process.cpuUsage(); // the whole process, worker threads included
    const started = performance.now();
    const client = async () => {
      while (next < total) await engine.check(request(photos[next++ % photos.length]!));
    };
    await Promise.all(Array.from({ length: 2 * Math.max(1, workers) }, client));
    config.busyMs += performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    config.cpuMs += (cpu.user + cpu.system) / 1000;
    config.done += total;
  }
}

const throughput = (c: Config) => c.done / (c.busyMs / 1000);
const baseline = throughput(configs[0]!);
const rows = configs.map((c) => ({
  engine: c.name,
  'models load (s)': c.load.toFixed(2),
  'median (ms)': percentile(c.latencies, 50).toFixed(0),
  'p95 (ms)': percentile(c.latencies, 95).toFixed(0),
  'images/s': throughput(c).toFixed(2),
  'CPU ms/image': (c.cpuMs / c.done).toFixed(0),
  'vs in-process': c.workers === 0 ? 'baseline' : `${(throughput(c) / baseline).toFixed(2)}x`,
}));
for (const c of configs) {
  const stats = c.engine.stats();
  if (stats.modelLoads !== Math.max(1, c.workers))
    throw new Error(`${c.name}: models loaded ${stats.modelLoads} times`);
  await c.engine.close();
}

const legacyMedian = percentile(legacyLatencies, 50);
const currentMedian = percentile(configs[0]!.latencies, 50);
console.table([
  {
    engine: 'before: Human mesh + faceres + antispoof + liveness (in-process)',
    'median (ms)': legacyMedian.toFixed(0),
    'p95 (ms)': percentile(legacyLatencies, 95).toFixed(0),
    'CPU median (ms)': percentile(legacyCpu, 50).toFixed(0),
  },
  {
    engine: 'now: BlazeFace + core checks + MiniFASNet (in-process)',
    'median (ms)': currentMedian.toFixed(0),
    'p95 (ms)': percentile(configs[0]!.latencies, 95).toFixed(0),
    'CPU median (ms)': percentile(currentCpu, 50).toFixed(0),
  },
]);
console.log(
  `median per image: ${currentMedian.toFixed(0)} ms now vs ${legacyMedian.toFixed(0)} ms before ` +
    `(${(legacyMedian / currentMedian).toFixed(2)}x faster); target at most ${TARGET_MEDIAN_MS} ms: ` +
    (currentMedian <= TARGET_MEDIAN_MS ? 'met' : 'NOT met') +
    ` (CPU time, which other load on the machine does not inflate: ${percentile(currentCpu, 50).toFixed(0)} ms vs ${percentile(legacyCpu, 50).toFixed(0)} ms)`,
);
console.table(rows);
const rotated = configs[0]!.rotated;
console.log(
  `rotate_image=true, in-process: median ${percentile(rotated, 50).toFixed(0)} ms, p95 ${percentile(rotated, 95).toFixed(0)} ms`,
);
console.log(`RSS growth while loading models: ${rssGrowth.join(', ')}`);
// Other processes on the machine skew every figure: say how busy it was.
console.log(
  `load average at the end (1/5/15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`,
);
