import { errorFromResponse } from '../errors/error-from-response.js';
import { isLivenessError, LivenessError } from '../errors/liveness-error.js';

/** The default time a whole check (upload, answer and body) may take. */
export const DEFAULT_SUBMIT_TIMEOUT_MS = 30_000;

/** setTimeout fires at once for delays past 2^31-1 ms; longer timeouts mean "none". */
const MAX_TIMER_MS = 2_147_483_647;

/** How to reach the server: what `submitLiveness` and `submitFaceMatch` share besides their fields. */
export interface TransportOptions {
  /**
   * Where to POST: your proxy or the local engine (never Didit directly from a browser: the API key
   * must stay on a server). Absolute, or relative to the page in a browser or worker.
   */
  endpoint: string | URL;
  /** Extra headers (e.g. your session token). `Content-Type` is always set by `fetch`. */
  headers?: HeadersInit;
  /** Cancels the check: it then rejects with `ABORTED`. */
  signal?: AbortSignal;
  /** Time limit for the whole exchange, default 30 000 ms; `Infinity` for none. Past it: `TIMEOUT`. */
  timeoutMs?: number;
  /** The fetch to use; defaults to `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
}

/** {@link TransportOptions}, checked: see {@link resolveTransport}. */
export interface Transport {
  url: URL;
  headers: Headers;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
}

/**
 * Checks the transport options before anything is prepared or sent: the endpoint must be an
 * http(s) URL (relative only where there is a page), `timeoutMs` a positive number, `fetch` a
 * function. A caller's `Content-Type` is dropped (fetch writes the multipart one with its
 * boundary), and `Accept: application/json` is set unless given.
 *
 * @throws LivenessError `INVALID_OPTIONS` naming the bad option.
 */
export function resolveTransport(options: TransportOptions): Transport {
  const url = resolveEndpoint(options.endpoint);
  const timeoutMs = checkTimeout(options.timeoutMs);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'fetch must be a function' });
  }
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers = new Headers(options.headers);
  headers.delete('content-type');
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  return { url, headers, signal: options.signal, timeoutMs, fetch: fetchImpl };
}

/** The `ABORTED` error for a caller's signal, its reason as the cause. */
export function abortedError(
  signal: AbortSignal | undefined,
  cause: unknown = signal?.reason,
): LivenessError {
  return new LivenessError('ABORTED', cause === undefined ? {} : { cause });
}

/**
 * One multipart POST (no retries) and its parsed 200 body: the transport both `submitLiveness`
 * and `submitFaceMatch` use.
 *
 * @throws LivenessError `ABORTED` when the signal aborts (also when it already had), `TIMEOUT`
 * past `timeoutMs` (also when the body of an error answer stalls), `NETWORK` when the server cannot
 * be reached or the connection drops, the status's code for a non-2xx answer (see
 * `errorFromResponse`), `INVALID_RESPONSE` (with `status`) for a 2xx answer that is not JSON or
 * that `parse` refuses.
 */
export async function postMultipart<T>(
  transport: Transport,
  body: FormData,
  parse: (json: unknown) => T,
): Promise<T> {
  const { signal, timeoutMs } = transport;
  if (signal?.aborted) throw abortedError(signal);
  const controller = new AbortController();
  let stoppedBy: 'caller' | 'timeout' | undefined;
  const onAbort = (): void => {
    stoppedBy ??= 'caller';
    controller.abort(signal?.reason);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          stoppedBy ??= 'timeout';
          controller.abort(new LivenessError('TIMEOUT'));
        }, timeoutMs)
      : undefined;
  const transportError = (cause: unknown): LivenessError => {
    if (stoppedBy === 'caller') return abortedError(signal, cause);
    if (stoppedBy === 'timeout') {
      return new LivenessError('TIMEOUT', { detail: `no complete answer within ${timeoutMs} ms`, cause });
    }
    if (isLivenessError(cause)) return cause;
    return new LivenessError('NETWORK', { detail: describeCause(cause), cause });
  };
  try {
    let response: Response;
    try {
      response = await transport.fetch(transport.url, {
        method: 'POST',
        body,
        headers: transport.headers,
        signal: controller.signal,
      });
    } catch (error) {
      throw transportError(error);
    }
    if (!response.ok) {
      const error = await errorFromResponse(response);
      // The body was cut short by the timeout or the caller: that is what the caller must see.
      if (stoppedBy) throw transportError(error);
      throw error;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw transportError(error);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new LivenessError('INVALID_RESPONSE', {
        status: response.status,
        detail: `the body is not JSON: ${snippet(text)}`,
        cause: error,
      });
    }
    try {
      return parse(json);
    } catch (error) {
      const parsed = error as LivenessError;
      throw new LivenessError('INVALID_RESPONSE', {
        status: response.status,
        ...(parsed.detail === undefined ? {} : { detail: parsed.detail }),
        cause: parsed.cause,
      });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function resolveEndpoint(endpoint: string | URL): URL {
  let url: URL | undefined;
  if (endpoint instanceof URL) {
    url = endpoint;
  } else if (typeof endpoint === 'string' && endpoint.trim() !== '') {
    const base = (globalThis as { location?: { href?: unknown } }).location?.href;
    try {
      url = new URL(endpoint, typeof base === 'string' ? base : undefined);
    } catch {
      url = undefined;
    }
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `endpoint must be an http(s) URL (relative only in a page or worker): ${String(endpoint)}`,
    });
  }
  return url;
}

function checkTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_SUBMIT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: 'timeoutMs must be a positive number of milliseconds (Infinity for none)',
    });
  }
  return timeoutMs;
}

function describeCause(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  // Node's fetch hides the socket error in `cause` (e.g. ECONNRESET, ECONNREFUSED).
  const inner = cause.cause;
  const innerText =
    inner instanceof Error ? ((inner as { code?: unknown }).code ?? inner.message) : undefined;
  return innerText ? `${cause.message} (${String(innerText)})` : cause.message;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(empty)';
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
