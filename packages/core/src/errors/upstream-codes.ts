import type { LivenessErrorCode } from './error-codes.js';
import type { LivenessError } from './liveness-error.js';

/**
 * The `code`s a liveness-kit server puts in its error body when its upstream (the Didit API) failed.
 * The server has already retried what was worth retrying upstream before answering with one of them.
 */
export const UPSTREAM_PROBLEM_CODES = [
  'UPSTREAM_UNAUTHORIZED',
  'UPSTREAM_PAYMENT_REQUIRED',
  'UPSTREAM_FORBIDDEN',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNREACHABLE',
  'UPSTREAM_ERROR',
  'UPSTREAM_INVALID_RESPONSE',
] as const;

export type UpstreamProblemCode = (typeof UPSTREAM_PROBLEM_CODES)[number];

/**
 * The upstream codes that are operator errors: the site's server is misconfigured (its API key was
 * refused, it has no credits, it has no access). Each is a {@link LivenessErrorCode} of its own.
 */
export const OPERATOR_ERROR_CODES = [
  'UPSTREAM_UNAUTHORIZED',
  'UPSTREAM_PAYMENT_REQUIRED',
  'UPSTREAM_FORBIDDEN',
] as const satisfies readonly (UpstreamProblemCode & LivenessErrorCode)[];

export type OperatorErrorCode = (typeof OPERATOR_ERROR_CODES)[number];

function isIn<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The operator error code a server's body `code` names, if it names one. */
export function operatorErrorCode(serverCode: string | undefined): OperatorErrorCode | undefined {
  return isIn(OPERATOR_ERROR_CODES, serverCode) ? serverCode : undefined;
}

/**
 * Whether the hop that answered has already retried upstream (its body `code` is an
 * `UPSTREAM_*` one, or the error is an operator error): then the caller must not send the request
 * again automatically, or one upstream failure costs retries × retries calls. A manual retry may
 * still be offered when the error is `retryable`. This is the one place that rule lives; every
 * automatic retry layer (the browser's upload, the server's Didit engine) asks it.
 */
export function retriedUpstream(error: Pick<LivenessError, 'code' | 'serverCode'>): boolean {
  return isIn(OPERATOR_ERROR_CODES, error.code) || isIn(UPSTREAM_PROBLEM_CODES, error.serverCode);
}
