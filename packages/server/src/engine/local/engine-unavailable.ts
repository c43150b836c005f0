import { LivenessError } from '@liveness-kit/core';

/**
 * The `serverCode` of a local-engine failure that is the machine's, not the image's: a worker
 * thread died or hung mid-analysis. The HTTP layer answers it `503` with `Retry-After`; the request
 * may simply be sent again (the pool has replaced the worker by then, or is doing so).
 */
export const ENGINE_UNAVAILABLE = 'ENGINE_UNAVAILABLE';

/** How long a client should wait before sending the request again, ms. */
export const ENGINE_UNAVAILABLE_RETRY_AFTER_MS = 1000;

/** A retryable `SERVER` error with the {@link ENGINE_UNAVAILABLE} server code. */
export function engineUnavailable(detail: string, cause?: unknown): LivenessError {
  return new LivenessError('SERVER', {
    detail,
    serverCode: ENGINE_UNAVAILABLE,
    retryable: true,
    retryAfterMs: ENGINE_UNAVAILABLE_RETRY_AFTER_MS,
    ...(cause !== undefined && { cause }),
  });
}
