/**
 * Why the face detector's files (the tfjs wasm binary, the model JSON and weights) did not load, as
 * `reason` on a `MODEL_LOAD_FAILED` {@link LivenessError}. Each needs a different fix:
 * - `csp`: the page's Content-Security-Policy refused it: WebAssembly compilation (`script-src`
 *   needs `'wasm-unsafe-eval'`) or the download (`connect-src` must allow the files' origin);
 * - `not-found`: the server answered 404 (or 410): the assets are not served at that path
 *   (`liveness-kit assets`, the Vite plugin, or fix `modelBasePath` / `wasmPath`);
 * - `http`: the server answered another error status (`status` on the error);
 * - `network`: no answer at all (offline, the server is down, DNS, a dropped connection);
 * - `invalid`: the file arrived but is not what was expected (often an HTML page served for a
 *   missing file by a single-page-app fallback).
 */
export const MODEL_LOAD_REASONS = ['csp', 'not-found', 'http', 'network', 'invalid'] as const;

export type ModelLoadReason = (typeof MODEL_LOAD_REASONS)[number];

export function isModelLoadReason(value: unknown): value is ModelLoadReason {
  return typeof value === 'string' && (MODEL_LOAD_REASONS as readonly string[]).includes(value);
}
