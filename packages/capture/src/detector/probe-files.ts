import type { CspViolationLog } from './csp-violations.js';
import type { LoadProblem } from './model-load-error.js';

const SERVE_ASSETS =
  'serve the detector assets at that path (`npx liveness-kit assets <dir>` or the Vite plugin `livenessKit()`), or point modelBasePath / wasmPath at where they are';

/** The smallest valid WebAssembly module: the magic number and version 1. */
const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

/**
 * Why WebAssembly cannot be compiled in this realm, when the page's Content-Security-Policy refuses
 * it (`script-src` without `'wasm-unsafe-eval'`): compiles an empty module, which costs nothing.
 * Chromium throws `CompileError: ... Refused to compile or instantiate WebAssembly module because
 * 'unsafe-eval' is not an allowed source of script ...`, Firefox `... blocked by CSP`, Safari an
 * `EvalError` naming `'unsafe-eval'`; the `securitypolicyviolation` event (`wasm-eval`) counts too.
 */
export function wasmCompileRefusal(wasmUrl: string, violations: CspViolationLog): LoadProblem | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  let message: string | undefined;
  try {
    new WebAssembly.Module(EMPTY_MODULE);
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  if (message === undefined) return undefined;
  const byCsp = /content.security.policy|\bCSP\b|unsafe-eval/i.test(message) || violations.refusedWasm();
  if (!byCsp) return undefined;
  return {
    reason: 'csp',
    url: wasmUrl,
    problem: 'the Content-Security-Policy refused to compile WebAssembly',
    fix: "the page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src",
  };
}

const nextTask = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fetch that failed without an answer: refused by `connect-src`, or no network. */
async function unanswered(url: string, error: unknown, violations: CspViolationLog): Promise<LoadProblem> {
  // The violation event is queued as its own task: it may come just after the rejection.
  for (let i = 0; i < 5 && !violations.refusedFetch(url); i++) await nextTask(10);
  const origin = new URL(url).origin;
  if (violations.refusedFetch(url)) {
    return {
      reason: 'csp',
      url,
      problem: 'the download was refused by the Content-Security-Policy (connect-src)',
      fix: `connect-src must allow ${origin}`,
    };
  }
  return {
    reason: 'network',
    url,
    problem: `no answer from the server (${error instanceof Error ? error.message : String(error)})`,
    fix: `check the connection and that ${origin} is up`,
  };
}

function httpProblem(url: string, status: number): LoadProblem {
  const notFound = status === 404 || status === 410;
  return {
    reason: notFound ? 'not-found' : 'http',
    url,
    status,
    problem: `HTTP ${status}`,
    fix: notFound ? SERVE_ASSETS : 'the server failed to send the file: check its logs',
  };
}

type Fetched = { response: Response } | { problem: LoadProblem };

async function get(url: string, violations: CspViolationLog): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'GET', cache: 'no-store' });
  } catch (error) {
    return { problem: await unanswered(url, error, violations) };
  }
  if (!response.ok) {
    void response.body?.cancel();
    return { problem: httpProblem(url, response.status) };
  }
  return { response };
}

function invalid(url: string, response: Response, expected: string): LoadProblem {
  const type = response.headers.get('content-type') ?? 'no content type';
  const html = /text\/html/i.test(type);
  return {
    reason: 'invalid',
    url,
    problem: `not ${expected} (${type})`,
    fix: html
      ? `an HTML page came back: probably the server's fallback page for a missing file; ${SERVE_ASSETS}`
      : `the file at that URL is not the detector's; ${SERVE_ASSETS}`,
  };
}

/**
 * What is wrong with the wasm binary at `url`, found by downloading its first bytes: refused by
 * `connect-src`, no answer, an HTTP error, or not WebAssembly. Undefined when it looks fine.
 */
export async function probeWasm(url: string, violations: CspViolationLog): Promise<LoadProblem | undefined> {
  const fetched = await get(url, violations);
  if ('problem' in fetched) return fetched.problem;
  const { response } = fetched;
  const reader = response.body?.getReader();
  const first = reader ? await reader.read() : { value: new Uint8Array(await response.arrayBuffer()) };
  void reader?.cancel();
  const head = first.value ?? new Uint8Array();
  const magic = EMPTY_MODULE.subarray(0, 4).every((byte, i) => head[i] === byte);
  return magic ? undefined : invalid(url, response, 'a WebAssembly binary');
}

interface ModelJson {
  modelTopology?: unknown;
  weightsManifest?: Array<{ paths?: unknown }>;
}

/**
 * What is wrong with the tfjs graph model at `url`: the JSON (refused, no answer, HTTP error, not
 * a model), then each weights file it lists. Undefined when every file can be fetched.
 */
export async function probeModel(url: string, violations: CspViolationLog): Promise<LoadProblem | undefined> {
  const fetched = await get(url, violations);
  if ('problem' in fetched) return fetched.problem;
  const { response } = fetched;
  let model: ModelJson;
  try {
    model = (await response.json()) as ModelJson;
  } catch {
    return invalid(url, response, 'a model JSON file');
  }
  if (
    typeof model !== 'object' ||
    model === null ||
    !model.modelTopology ||
    !Array.isArray(model.weightsManifest)
  ) {
    return invalid(url, response, 'a tfjs graph model');
  }
  const paths = model.weightsManifest.flatMap((group) => (Array.isArray(group.paths) ? group.paths : []));
  for (const path of paths) {
    if (typeof path !== 'string') continue;
    const weights = new URL(path, url).href;
    const got = await get(weights, violations);
    if ('problem' in got) return got.problem;
    void got.response.body?.cancel();
  }
  return undefined;
}
