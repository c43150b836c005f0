import { retriedUpstream, type LivenessError } from '@liveness-kit/core';

/** How failed uploads are retried automatically. */
export interface RetryOptions {
  /** Automatic retries after the first try, only for errors core marks retryable. Default 2. */
  retries?: number;
  /** The first wait, doubled on each retry. Default 1 000 ms. */
  baseDelayMs?: number;
  /**
   * The longest automatic wait. A `Retry-After` longer than this is not waited out automatically:
   * the user sees the rate-limit error with the time to wait. Default 10 000 ms.
   */
  maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY_OPTIONS: ResolvedRetryOptions = {
  retries: 2,
  baseDelayMs: 1_000,
  maxDelayMs: 10_000,
};

/**
 * Whether to retry after `failures` failed tries (0 after the first): only errors core marks
 * `retryable` (network, timeout, rate limit, server), never an abort, never an answer whose server
 * has already retried upstream (core's `retriedUpstream`: an `UPSTREAM_*` code, one retry tier per
 * hop), and never when the server asks to wait longer than `maxDelayMs`.
 */
export function shouldRetryUpload(
  failures: number,
  error: LivenessError,
  options: ResolvedRetryOptions,
): boolean {
  if (failures >= options.retries || !error.retryable || error.code === 'ABORTED') return false;
  if (retriedUpstream(error)) return false;
  return (error.retryAfterMs ?? 0) <= options.maxDelayMs;
}

/** The wait before the next try: exponential backoff, but never less than the server's `Retry-After`. */
export function uploadRetryDelay(
  failures: number,
  error: LivenessError,
  options: ResolvedRetryOptions,
): number {
  const backoff = Math.min(options.baseDelayMs * 2 ** failures, options.maxDelayMs);
  return Math.max(backoff, error.retryAfterMs ?? 0);
}
