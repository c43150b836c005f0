import type { Worker } from 'node:worker_threads';
import { isLivenessError } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyseOptions } from './analyse-image.js';
import { ENGINE_UNAVAILABLE } from './engine-unavailable.js';
import { defaultModelDir, defaultWasmDir } from './human-paths.js';
import { DEFAULT_LOCAL_ENGINE_THRESHOLDS } from './local-engine-thresholds.js';
import type { InjectedFault } from './testing/fault-injection.js';
import { faultyWorkerScript } from './testing/faulty-worker-script.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

// Worker threads are threads of this process, not processes: no SIGKILL reaches one alone. What
// can really happen to one is tested instead: it is terminated (worker.terminate(), as the runtime
// does to a thread over its resource limits), it exits by itself (process.exit inside it), it
// throws an uncaught exception, or it blocks and never answers.

const SLOW = { timeout: 60_000 };
const settings = {
  modelDir: defaultModelDir(),
  wasmDir: defaultWasmDir(),
  minFaceConfidence: DEFAULT_LOCAL_ENGINE_THRESHOLDS.minFaceConfidence,
  maxFaces: 5,
};
const options: AnalyseOptions = {
  maxInputPixels: 40_000_000,
  analysisSize: 640,
  rotateImage: false,
  describe: false,
  gates: DEFAULT_LOCAL_ENGINE_THRESHOLDS,
};
const portrait = { bytes: fixtureBytes('single/man-obama-official-portrait.jpg'), options };
const group = { bytes: fixtureBytes('multi/group-3-office.jpg'), options };

async function expectUnavailable(work: Promise<unknown>, detail: RegExp): Promise<void> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isLivenessError(error)).toBe(true);
  expect(error).toMatchObject({ code: 'SERVER', serverCode: ENGINE_UNAVAILABLE, retryable: true });
  expect((error as { retryAfterMs?: number }).retryAfterMs).toBeGreaterThan(0);
  expect((error as Error).message).toMatch(detail);
}

/** Waits (bounded) until `done()` holds. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!done()) throw new Error(`timed out waiting for ${what}`);
}

describe('worker pool faults (real workers, real models, real photos)', () => {
  const workers: Worker[] = [];
  let pool: WorkerPool;
  const current = () => workers.at(-1)!;
  const strike = (fault: InjectedFault) => current().postMessage({ type: 'test-fault', fault });

  beforeAll(async () => {
    pool = createWorkerPool(settings, 1, {
      script: faultyWorkerScript(),
      onSpawn: (worker) => workers.push(worker),
      analysisTimeoutMs: 20_000,
    });
    await pool.ready();
  }, 60_000);
  afterAll(() => pool?.close());

  /** After a loss: a new worker started and loaded, and it answers a real photo correctly. */
  async function expectReplacedAndWorking(before: number): Promise<void> {
    expect(workers).toHaveLength(before + 1);
    const analysis = await pool.analyse(portrait);
    expect(analysis.entities).toHaveLength(1);
    expect(pool.stats().modelLoads).toBe(before + 1);
  }

  it('answers a real photo before any fault', SLOW, async () => {
    const analysis = await pool.analyse(group);
    expect(analysis.entities.length).toBeGreaterThanOrEqual(3);
    expect(pool.stats()).toMatchObject({ modelLoads: 1, workerFailures: 0 });
  });

  it(
    'a worker terminated mid-analysis: ENGINE_UNAVAILABLE, replaced, the next photo succeeds',
    SLOW,
    async () => {
      const before = workers.length;
      const running = pool.analyse(group);
      await new Promise((resolve) => setImmediate(resolve));
      void current().terminate();
      await expectUnavailable(running, /worker exited \(code 1\) mid-analysis/);
      expect(pool.stats().workerFailures).toBe(1);
      await expectReplacedAndWorking(before);
    },
  );

  it(
    'a worker that exits by itself mid-analysis (process.exit inside it); those waiting behind it are answered',
    SLOW,
    async () => {
      const before = workers.length;
      strike('exit');
      const first = pool.analyse(group);
      const queued = [pool.analyse(portrait), pool.analyse(group)];
      await expectUnavailable(first, /worker exited \(code 70\) mid-analysis/);
      const [a, b] = await Promise.all(queued);
      expect(a!.entities).toHaveLength(1);
      expect(b!.entities.length).toBeGreaterThanOrEqual(3);
      await expectReplacedAndWorking(before);
    },
  );

  it('a worker that crashes with an uncaught exception mid-analysis', SLOW, async () => {
    const before = workers.length;
    strike('throw');
    await expectUnavailable(pool.analyse(group), /worker crashed: injected crash/);
    await expectReplacedAndWorking(before);
  });
});

describe('worker pool: a worker that hangs is timed out and replaced', () => {
  it(
    'answers ENGINE_UNAVAILABLE after analysisTimeoutMs, terminates it, and the replacement works',
    SLOW,
    async () => {
      const workers: Worker[] = [];
      const exits: number[] = [];
      const pool = createWorkerPool(settings, 1, {
        script: faultyWorkerScript(),
        onSpawn: (worker) => {
          workers.push(worker);
          worker.on('exit', (code) => exits.push(code));
        },
        // Far above one analysis (about 0.3 s of CPU), so a loaded machine does not trip it.
        analysisTimeoutMs: 3000,
      });
      try {
        await pool.ready();
        workers[0]!.postMessage({ type: 'test-fault', fault: 'hang' });
        const started = Date.now();
        await expectUnavailable(pool.analyse(portrait), /took longer than 3000 ms/);
        expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
        await until(() => exits.length === 1, 'the hung worker to end');
        expect(workers).toHaveLength(2);
        expect((await pool.analyse(group)).entities.length).toBeGreaterThanOrEqual(3);
        expect(pool.stats()).toMatchObject({ modelLoads: 2, workerFailures: 1 });
      } finally {
        await pool.close();
      }
    },
  );

  it('refuses a bad analysisTimeoutMs', () => {
    for (const analysisTimeoutMs of [0, -1, Number.NaN, 2 ** 31]) {
      expect(() => createWorkerPool(settings, 1, { analysisTimeoutMs })).toThrow(/analysisTimeoutMs/);
    }
  });
});
