// @vitest-environment node
import { submitLiveness, type LivenessError, type LivenessResponse } from '@liveness-kit/core';
import { checkCaptureOptions } from '../options/check-capture-options.js';
import {
  createDiditEngine,
  createLivenessApp,
  LIVENESS_PATH,
  startLivenessServer,
  type RunningServer,
} from '@liveness-kit/server';
import { diditApprovedBody, FakeDiditServer, fixtureBytes } from '@liveness-kit/test-utils';
import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shouldRetryUpload, uploadRetryDelay, type ResolvedRetryOptions } from './retry-policy.js';

/**
 * Counts what one failure upstream costs across both hops: the browser's retry layer (query-core's
 * MutationObserver with the upload retry policy) → a real liveness-kit server on loopback (Didit
 * engine, which retries 429/5xx/drops itself) → the fake Didit, which counts its requests.
 */

type RetryRule = (failures: number, error: LivenessError, options: ResolvedRetryOptions) => boolean;

/** The browser's rule before one tier per hop: retry whatever core marks retryable. */
const retryWhatIsRetryable: RetryRule = (failures, error, options) =>
  failures < options.retries &&
  error.retryable &&
  error.code !== 'ABORTED' &&
  (error.retryAfterMs ?? 0) <= options.maxDelayMs;

const image = new Blob([new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'))], {
  type: 'image/jpeg',
});
// The component's default retries (2), with short waits so the test runs fast.
const retryOptions = checkCaptureOptions({ retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 5_000 } }).retry;

interface Outcome {
  upstreamCalls: number;
  clientRequests: number;
  result?: LivenessResponse;
  error?: LivenessError;
}

describe('one retry tier per hop: upstream calls per failure (real server, fake Didit)', () => {
  const didit = new FakeDiditServer();
  let server: RunningServer;

  beforeAll(async () => {
    await didit.start();
    // The engine's default 2 retries, with short backoffs.
    const engine = createDiditEngine({ apiKey: 'server-key', baseUrl: didit.url, backoffMs: 10 });
    server = await startLivenessServer(createLivenessApp({ engine }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await didit.stop();
  });
  beforeEach(() => {
    didit.requests.length = 0;
    didit.defaultReply = () => ({ body: diditApprovedBody() });
  });

  /** One check from the browser's side: a mutation whose retries are the upload policy's. */
  async function check(rule: RetryRule = shouldRetryUpload): Promise<Outcome> {
    let clientRequests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      clientRequests++;
      return fetch(input, init);
    };
    const observer = new MutationObserver<LivenessResponse, LivenessError, void>(new QueryClient(), {
      mutationFn: () =>
        submitLiveness({ endpoint: `${server.url}${LIVENESS_PATH}`, image, fetch: countingFetch }),
      retry: (failures, error) => rule(failures, error, retryOptions),
      retryDelay: (failures, error) => uploadRetryDelay(failures, error, retryOptions),
    });
    const outcome = await observer.mutate().then(
      (result) => ({ result }),
      (error: LivenessError) => ({ error }),
    );
    return { ...outcome, upstreamCalls: didit.requests.length, clientRequests };
  }

  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

  function report(failure: string, outcome: Outcome): void {
    const end = outcome.error
      ? `${outcome.error.code} (${outcome.error.serverCode ?? 'no code'})`
      : 'success';
    console.log(
      `${failure}: ${count(outcome.upstreamCalls, 'upstream call')}, ${count(outcome.clientRequests, 'client request')} → ${end}`,
    );
  }

  it('Didit always 500: 3 upstream calls (9 with the old "retry what is retryable" rule)', async () => {
    didit.defaultReply = () => ({ status: 500, body: { detail: 'Didit is down' } });
    const before = await check(retryWhatIsRetryable);
    report('Didit 500, old rule (baseline)', before);
    didit.requests.length = 0;
    const after = await check();
    report('Didit 500, one tier per hop', after);

    expect(before).toMatchObject({ upstreamCalls: 9, clientRequests: 3 });
    expect(after).toMatchObject({ upstreamCalls: 3, clientRequests: 1 });
    // Still a retryable error: the view may offer a manual "Try again".
    expect(after.error).toMatchObject({ code: 'SERVER', serverCode: 'UPSTREAM_ERROR', retryable: true });
  });

  it('Didit 401 (a wrong server key): 1 upstream call, UPSTREAM_UNAUTHORIZED, not retried', async () => {
    didit.defaultReply = () => ({ status: 401, body: { detail: 'Invalid API key' } });
    const outcome = await check();
    report('Didit 401', outcome);

    expect(outcome).toMatchObject({ upstreamCalls: 1, clientRequests: 1 });
    expect(outcome.error).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', status: 502, retryable: false });
    expect(outcome.error?.message).toMatch(/misconfigured.*operator must/);
  });

  it('Didit 429 with a short Retry-After, then 200: the server waits it out, the browser sends once', async () => {
    didit.reply({ status: 429, headers: { 'Retry-After': '1' }, body: { detail: 'slow down' } });
    const outcome = await check();
    report('Didit 429 (Retry-After: 1) then 200', outcome);

    expect(outcome).toMatchObject({ upstreamCalls: 2, clientRequests: 1 });
    expect(outcome.error).toBeUndefined();
    expect(outcome.result?.liveness.status).toBe('Approved');
  });
});
