// Exact face search in PostgresFaceStore as the table grows: insert time and match() p50/p95 at
// 10k, 25k, 50k and 100k stored embeddings (1024 float32, as Human's faceres gives), on a PostgreSQL
// 15 of its own (test-utils). Run: pnpm --filter @liveness-kit/server bench:postgres [maxFaces] [queries]
import { startPostgresServer } from '@liveness-kit/test-utils';
import { PostgresFaceStore } from '../src/store/postgres-face-store.js';

const DIMS = 1024;
const MAX = Number(process.argv[2] ?? 100_000);
const QUERIES = Number(process.argv[3] ?? 10);
const STEPS = [10_000, 25_000, 50_000, 100_000, 200_000].filter((n) => n <= MAX);
const BATCH = 1000;

/** A deterministic random unit vector (xorshift), so runs compare. */
let seed = 0x9e3779b9;
function randomFace(): number[] {
  const v = new Array<number>(DIMS);
  let norm = 0;
  for (let i = 0; i < DIMS; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    v[i] = (seed >>> 0) / 2 ** 32 - 0.5;
    norm += v[i]! * v[i]!;
  }
  return v.map((x) => x / Math.sqrt(norm));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const server = await startPostgresServer({ database: 'bench' });
const store = new PostgresFaceStore({ connectionString: server.url });
try {
  await store.ready();
  let stored = 0;
  let insertMs = 0;
  console.log(`faces\tinsert s (total)\tinsert faces/s\tmatch p50 ms\tmatch p95 ms\tms per 1k faces`);
  for (const step of STEPS) {
    const added = step - stored;
    const started = performance.now();
    while (stored < step) {
      const n = Math.min(BATCH, step - stored);
      await store.saveMany(
        Array.from({ length: n }, (_, i) => ({ embedding: randomFace(), vendorData: `user-${stored + i}` })),
      );
      stored += n;
    }
    const stepMs = performance.now() - started;
    insertMs += stepMs;
    const times: number[] = [];
    await store.match(randomFace(), 'warm-up');
    for (let q = 0; q < QUERIES; q++) {
      const face = randomFace();
      const t = performance.now();
      await store.match(face, `query-${q}`);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    console.log(
      [
        step,
        (insertMs / 1000).toFixed(1),
        Math.round(added / (stepMs / 1000)),
        p50.toFixed(0),
        percentile(times, 95).toFixed(0),
        (p50 / (step / 1000)).toFixed(1),
      ].join('\t'),
    );
  }
} finally {
  await store.close();
  await server.stop();
}
