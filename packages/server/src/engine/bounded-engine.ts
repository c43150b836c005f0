import { LivenessError } from '@liveness-kit/core';
import type { EngineRequest, FaceMatchEngineRequest, LivenessEngine } from './engine.js';

/** How many requests an engine may hold at once, and how long they may wait for it. */
export interface EngineQueueOptions {
  /**
   * Requests analysed at once. Default: the local engine's worker count (1 when it analyses
   * in-process), {@link DEFAULT_DIDIT_CONCURRENCY} for the Didit engine.
   */
  concurrency?: number;
  /** Requests waiting for a free place, past those running. Default {@link DEFAULT_MAX_QUEUE_PER_SLOT} × concurrency. */
  maxQueue?: number;
  /** Longest wait in the queue, ms, before the request is refused as `BUSY`. Default {@link DEFAULT_MAX_WAIT_MS}. */
  maxWaitMs?: number;
}

/** The Didit engine's default concurrency: calls in flight to Didit at once. */
export const DEFAULT_DIDIT_CONCURRENCY = 8;
/** The default queue depth, per place: 8 waiting requests for each one running. */
export const DEFAULT_MAX_QUEUE_PER_SLOT = 8;
/** The default longest wait in the queue. */
export const DEFAULT_MAX_WAIT_MS = 10_000;
/** The `Retry-After` of a refusal before any request has been timed. */
const INITIAL_SERVICE_MS = 1_000;

/** What a bounded engine has done so far. */
export interface EngineQueueStats {
  concurrency: number;
  maxQueue: number;
  maxWaitMs: number;
  /** Requests being analysed now. */
  running: number;
  /** Requests waiting now. */
  queued: number;
  /** Requests handed to the engine. */
  started: number;
  /** Refused at once: the queue was full. */
  refusedFull: number;
  /** Refused after waiting `maxWaitMs`. */
  refusedWait: number;
  /** Left the queue because their client went away (never analysed). */
  dropped: number;
}

/** A {@link LivenessEngine} behind a bounded queue. */
export interface BoundedEngine extends LivenessEngine {
  /** The engine it wraps. */
  readonly inner: LivenessEngine;
  queueStats(): EngineQueueStats;
}

interface Waiter {
  start: () => void;
  fail: (error: LivenessError) => void;
}

/**
 * Puts `engine` behind a bounded first-come first-served queue, as nginx does in front of a slow
 * upstream: at most `concurrency` requests reach the engine at once, at most `maxQueue` wait. A
 * request past the queue is refused at once, and one that waited `maxWaitMs` is refused then, both
 * with a retryable `BUSY` `LivenessError` whose `retryAfterMs` estimates when a place frees up (the
 * mean analysis time so far × the queue ahead ÷ concurrency, 1 s to `maxWaitMs`). A request whose
 * signal aborts while it waits leaves the queue with `ABORTED` and never reaches the engine. A face
 * match takes one place, like a check.
 *
 * @throws LivenessError `INVALID_OPTIONS` for a bad option.
 */
export function createBoundedEngine(engine: LivenessEngine, options: EngineQueueOptions = {}): BoundedEngine {
  const concurrency = integer('concurrency', options.concurrency ?? defaultConcurrency(engine), 1);
  const maxQueue = integer('maxQueue', options.maxQueue ?? DEFAULT_MAX_QUEUE_PER_SLOT * concurrency, 0);
  const maxWaitMs = integer('maxWaitMs', options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS, 1);
  const waiters: Waiter[] = [];
  const counts = { running: 0, started: 0, refusedFull: 0, refusedWait: 0, dropped: 0 };
  let meanServiceMs = INITIAL_SERVICE_MS;
  let timed = 0;
  let closed = false;

  const retryAfterMs = (ahead: number) =>
    Math.min(maxWaitMs, Math.max(1_000, Math.ceil((meanServiceMs * (ahead + 1)) / concurrency)));
  const busy = (detail: string) =>
    new LivenessError('BUSY', { detail, retryAfterMs: retryAfterMs(waiters.length) });

  /** Resolves when the request may run; rejects with BUSY or ABORTED. */
  function enter(signal: AbortSignal | undefined): Promise<void> {
    if (closed) return Promise.reject(busy('the engine is shutting down'));
    if (signal?.aborted) {
      counts.dropped++;
      return Promise.reject(abortedError(signal));
    }
    if (counts.running < concurrency) {
      counts.running++;
      return Promise.resolve();
    }
    if (waiters.length >= maxQueue) {
      counts.refusedFull++;
      return Promise.reject(busy(`all ${concurrency} places and the ${maxQueue} in the queue are taken`));
    }
    return new Promise<void>((resolve, reject) => {
      const leave = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
      };
      const onAbort = () => {
        leave();
        counts.dropped++;
        reject(abortedError(signal));
      };
      const timer = setTimeout(() => {
        leave();
        counts.refusedWait++;
        reject(busy(`no place freed up within ${maxWaitMs} ms`));
      }, maxWaitMs);
      const waiter: Waiter = {
        start: () => {
          leave();
          counts.running++;
          resolve();
        },
        fail: (error) => {
          leave();
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiters.push(waiter);
    });
  }

  function exit(startedAt: number): void {
    counts.running--;
    timed++;
    // A running mean over the first 20 requests, then an exponential one (weight 1/20).
    meanServiceMs += (performance.now() - startedAt - meanServiceMs) / Math.min(timed, 20);
    waiters[0]?.start();
  }

  async function run<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    await enter(signal);
    counts.started++;
    const startedAt = performance.now();
    try {
      return await work();
    } finally {
      exit(startedAt);
    }
  }

  return {
    name: engine.name,
    inner: engine,
    check: (request: EngineRequest, signal?: AbortSignal) => run(signal, () => engine.check(request, signal)),
    faceMatch: (request: FaceMatchEngineRequest, signal?: AbortSignal) =>
      run(signal, () => engine.faceMatch(request, signal)),
    async close() {
      closed = true;
      for (const waiter of [...waiters]) waiter.fail(busy('the engine is shutting down'));
      await engine.close();
    },
    queueStats: () => ({ concurrency, maxQueue, maxWaitMs, queued: waiters.length, ...counts }),
  };
}

/** The local engine's worker count (1 in-process), or {@link DEFAULT_DIDIT_CONCURRENCY} for Didit. */
export function defaultConcurrency(engine: LivenessEngine): number {
  if (engine.name !== 'local') return DEFAULT_DIDIT_CONCURRENCY;
  const stats = (engine as { stats?: () => { workers?: unknown } }).stats?.();
  const workers = typeof stats?.workers === 'number' ? stats.workers : 0;
  return Math.max(1, workers);
}

function abortedError(signal: AbortSignal | undefined): LivenessError {
  const reason: unknown = signal?.reason;
  return new LivenessError('ABORTED', {
    detail: 'the client went away while the request waited',
    ...(reason !== undefined && { cause: reason }),
  });
}

function integer(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `queue.${name} must be an integer of at least ${min}: ${String(value)}`,
    });
  }
  return value;
}
