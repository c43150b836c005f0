import { HttpProblem } from './problem.js';

interface ErrorLike {
  code?: unknown;
  serverCode?: unknown;
  detail?: unknown;
  status?: unknown;
  retryAfterMs?: unknown;
  message?: unknown;
}

/**
 * Maps what an engine threw to the HTTP answer. The local engine's image errors are the
 * client's fault (400); the Didit proxy's upstream failures become 5xx with an `UPSTREAM_*` code
 * (a bad key or no credits is the operator's problem, not the end user's), except a 429, which
 * keeps its status and `Retry-After`. This server's own queue refusing (`BUSY`) is a `503` with
 * `Retry-After`, which the browser retries like a 429; a request whose client went away
 * (`ABORTED`) gets a `499` nobody reads, not a 500. An `UPSTREAM_*` code tells the client that this server has
 * already retried upstream, so the client does not send again by itself (core's `retriedUpstream`);
 * the operator codes become core's `UPSTREAM_UNAUTHORIZED` / `_PAYMENT_REQUIRED` / `_FORBIDDEN`
 * errors in the browser. `subject` names what failed in the 500's detail ("liveness check",
 * "face match"); the 500 keeps the engine's error as its `cause`, for `onUnexpectedError`.
 */
export function engineErrorToProblem(error: unknown, subject = 'liveness check'): HttpProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message =
    typeof e.detail === 'string' && e.detail
      ? e.detail
      : typeof e.message === 'string' && e.message
        ? e.message
        : 'Unexpected error.';
  switch (code) {
    case 'INVALID_IMAGE':
      return e.serverCode === 'IMAGE_TOO_LARGE'
        ? new HttpProblem(400, 'IMAGE_TOO_LARGE', message)
        : new HttpProblem(400, 'INVALID_IMAGE', message);
    case 'IMAGE_TOO_LARGE':
      return new HttpProblem(400, 'IMAGE_TOO_LARGE', message);
    case 'BAD_REQUEST':
      return new HttpProblem(400, 'INVALID_IMAGE', message);
    case 'INVALID_OPTIONS':
      return new HttpProblem(400, 'INVALID_OPTIONS', message);
    case 'FILE_TOO_LARGE':
      return new HttpProblem(413, 'FILE_TOO_LARGE', message);
    case 'UNSUPPORTED_MEDIA_TYPE':
      return new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', message);
    case 'UNAUTHORIZED':
    case 'UPSTREAM_UNAUTHORIZED':
      return new HttpProblem(
        502,
        'UPSTREAM_UNAUTHORIZED',
        "The liveness service refused this server's API key: the operator must set a valid key (DIDIT_API_KEY).",
      );
    case 'PAYMENT_REQUIRED':
    case 'UPSTREAM_PAYMENT_REQUIRED':
      return new HttpProblem(
        502,
        'UPSTREAM_PAYMENT_REQUIRED',
        "The liveness service could not charge the check: the operator must add credits to the server's account.",
      );
    case 'FORBIDDEN':
    case 'UPSTREAM_FORBIDDEN':
      return new HttpProblem(
        502,
        'UPSTREAM_FORBIDDEN',
        "The liveness service refused the server (credits or access): the operator must fix the server's account.",
      );
    case 'RATE_LIMITED':
      return new HttpProblem(
        429,
        'UPSTREAM_RATE_LIMITED',
        'The liveness service is rate limiting: wait and retry.',
        {
          'Retry-After': retryAfterSeconds(e.retryAfterMs, 60),
        },
      );
    case 'BUSY':
      // This server's own queue (bounded-engine.ts) is full or the wait ran out: retry later.
      return new HttpProblem(503, 'BUSY', `The server is busy (${message}): retry after Retry-After.`, {
        'Retry-After': retryAfterSeconds(e.retryAfterMs, 1),
      });
    case 'ABORTED':
      // The client went away: nobody reads this answer (nginx's 499), and it is no server fault.
      return new HttpProblem(499, 'CLIENT_CLOSED', 'The client closed the request before its answer.');
    case 'TIMEOUT':
      return new HttpProblem(504, 'UPSTREAM_TIMEOUT', 'The liveness service did not answer in time.');
    case 'NETWORK':
      return new HttpProblem(502, 'UPSTREAM_UNREACHABLE', 'The liveness service could not be reached.');
    case 'SERVER':
      // A local-engine worker died or hung mid-analysis (engine-unavailable.ts): retry later.
      if (e.serverCode === 'ENGINE_UNAVAILABLE') {
        return new HttpProblem(503, 'ENGINE_UNAVAILABLE', message, {
          'Retry-After': retryAfterSeconds(e.retryAfterMs, 1),
        });
      }
      return new HttpProblem(502, 'UPSTREAM_ERROR', 'The liveness service failed.');
    case 'INVALID_RESPONSE':
      return new HttpProblem(
        502,
        'UPSTREAM_INVALID_RESPONSE',
        'The liveness service gave an answer we cannot read.',
      );
    default:
      return new HttpProblem(500, 'INTERNAL', `The ${subject} failed on the server.`, {}, { cause: error });
  }
}

/** `Retry-After` in whole seconds (at least 1) from `retryAfterMs`, or `fallback` seconds. */
function retryAfterSeconds(retryAfterMs: unknown, fallback: number): string {
  return String(typeof retryAfterMs === 'number' ? Math.max(1, Math.ceil(retryAfterMs / 1000)) : fallback);
}
