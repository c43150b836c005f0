import { isLivenessError, retriedUpstream, submitLiveness, type LivenessError } from '@liveness-kit/core';
import type { EngineRequest, LivenessEngine } from '../engine.js';

/** Didit's production API. */
export const DIDIT_DEFAULT_BASE_URL = 'https://verification.didit.me';

export interface DiditEngineOptions {
  /** Didit's API key (`x-api-key`); a server secret. */
  apiKey: string;
  /** Base URL (default Didit's; tests point it at a local fake). */
  baseUrl?: string;
  /** Timeout of one attempt, in ms (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx, network failures and timeouts (default 2). */
  retries?: number;
  /** First backoff delay in ms, doubled each retry, with jitter (default 300 ms). */
  backoffMs?: number;
  /** Longest `Retry-After` honoured; a longer one fails at once with RATE_LIMITED (default 10 s). */
  maxRetryAfterMs?: number;
  /** `fetch` to use (default the global one). */
  fetch?: typeof fetch;
  /** Waits between attempts (injectable for tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * The Didit proxy: forwards each check to Didit's passive-liveness API with the server's key and
 * answers with Didit's body. The key never leaves the server and is never logged or echoed.
 */
export function createDiditEngine(options: DiditEngineOptions): LivenessEngine {
  const {
    apiKey,
    baseUrl = DIDIT_DEFAULT_BASE_URL,
    timeoutMs = 30_000,
    retries = 2,
    backoffMs = 300,
    maxRetryAfterMs = 10_000,
    fetch: fetchImpl,
    sleep = abortableSleep,
  } = options;
  if (!apiKey) throw new TypeError('createDiditEngine: apiKey is required (set DIDIT_API_KEY).');
  const endpoint = new URL('/v3/passive-liveness/', baseUrl).toString();

  return {
    name: 'didit',
    async check(request: EngineRequest, signal?: AbortSignal) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await submitLiveness({
            endpoint,
            image: request.image,
            ...(request.threshold !== undefined && { threshold: request.threshold }),
            rotateImage: request.rotateImage,
            saveApiRequest: request.saveApiRequest,
            ...(request.vendorData !== undefined && { vendorData: request.vendorData }),
            ...(request.metadata !== undefined && { metadata: request.metadata }),
            headers: { 'x-api-key': apiKey },
            ...(signal && { signal }),
            timeoutMs,
            ...(fetchImpl && { fetch: fetchImpl }),
          });
        } catch (error) {
          if (!isLivenessError(error) || !error.retryable || attempt >= retries) throw error;
          // An upstream that is itself a liveness-kit server has already retried its own upstream.
          if (retriedUpstream(error)) throw error;
          const delay = retryDelay(error, attempt, backoffMs);
          if (delay > maxRetryAfterMs) throw error;
          await sleep(delay, signal);
        }
      }
    },
    async close() {},
  };
}

function retryDelay(error: LivenessError, attempt: number, backoffMs: number): number {
  if (error.code === 'RATE_LIMITED' && typeof error.retryAfterMs === 'number') return error.retryAfterMs;
  const exponential = backoffMs * 2 ** attempt;
  return exponential + Math.random() * backoffMs;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
