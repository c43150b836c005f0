import {
  interpretResult,
  LivenessError,
  toLivenessError,
  type LivenessInterpretation,
  type LivenessResponse,
} from '@liveness-kit/core';
import { QueryClient, QueryClientContext, useMutation } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { CaptureStore } from '../store/create-capture-store.js';
import { shouldRetryUpload, uploadRetryDelay, type ResolvedRetryOptions } from './retry-policy.js';

/** The React Query mutation key of uploads, e.g. for `useIsMutating({ mutationKey })`. */
export const LIVENESS_MUTATION_KEY = ['liveness-kit', 'submit'] as const;

interface UploadRun {
  id: number;
  image: Blob;
  controller: AbortController;
  /** Tries made so far. */
  tries: number;
  /** `Date.now()` before which the first try must not start (a `Retry-After` being waited out). */
  notBefore: number;
}

export interface UploadOptions {
  store: CaptureStore;
  /** Sends one photo once (no retries: they are done here) and resolves with the parsed response. */
  send(image: Blob, signal: AbortSignal): Promise<LivenessResponse>;
  retry: ResolvedRetryOptions;
  onResult(response: LivenessResponse, interpretation: LivenessInterpretation): void;
}

export interface Upload {
  /** Sends a photo (the store must have just entered `uploading`). */
  upload(image: Blob): void;
  /** Sends the last photo again after an upload error, after any `Retry-After` still to wait. */
  retry(): void;
  /** Aborts the upload in flight. */
  cancel(): void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new LivenessError('ABORTED'));
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(new LivenessError('ABORTED'));
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Uploads through a React Query mutation: on the host app's `QueryClient` when there is a
 * `QueryClientProvider`, else on a private one. Retries only what core marks retryable, with
 * exponential backoff and at least the server's `Retry-After`; one upload at a time; aborted on
 * cancel and on unmount.
 */
export function useLivenessUpload(options: UploadOptions): Upload {
  const host = useContext(QueryClientContext);
  const [own] = useState(() => new QueryClient());
  const client = host ?? own;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const current = useRef<UploadRun | null>(null);
  const lastImage = useRef<{ image: Blob; notBefore: number } | null>(null);
  const runOf = useRef(new WeakMap<object, number>());
  const nextId = useRef(0);

  const isCurrent = (error: unknown) => {
    const run = current.current;
    return !!run && typeof error === 'object' && error !== null && runOf.current.get(error) === run.id;
  };

  const { mutateAsync } = useMutation<LivenessResponse, LivenessError, UploadRun>(
    {
      mutationKey: LIVENESS_MUTATION_KEY,
      // Offline must fail (NETWORK) rather than pause silently.
      networkMode: 'always',
      // The variables hold the selfie: do not keep finished uploads in the cache.
      gcTime: 0,
      mutationFn: async (run) => {
        try {
          if (run.controller.signal.aborted) throw new LivenessError('ABORTED');
          const wait = run.tries === 0 ? run.notBefore - Date.now() : 0;
          if (wait > 0) await sleep(wait, run.controller.signal);
          run.tries++;
          if (current.current === run)
            latest.current.store.getState().actions.uploadProgress({ attempt: run.tries, retryAt: null });
          return await latest.current.send(run.image, run.controller.signal);
        } catch (cause) {
          const error = run.controller.signal.aborted
            ? new LivenessError('ABORTED', { cause })
            : toLivenessError(cause);
          runOf.current.set(error, run.id);
          throw error;
        }
      },
      retry: (failures, error) =>
        isCurrent(error) && shouldRetryUpload(failures, error, latest.current.retry),
      retryDelay: (failures, error) => {
        const delay = uploadRetryDelay(failures, error, latest.current.retry);
        if (isCurrent(error) && shouldRetryUpload(failures, error, latest.current.retry)) {
          latest.current.store.getState().actions.uploadProgress({ retryAt: Date.now() + delay });
        }
        return delay;
      },
    },
    client,
  );

  const start = useCallback(
    (image: Blob, notBefore: number) => {
      current.current?.controller.abort();
      const run: UploadRun = {
        id: ++nextId.current,
        image,
        controller: new AbortController(),
        tries: 0,
        notBefore,
      };
      current.current = run;
      lastImage.current = { image, notBefore: 0 };
      if (notBefore > Date.now())
        latest.current.store.getState().actions.uploadProgress({ retryAt: notBefore });
      mutateAsync(run).then(
        (response) => {
          if (current.current !== run) return;
          current.current = null;
          const interpretation = interpretResult(response);
          if (latest.current.store.getState().actions.uploadSucceeded(interpretation)) {
            latest.current.onResult(response, interpretation);
          }
        },
        (error: LivenessError) => {
          if (current.current !== run) return;
          current.current = null;
          if (error.retryAfterMs && lastImage.current)
            lastImage.current.notBefore = Date.now() + error.retryAfterMs;
          latest.current.store.getState().actions.uploadFailed(error);
        },
      );
    },
    [mutateAsync],
  );

  useEffect(
    () => () => {
      current.current?.controller.abort();
      current.current = null;
    },
    [],
  );

  return {
    upload: (image) => start(image, 0),
    retry: () => {
      const last = lastImage.current;
      if (last) start(last.image, last.notBefore);
    },
    cancel: () => {
      current.current?.controller.abort();
      current.current = null;
    },
  };
}
