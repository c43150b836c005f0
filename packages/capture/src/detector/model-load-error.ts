import { LivenessError } from '@liveness-kit/core';

/** A `MODEL_LOAD_FAILED` error (retryable): call `load()` again to retry. */
export function modelLoadError(detail: string, cause?: unknown): LivenessError {
  return new LivenessError(
    'MODEL_LOAD_FAILED',
    cause === undefined ? { detail, retryable: true } : { detail, retryable: true, cause },
  );
}

/**
 * Why a URL cannot be fetched, in a few words (`HTTP 404`, `network error: ...`), or undefined when
 * it can. Used after a failed load to say which file was the problem.
 */
export async function probeUrl(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { method: 'GET', cache: 'no-store' });
    // Only the status matters: do not download the body.
    void response.body?.cancel();
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return `network error: ${error instanceof Error ? error.message : String(error)}`;
  }
}
