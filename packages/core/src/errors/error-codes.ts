/**
 * Every failure a caller of liveness-kit must be able to tell apart, as a stable `code` on
 * {@link LivenessError}. The first group comes from the upload (HTTP and transport), then the
 * operator errors a liveness-kit server reports about its own upstream (a refused API key, no credits,
 * no access), then argument checks made before anything is sent, then the capture layers (models,
 * images, camera).
 */
export const LIVENESS_ERROR_CODES = [
  // Transport
  'NETWORK',
  'TIMEOUT',
  'ABORTED',
  // HTTP answers
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'PAYMENT_REQUIRED',
  'FORBIDDEN',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'BUSY',
  'SERVER',
  'INVALID_RESPONSE',
  // The liveness service behind the site is misconfigured (its server said so: see upstream-codes.ts)
  'UPSTREAM_UNAUTHORIZED',
  'UPSTREAM_PAYMENT_REQUIRED',
  'UPSTREAM_FORBIDDEN',
  // Caller mistakes caught before sending
  'INVALID_OPTIONS',
  // Capture layers
  'MODEL_LOAD_FAILED',
  'INVALID_IMAGE',
  'CAMERA_PERMISSION_DENIED',
  'CAMERA_NOT_FOUND',
  'CAMERA_IN_USE',
  'CAMERA_DISCONNECTED',
  'INSECURE_CONTEXT',
  // Anything else
  'UNKNOWN',
] as const;

export type LivenessErrorCode = (typeof LIVENESS_ERROR_CODES)[number];

/**
 * Whether trying again (the same call, later) may succeed, per code. Transport faults, rate limits,
 * server faults and model downloads are worth retrying; a camera that is busy or was unplugged may
 * work once the user has closed the other app or plugged it back. 4xx answers, bad options, bad
 * images, denied permissions, user cancellation and operator errors (the site's server is
 * misconfigured: only its operator can fix it) are not.
 */
export const RETRYABLE_ERROR_CODES: Readonly<Record<LivenessErrorCode, boolean>> = {
  NETWORK: true,
  TIMEOUT: true,
  ABORTED: false,
  BAD_REQUEST: false,
  UNAUTHORIZED: false,
  PAYMENT_REQUIRED: false,
  FORBIDDEN: false,
  FILE_TOO_LARGE: false,
  UNSUPPORTED_MEDIA_TYPE: false,
  RATE_LIMITED: true,
  BUSY: true,
  SERVER: true,
  INVALID_RESPONSE: false,
  UPSTREAM_UNAUTHORIZED: false,
  UPSTREAM_PAYMENT_REQUIRED: false,
  UPSTREAM_FORBIDDEN: false,
  INVALID_OPTIONS: false,
  MODEL_LOAD_FAILED: true,
  INVALID_IMAGE: false,
  CAMERA_PERMISSION_DENIED: false,
  CAMERA_NOT_FOUND: false,
  CAMERA_IN_USE: true,
  CAMERA_DISCONNECTED: true,
  INSECURE_CONTEXT: false,
  UNKNOWN: false,
};

export function isLivenessErrorCode(value: unknown): value is LivenessErrorCode {
  return typeof value === 'string' && (LIVENESS_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The error code for a non-2xx HTTP status: 400/401/402/403/413/415/429 have their own codes, 408
 * is a `TIMEOUT`, every other 4xx a `BAD_REQUEST`, every 5xx a `SERVER` fault. Anything else (a 2xx
 * or 3xx that is not the contract) is an `INVALID_RESPONSE`.
 */
export function errorCodeForStatus(status: number): LivenessErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 402:
      return 'PAYMENT_REQUIRED';
    case 403:
      return 'FORBIDDEN';
    case 408:
      return 'TIMEOUT';
    case 413:
      return 'FILE_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
  }
  if (status >= 500 && status <= 599) return 'SERVER';
  if (status >= 400 && status <= 499) return 'BAD_REQUEST';
  return 'INVALID_RESPONSE';
}
