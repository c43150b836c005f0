import { isLivenessErrorCode, RETRYABLE_ERROR_CODES, type LivenessErrorCode } from './error-codes.js';
import { isModelLoadReason, type ModelLoadReason } from './model-load-reason.js';

export interface LivenessErrorOptions {
  /** Developer-facing message; a default one is built from the code, status and detail. */
  message?: string;
  /** HTTP status of the answer that caused the error, when there was one. */
  status?: number;
  /** What the server said (its `detail`, or the first part of a text/HTML body), or a local reason. */
  detail?: string;
  /** The server's stable error code (`code` in the body), when it gave one. */
  serverCode?: string;
  /** How long to wait before retrying, from `Retry-After` (429, a 503 `BUSY`). */
  retryAfterMs?: number;
  /** Overrides the code's default ({@link RETRYABLE_ERROR_CODES}). */
  retryable?: boolean;
  /** Why a `MODEL_LOAD_FAILED` happened ({@link ModelLoadReason}), when it could be told. */
  reason?: ModelLoadReason;
  /** The URL the error is about (the file that failed to load), when there is one. */
  url?: string;
  cause?: unknown;
}

/** The plain-object form of a {@link LivenessError} (`toJSON()`), e.g. to post it from a Web Worker. */
export interface SerializedLivenessError {
  name: 'LivenessError';
  code: LivenessErrorCode;
  message: string;
  retryable: boolean;
  status?: number;
  detail?: string;
  serverCode?: string;
  retryAfterMs?: number;
  reason?: ModelLoadReason;
  url?: string;
}

const SUMMARIES: Record<LivenessErrorCode, string> = {
  NETWORK: 'The server could not be reached',
  TIMEOUT: 'The request timed out',
  ABORTED: 'The request was aborted',
  BAD_REQUEST: 'The server rejected the request as invalid',
  UNAUTHORIZED: 'The server rejected the credentials (API key)',
  PAYMENT_REQUIRED: 'The check could not be paid for',
  FORBIDDEN: 'Access denied (no credits, no access or address not allowed)',
  FILE_TOO_LARGE: 'The image is too large',
  UNSUPPORTED_MEDIA_TYPE: 'The image type is not supported (JPEG, PNG, WebP or TIFF)',
  RATE_LIMITED: 'Too many requests',
  BUSY: 'The server is busy (its queue of checks is full): retry after Retry-After',
  SERVER: 'The server failed',
  INVALID_RESPONSE: 'The server answer is not a passive-liveness or face-match result',
  UPSTREAM_UNAUTHORIZED:
    "The liveness service behind this site is misconfigured: the upstream service refused its server's API key. " +
    "Not the user's fault and retrying will not help: the site's operator must set a valid API key on the server",
  UPSTREAM_PAYMENT_REQUIRED:
    'The liveness service behind this site is misconfigured: its upstream account has no credits left. ' +
    "Not the user's fault and retrying will not help: the site's operator must add credits to the server's account",
  UPSTREAM_FORBIDDEN:
    'The liveness service behind this site is misconfigured: the upstream service denied its server access. ' +
    "Not the user's fault and retrying will not help: the site's operator must fix the server's access " +
    '(API key permissions, allowed IP addresses)',
  INVALID_OPTIONS: 'Invalid options',
  MODEL_LOAD_FAILED: 'The face model could not be loaded',
  INVALID_IMAGE: 'The image could not be decoded or encoded',
  CAMERA_PERMISSION_DENIED: 'Camera permission was denied',
  CAMERA_NOT_FOUND: 'No camera was found',
  CAMERA_IN_USE: 'The camera is in use by another application',
  CAMERA_DISCONNECTED: 'The camera was disconnected',
  INSECURE_CONTEXT: 'The camera needs a secure context (https or localhost)',
  UNKNOWN: 'Unexpected error',
};

function defaultMessage(code: LivenessErrorCode, options: LivenessErrorOptions): string {
  let message = SUMMARIES[code];
  if (options.status !== undefined) message += ` (HTTP ${options.status})`;
  if (options.detail) message += `: ${options.detail}`;
  return message;
}

/**
 * The one error type liveness-kit throws. Switch on `code` (stable), show the user the text of
 * `error.<code>` from the text table, and use `retryable` / `retryAfterMs` to decide about retrying.
 */
export class LivenessError extends Error {
  override readonly name = 'LivenessError' as const;
  readonly code: LivenessErrorCode;
  /** Whether trying again may help. */
  readonly retryable: boolean;
  readonly status?: number;
  readonly detail?: string;
  readonly serverCode?: string;
  readonly retryAfterMs?: number;
  /** Why a `MODEL_LOAD_FAILED` happened: the page's CSP, a 404, another HTTP status, no network, a bad file. */
  readonly reason?: ModelLoadReason;
  /** The URL the error is about (the file that failed to load), when there is one. */
  readonly url?: string;

  constructor(code: LivenessErrorCode, options: LivenessErrorOptions = {}) {
    super(
      options.message ?? defaultMessage(code, options),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_ERROR_CODES[code];
    if (options.status !== undefined) this.status = options.status;
    if (options.detail !== undefined) this.detail = options.detail;
    if (options.serverCode !== undefined) this.serverCode = options.serverCode;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.reason !== undefined) this.reason = options.reason;
    if (options.url !== undefined) this.url = options.url;
  }

  toJSON(): SerializedLivenessError {
    const json: SerializedLivenessError = {
      name: 'LivenessError',
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.status !== undefined) json.status = this.status;
    if (this.detail !== undefined) json.detail = this.detail;
    if (this.serverCode !== undefined) json.serverCode = this.serverCode;
    if (this.retryAfterMs !== undefined) json.retryAfterMs = this.retryAfterMs;
    if (this.reason !== undefined) json.reason = this.reason;
    if (this.url !== undefined) json.url = this.url;
    return json;
  }

  /** Rebuilds an error from its `toJSON()` form (e.g. after `postMessage`). */
  static fromJSON(json: SerializedLivenessError): LivenessError {
    const options: LivenessErrorOptions = { message: json.message, retryable: json.retryable };
    if (typeof json.status === 'number') options.status = json.status;
    if (typeof json.detail === 'string') options.detail = json.detail;
    if (typeof json.serverCode === 'string') options.serverCode = json.serverCode;
    if (typeof json.retryAfterMs === 'number') options.retryAfterMs = json.retryAfterMs;
    if (isModelLoadReason(json.reason)) options.reason = json.reason;
    if (typeof json.url === 'string') options.url = json.url;
    return new LivenessError(json.code, options);
  }
}

function isSerializedLivenessError(x: unknown): x is SerializedLivenessError {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    o.name === 'LivenessError' &&
    isLivenessErrorCode(o.code) &&
    typeof o.message === 'string' &&
    typeof o.retryable === 'boolean'
  );
}

/**
 * True for a {@link LivenessError}, including one from another copy of this package or another
 * realm (checked by shape: `name === 'LivenessError'` and a known `code`).
 */
export function isLivenessError(x: unknown): x is LivenessError {
  if (x instanceof LivenessError) return true;
  return Object.prototype.toString.call(x) === '[object Error]' && isSerializedLivenessError(x);
}

/**
 * Turns anything thrown into a {@link LivenessError}: a `LivenessError` is returned as is, its
 * `toJSON()` form is rebuilt, an `AbortError` becomes `ABORTED`, a `TimeoutError` (e.g. from
 * `AbortSignal.timeout`) becomes `TIMEOUT`, and anything else becomes `fallback` (default
 * `UNKNOWN`) with the original as `cause`.
 */
export function toLivenessError(error: unknown, fallback: LivenessErrorCode = 'UNKNOWN'): LivenessError {
  if (isLivenessError(error)) return error;
  if (isSerializedLivenessError(error)) return LivenessError.fromJSON(error);
  const name = errorName(error);
  if (name === 'AbortError') return new LivenessError('ABORTED', { cause: error });
  if (name === 'TimeoutError') return new LivenessError('TIMEOUT', { cause: error });
  const detail = errorMessage(error);
  return new LivenessError(fallback, detail === undefined ? { cause: error } : { detail, cause: error });
}

/** The `name` of an Error or DOMException (which is not an Error in every runtime). */
export function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function errorMessage(error: unknown): string | undefined {
  if (typeof error === 'string') return error || undefined;
  if (typeof error !== 'object' || error === null) return error === undefined ? undefined : String(error);
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && message ? message : undefined;
}
