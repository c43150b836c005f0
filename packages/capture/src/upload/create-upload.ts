import { LivenessError, toLivenessError } from '@liveness-kit/core';
import { MutationObserver, type QueryClient } from '@tanstack/query-core';
import { shouldRetryUpload, uploadRetryDelay, type ResolvedRetryOptions } from './retry-policy.js';

/**
 * The TanStack Query mutation key of uploads: watch checks in the host app with
 * `useIsMutating({ mutationKey: LIVENESS_MUTATION_KEY })`, `useMutationState` or the devtools.
 */
export const LIVENESS_MUTATION_KEY = ['liveness-kit', 'submit'] as const;

/** The mutation key of face matches (the selfie against the reference), beside {@link LIVENESS_MUTATION_KEY}. */
export const FACE_MATCH_MUTATION_KEY = ['liveness-kit', 'face-match'] as const;

/** What one upload mutation is given (the photo stays out of the cache: `gcTime: 0`). */
export interface UploadVariables {
  image: Blob;
  /** Aborted on cancel, on a newer upload and on disconnect. */
  signal: AbortSignal;
  /** `Date.now()` before which the first try must not start (a `Retry-After` being waited out). */
  notBefore: number;
}

export interface UploadOptions<R> {
  client: QueryClient;
  /** The mutation's key: {@link LIVENESS_MUTATION_KEY} or {@link FACE_MATCH_MUTATION_KEY}. */
  mutationKey: readonly unknown[];
  /** Sends the photo once and resolves with the parsed response (retries are the mutation's). */
  send(image: Blob, signal: AbortSignal): Promise<R>;
  /** The retry options in use (read at each failure, so option changes apply). */
  retry(): ResolvedRetryOptions;
  /** A try starts (1 for the first). */
  onAttempt(attempt: number): void;
  /** A retry is scheduled for this `Date.now()` time. */
  onRetryAt(retryAt: number): void;
}

export interface Upload<R> {
  /** Sends a photo (aborting any upload in flight); settles with the answer or the last error. */
  send(image: Blob, notBefore?: number): Promise<R>;
  /** Aborts the upload in flight: its promise rejects with `ABORTED`. */
  cancel(): void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new LivenessError('ABORTED'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new LivenessError('ABORTED'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Uploads through `@tanstack/query-core`'s `MutationObserver` on `client`: its `retry` and
 * `retryDelay` are the only client retry layer (what core marks retryable, never what the server
 * already retried upstream; exponential backoff, at least the server's `Retry-After`). One upload at
 * a time; offline fails (`NETWORK`) rather than pausing.
 */
export function createUpload<R>(options: UploadOptions<R>): Upload<R> {
  let current: AbortController | null = null;
  /** Which upload an error came from: progress of an aborted upload is not shown. */
  const errorSignal = new WeakMap<object, AbortSignal>();
  let tries = 0;
  const isCurrent = (error: unknown) =>
    typeof error === 'object' && error !== null && errorSignal.get(error) === current?.signal;

  const observer = new MutationObserver<R, LivenessError, UploadVariables>(options.client, {
    mutationKey: options.mutationKey,
    networkMode: 'always',
    gcTime: 0,
    mutationFn: async ({ image, signal, notBefore }) => {
      try {
        if (signal.aborted) throw new LivenessError('ABORTED');
        if (tries === 0 && notBefore > Date.now()) await sleep(notBefore - Date.now(), signal);
        options.onAttempt(++tries);
        return await options.send(image, signal);
      } catch (cause) {
        const error = signal.aborted ? new LivenessError('ABORTED', { cause }) : toLivenessError(cause);
        errorSignal.set(error, signal);
        throw error;
      }
    },
    retry: (failures, error) => isCurrent(error) && shouldRetryUpload(failures, error, options.retry()),
    retryDelay: (failures, error) => {
      const delay = uploadRetryDelay(failures, error, options.retry());
      if (isCurrent(error)) options.onRetryAt(Date.now() + delay);
      return delay;
    },
  });

  return {
    send(image, notBefore = 0) {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      tries = 0;
      if (notBefore > Date.now()) options.onRetryAt(notBefore);
      return observer.mutate({ image, signal: controller.signal, notBefore });
    },
    cancel() {
      current?.abort();
      current = null;
    },
  };
}
