import { FakeDiditServer, fixtureBytes } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundedEngine } from '../engine/bounded-engine.js';
import { createDiditEngine } from '../engine/didit/didit-engine.js';
import { gateEngine, until } from '../engine/testing/gated-engine.js';
import { createLivenessApp, LIVENESS_PATH } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const photos = ['single/man-obama-official-portrait.jpg', 'single/woman-young-frontal.jpg'].map(
  (name) => new Uint8Array(fixtureBytes(name)),
);

function form(i: number): FormData {
  const f = new FormData();
  f.set('user_image', new Blob([photos[i % photos.length]!], { type: 'image/jpeg' }), 'selfie.jpg');
  return f;
}

describe('the bounded engine queue over real HTTP (Didit engine held at a gate, fake Didit)', () => {
  const didit = new FakeDiditServer();
  const servers: RunningServer[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    await didit.start();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await didit.stop();
  });

  const post = (url: string, i: number, signal?: AbortSignal) =>
    fetch(`${url}${LIVENESS_PATH}`, { method: 'POST', body: form(i), ...(signal && { signal }) });

  it('floods concurrency 1 + maxQueue 2: the overflow gets 503 BUSY with Retry-After at once, the rest 200', async () => {
    didit.reset();
    const inner = gateEngine(createDiditEngine({ apiKey: 'k', baseUrl: didit.url, retries: 0 }));
    const app = createLivenessApp({
      engine: inner,
      queue: { concurrency: 1, maxQueue: 2, maxWaitMs: 60_000 },
      onUnexpectedError: (e) => errors.push(e),
    });
    const server = await startLivenessServer(app, { port: 0 });
    servers.push(server);

    const first = post(server.url, 0);
    await until(() => inner.calls === 1);
    const rest = Array.from({ length: 7 }, (_, i) => post(server.url, i + 1));
    // The overflow is answered while the engine is still held: refusals do not wait for it.
    const settled: Response[] = [];
    for (const p of rest) void p.then((r) => settled.push(r));
    await until(() => settled.length === 5);
    const refused = [...settled];
    expect(inner.calls).toBe(1);
    for (const res of refused) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('BUSY');
      expect(body.detail).toMatch(/busy/);
    }
    inner.open();
    const accepted = [await first, ...(await Promise.all(rest)).filter((r) => !refused.includes(r))];
    expect(accepted.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const res of accepted) {
      expect(((await res.json()) as { liveness: { status: string } }).liveness.status).toBe('Approved');
    }
    expect(inner.calls).toBe(3);
    expect(didit.requests).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('drops a queued request whose client went away: the engine never sees it, the others are answered', async () => {
    didit.reset();
    const inner = gateEngine(createDiditEngine({ apiKey: 'k', baseUrl: didit.url, retries: 0 }));
    const engine = createBoundedEngine(inner, { concurrency: 1, maxQueue: 4, maxWaitMs: 60_000 });
    const app = createLivenessApp({ engine, queue: false, onUnexpectedError: (e) => errors.push(e) });
    const server = await startLivenessServer(app, { port: 0 });
    servers.push(server);

    const first = post(server.url, 0);
    await until(() => inner.calls === 1);
    const controller = new AbortController();
    const gone = post(server.url, 1, controller.signal).catch((e: unknown) => e);
    await until(() => engine.queueStats().queued === 1);
    const kept = post(server.url, 2);
    await until(() => engine.queueStats().queued === 2);
    controller.abort();
    expect(await gone).toMatchObject({ name: 'AbortError' });
    await until(() => engine.queueStats().dropped === 1);
    expect(engine.queueStats().queued).toBe(1);
    inner.open();
    expect((await first).status).toBe(200);
    expect((await kept).status).toBe(200);
    expect(inner.calls).toBe(2);
    expect(didit.requests).toHaveLength(2);
    // The dropped request is no server fault: nothing reported as unexpected.
    expect(errors).toEqual([]);
  });
});
