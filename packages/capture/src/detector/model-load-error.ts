import { LivenessError, type ModelLoadReason } from '@liveness-kit/core';

/** A `MODEL_LOAD_FAILED` error (retryable): call `load()` again to retry. */
export function modelLoadError(detail: string, cause?: unknown): LivenessError {
  return new LivenessError(
    'MODEL_LOAD_FAILED',
    cause === undefined ? { detail, retryable: true } : { detail, retryable: true, cause },
  );
}

/** What was found wrong with one of the detector's files, and the fix for whoever runs the site. */
export interface LoadProblem {
  reason: ModelLoadReason;
  /** The file (or, for a refused WebAssembly compile, the wasm file that could not be started). */
  url: string;
  /** The HTTP status, for `not-found` and `http`. */
  status?: number;
  /** What happened, in a few words (`HTTP 404`, `refused by connect-src`, ...). */
  problem: string;
  /** What to change. */
  fix: string;
}

/**
 * The `MODEL_LOAD_FAILED` error for a diagnosed problem: `reason`, `url` and `status` as fields,
 * and `detail` = `<what happened> at <url>; <fix>` after `lead` (which file; the default names it
 * and a colon, `blazeface-front.json: HTTP 404 at ...`). Still retryable: a site's team may fix
 * the server while the page is open, and a retry costs little.
 */
export function loadProblemError(problem: LoadProblem, lead: (what: string) => string): LivenessError {
  const options = {
    detail: `${lead(`${problem.problem} at ${problem.url}`)}; ${problem.fix}`,
    retryable: true,
    reason: problem.reason,
    url: problem.url,
  };
  return new LivenessError(
    'MODEL_LOAD_FAILED',
    problem.status === undefined ? options : { ...options, status: problem.status },
  );
}
