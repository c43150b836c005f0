import { isLivenessError, type LivenessError } from '@liveness-kit/core';
import { FakeDiditServer, fixtureBytes } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBoundedEngine, DEFAULT_DIDIT_CONCURRENCY, defaultConcurrency } from './bounded-engine.js';
import { createDiditEngine } from './didit/didit-engine.js';
import type { EngineRequest } from './engine.js';
import { createLocalEngine } from './local/create-local-engine.js';
import { gateEngine, until } from './testing/gated-engine.js';

const request: EngineRequest = {
  image: new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg')),
  imageType: 'image/jpeg',
  rotateImage: false,
  saveApiRequest: false,
};

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (isLivenessError(error) ? error : undefined),
  ) as Promise<LivenessError | undefined>;

describe('createBoundedEngine (real Didit engine behind a gate, fake Didit)', () => {
  const didit = new FakeDiditServer();
  beforeAll(async () => {
    await didit.start();
  });
  afterAll(() => didit.stop());
  beforeEach(() => didit.reset());

  const diditEngine = () => createDiditEngine({ apiKey: 'k', baseUrl: didit.url, retries: 0 });

  it('runs `concurrency` at once, queues `maxQueue`, refuses the rest at once as BUSY with retryAfterMs', async () => {
    const inner = gateEngine(diditEngine());
    const engine = createBoundedEngine(inner, { concurrency: 2, maxQueue: 1, maxWaitMs: 60_000 });
    const accepted = [engine.check(request), engine.check(request), engine.check(request)];
    const refused = await caught(engine.check(request));
    expect(refused).toMatchObject({ code: 'BUSY', retryable: true });
    expect(refused?.retryAfterMs).toBeGreaterThanOrEqual(1_000);
    expect(refused?.detail).toMatch(/all 2 places and the 1 in the queue are taken/);
    expect(engine.queueStats()).toMatchObject({ running: 2, queued: 1, refusedFull: 1 });
    await until(() => inner.calls === 2);
    inner.open();
    const bodies = (await Promise.all(accepted)) as Array<{ liveness: { status: string } }>;
    expect(bodies.map((b) => b.liveness.status)).toEqual(['Approved', 'Approved', 'Approved']);
    expect(inner.calls).toBe(3);
    expect(didit.requests).toHaveLength(3);
    expect(engine.queueStats()).toMatchObject({ running: 0, queued: 0, started: 3 });
  });

  it('refuses a request that waited maxWaitMs as BUSY, without calling the engine for it', async () => {
    const inner = gateEngine(diditEngine());
    const engine = createBoundedEngine(inner, { concurrency: 1, maxQueue: 5, maxWaitMs: 50 });
    const first = engine.check(request);
    const waited = await caught(engine.check(request));
    expect(waited).toMatchObject({ code: 'BUSY', retryable: true });
    expect(waited?.detail).toMatch(/within 50 ms/);
    expect(waited?.retryAfterMs).toBeLessThanOrEqual(1_000);
    inner.open();
    await first;
    expect(inner.calls).toBe(1);
    expect(engine.queueStats()).toMatchObject({ refusedWait: 1, started: 1 });
  });

  it('drops a waiting request whose signal aborts (ABORTED, never analysed), and one aborted before it came', async () => {
    const inner = gateEngine(diditEngine());
    const engine = createBoundedEngine(inner, { concurrency: 1, maxQueue: 5, maxWaitMs: 60_000 });
    const first = engine.check(request);
    const controller = new AbortController();
    const gone = caught(engine.check(request, controller.signal));
    const kept = engine.check(request);
    expect(engine.queueStats().queued).toBe(2);
    controller.abort();
    expect(await gone).toMatchObject({ code: 'ABORTED' });
    expect(await caught(engine.check(request, AbortSignal.abort()))).toMatchObject({ code: 'ABORTED' });
    inner.open();
    await Promise.all([first, kept]);
    expect(inner.calls).toBe(2);
    expect(didit.requests).toHaveLength(2);
    expect(engine.queueStats()).toMatchObject({ dropped: 2, started: 2 });
  });

  it('frees the place of a failed call, and refuses waiting and new requests as BUSY once closed', async () => {
    didit.reply({ status: 400, body: { detail: 'bad image' } });
    const engine = createBoundedEngine(diditEngine(), { concurrency: 1, maxQueue: 1 });
    expect(await caught(engine.check(request))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(engine.queueStats()).toMatchObject({ running: 0, started: 1 });
    const inner = gateEngine(diditEngine());
    const gated = createBoundedEngine(inner, { concurrency: 1, maxQueue: 1 });
    const running = caught(gated.check(request));
    const waiting = caught(gated.check(request));
    await gated.close();
    expect(await waiting).toMatchObject({ code: 'BUSY', detail: 'the engine is shutting down' });
    expect(await caught(gated.check(request))).toMatchObject({ code: 'BUSY' });
    inner.open();
    await running;
  });

  it('defaults: Didit 8 at once, the in-process local engine 1, 8 waiting per place, 10 s; bad options refused', async () => {
    const didit8 = createBoundedEngine(diditEngine());
    expect(didit8.queueStats()).toMatchObject({
      concurrency: DEFAULT_DIDIT_CONCURRENCY,
      maxQueue: 64,
      maxWaitMs: 10_000,
    });
    expect(didit8.name).toBe('didit');
    const local = createLocalEngine();
    expect(defaultConcurrency(local)).toBe(1);
    expect(createBoundedEngine(local).queueStats()).toMatchObject({ concurrency: 1, maxQueue: 8 });
    await local.close();
    for (const bad of [{ concurrency: 0 }, { maxQueue: -1 }, { maxWaitMs: 1.5 }]) {
      expect(() => createBoundedEngine(diditEngine(), bad)).toThrow(/queue\.\w+ must be an integer/);
    }
  });
});
