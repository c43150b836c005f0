// @vitest-environment node
import { submitLiveness, type LivenessError, type LivenessResponse } from '@liveness-kit/core';
import {
  createDiditEngine,
  createLivenessApp,
  LIVENESS_PATH,
  startLivenessServer,
  type LivenessEngine,
  type RunningServer,
} from '@liveness-kit/server';
import { FakeDiditServer, fixtureBytes } from '@liveness-kit/test-utils';
import { QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCaptureOptions } from '../options/check-capture-options.js';
import { createUpload, LIVENESS_MUTATION_KEY } from './create-upload.js';

/**
 * The browser's upload (createUpload: query-core's retries with the upload policy) against a real
 * liveness-kit server whose queue is full: its 503 BUSY is waited out (Retry-After) and sent again,
 * like a 429, and the second try gets the 200.
 */
const image = new Blob([new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'))], {
  type: 'image/jpeg',
});

describe('a 503 BUSY from a liveness-kit server is retried after its Retry-After (real server, fake Didit)', () => {
  const didit = new FakeDiditServer();
  let server: RunningServer;
  let release: () => void = () => undefined;
  let engineCalls = 0;

  beforeAll(async () => {
    await didit.start();
    const real = createDiditEngine({ apiKey: 'k', baseUrl: didit.url, retries: 0 });
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first call is held until released, so the queue (1 place, no waiting) stays full.
    const engine: LivenessEngine = {
      name: 'didit',
      check: async (request, signal) => {
        if (engineCalls++ === 0) await held;
        return real.check(request, signal);
      },
      faceMatch: (request, signal) => real.faceMatch(request, signal),
      close: () => real.close(),
    };
    const app = createLivenessApp({ engine, queue: { concurrency: 1, maxQueue: 0 } });
    server = await startLivenessServer(app, { port: 0 });
  });
  afterAll(async () => {
    release();
    await server.close();
    await didit.stop();
  });

  it('BUSY (Retry-After 1 s), then 200: two client requests, one result', async () => {
    const endpoint = `${server.url}${LIVENESS_PATH}`;
    const occupying = submitLiveness({ endpoint, image });
    while (engineCalls === 0) await new Promise((r) => setTimeout(r, 5));

    const statuses: number[] = [];
    const countingFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      statuses.push(res.status);
      return res;
    };
    const retryAt: number[] = [];
    let lastError: LivenessError | undefined;
    const retry = checkCaptureOptions({ retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 5_000 } }).retry;
    const upload = createUpload<LivenessResponse>({
      client: new QueryClient(),
      mutationKey: LIVENESS_MUTATION_KEY,
      send: (photo, signal) =>
        submitLiveness({ endpoint, image: photo, signal, fetch: countingFetch }).catch((e: LivenessError) => {
          lastError = e;
          throw e;
        }),
      retry: () => retry,
      onAttempt: () => undefined,
      onRetryAt: (at) => {
        retryAt.push(at - Date.now());
        // The place frees up while the client waits out Retry-After.
        release();
      },
    });
    const result = await upload.send(image);

    expect(statuses).toEqual([503, 200]);
    expect(lastError).toMatchObject({ code: 'BUSY', status: 503, serverCode: 'BUSY', retryable: true });
    expect(lastError?.retryAfterMs).toBe(1_000);
    // The wait honoured Retry-After (1 s), not the 10 ms backoff.
    expect(retryAt).toHaveLength(1);
    expect(retryAt[0]).toBeGreaterThan(900);
    expect(result.liveness.status).toBe('Approved');
    expect((await occupying).liveness.status).toBe('Approved');
    expect(didit.requests).toHaveLength(2);
  });
});
