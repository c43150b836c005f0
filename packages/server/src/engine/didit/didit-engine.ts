import {
  FACE_MATCH_PATH,
  isLivenessError,
  LIVENESS_PATH,
  retriedUpstream,
  submitFaceMatch,
  submitLiveness,
  type LivenessError,
} from '@liveness-kit/core';
import type { EngineRequest, FaceMatchEngineRequest, LivenessEngine } from '../engine.js';

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
 * The Didit proxy: forwards each check to Didit's passive-liveness API and each face match to its
 * face-match API with the server's key, with exactly the contract's fields and one retry policy,
 * and answers with Didit's body once core has validated it against the contract. The key never
 * leaves the server and is never logged or echoed.
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
  const livenessEndpoint = new URL(LIVENESS_PATH, baseUrl).toString();
  const faceMatchEndpoint = new URL(FACE_MATCH_PATH, baseUrl).toString();

  /** What both calls send besides their images and threshold: the key, the limits, the caller's signal. */
  const transport = (signal: AbortSignal | undefined) => ({
    headers: { 'x-api-key': apiKey },
    ...(signal && { signal }),
    timeoutMs,
    ...(fetchImpl && { fetch: fetchImpl }),
  });

  /** One call with the retry policy: 429 after `Retry-After`, 5xx, network and timeouts with backoff. */
  async function withRetries<T>(attempt: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isLivenessError(error) || !error.retryable || n >= retries) throw error;
        // An upstream that is itself a liveness-kit server has already retried its own upstream.
        if (retriedUpstream(error)) throw error;
        const delay = retryDelay(error, n, backoffMs);
        if (delay > maxRetryAfterMs) throw error;
        await sleep(delay, signal);
      }
    }
  }

  return {
    name: 'didit',
    check(request: EngineRequest, signal?: AbortSignal) {
      return withRetries(
        () =>
          submitLiveness({
            endpoint: livenessEndpoint,
            image: request.image,
            ...(request.threshold !== undefined && { threshold: request.threshold }),
            ...sharedFields(request),
            ...transport(signal),
          }),
        signal,
      );
    },
    faceMatch(request: FaceMatchEngineRequest, signal?: AbortSignal) {
      return withRetries(
        () =>
          submitFaceMatch({
            endpoint: faceMatchEndpoint,
            userImage: request.userImage,
            refImage: request.refImage,
            ...(request.threshold !== undefined && { threshold: request.threshold }),
            ...sharedFields(request),
            ...transport(signal),
          }),
        signal,
      );
    },
    async close() {},
  };
}

/** The options both contracts share, as the request carries them (only those given). */
function sharedFields(request: EngineRequest | FaceMatchEngineRequest) {
  return {
    rotateImage: request.rotateImage,
    saveApiRequest: request.saveApiRequest,
    ...(request.vendorData !== undefined && { vendorData: request.vendorData }),
    ...(request.metadata !== undefined && { metadata: request.metadata }),
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
