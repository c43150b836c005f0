import type { UpstreamProblemCode } from '@liveness-kit/core';

/**
 * Stable codes of the server's error bodies `{"detail": "...", "code": "..."}`. Clients may
 * switch on `code`; `detail` is for people and may change. The `UPSTREAM_*` codes are core's
 * {@link UpstreamProblemCode} list, which the browser reads as "already retried upstream".
 */
export type ProblemCode =
  | 'MISSING_IMAGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INVALID_MULTIPART'
  | 'FILE_TOO_LARGE'
  | 'INVALID_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'INVALID_THRESHOLD'
  | 'INVALID_BOOLEAN'
  | 'INVALID_METADATA'
  | 'INVALID_VENDOR_DATA'
  | 'INVALID_OPTIONS'
  | 'DUPLICATE_FIELD'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'BUSY'
  | 'ENGINE_UNAVAILABLE'
  | 'CLIENT_CLOSED'
  | 'INVALID_HOST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | UpstreamProblemCode
  | 'INTERNAL';

/** An error that the HTTP layer answers as `{"detail", "code"}` with its status. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
    /** What caused it (an engine's error), for `onUnexpectedError`; never sent to the client. */
    options?: { cause?: unknown },
  ) {
    super(detail, options);
  }
}

/** The JSON error response for a problem. */
export function problemResponse(problem: HttpProblem): Response {
  return new Response(JSON.stringify({ detail: problem.detail, code: problem.code }), {
    status: problem.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...problem.headers },
  });
}
