import { retriedUpstream, submitLiveness } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivenessApp, LIVENESS_PATH } from '../../http/create-liveness-app.js';
import { startLivenessServer, type RunningServer } from '../../http/node-adapters.js';
import { createLocalEngine, type LocalEngine } from './create-local-engine.js';

// A worker that overruns the analysis timeout, through the real app over real HTTP: no analysis of
// a real photo (decode, BlazeFace, MiniFASNet) can finish in 5 ms, so every check overruns it.
describe('a local-engine worker lost mid-analysis, over HTTP', () => {
  let engine: LocalEngine;
  let server: RunningServer;
  const photo = new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'));

  beforeAll(async () => {
    engine = createLocalEngine({ workers: 1, analysisTimeoutMs: 5 });
    await engine.ready();
    server = await startLivenessServer(createLivenessApp({ engine }), { port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  it('answers 503 {detail, code: ENGINE_UNAVAILABLE} with Retry-After, and replaces the worker', async () => {
    const form = new FormData();
    form.set('user_image', new Blob([photo], { type: 'image/jpeg' }), 'selfie.jpg');
    const res = await fetch(`${server.url}${LIVENESS_PATH}`, { method: 'POST', body: form });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('ENGINE_UNAVAILABLE');
    expect(body.detail).toMatch(/took longer than 5 ms; its worker was stopped and is being replaced/);
    await engine.ready();
    expect(engine.stats().modelLoads).toBe(2);
  });

  it('reaches the browser client as a retryable error it may send again itself', async () => {
    const error: unknown = await submitLiveness({
      endpoint: `${server.url}${LIVENESS_PATH}`,
      image: photo,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: 'LivenessError',
      code: 'SERVER',
      status: 503,
      serverCode: 'ENGINE_UNAVAILABLE',
      retryable: true,
      retryAfterMs: 1000,
    });
    expect(retriedUpstream(error as Parameters<typeof retriedUpstream>[0])).toBe(false);
  });
});
