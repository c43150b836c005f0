import { errorName, isLivenessError, LivenessError } from './liveness-error.js';

/**
 * Maps what `navigator.mediaDevices.getUserMedia` (or a dropped camera track) rejects with to a
 * camera {@link LivenessError}, by the DOMException's name:
 * - `NotAllowedError`, `PermissionDeniedError`, `SecurityError` → `CAMERA_PERMISSION_DENIED`
 *   (denied by the user, the browser or a permissions policy);
 * - `NotFoundError`, `DevicesNotFoundError`, `OverconstrainedError` → `CAMERA_NOT_FOUND`;
 * - `NotReadableError`, `TrackStartError`, `AbortError` → `CAMERA_IN_USE` (the device exists but
 *   could not be started: usually another application holds it);
 * - anything else → `CAMERA_NOT_FOUND`.
 *
 * The original error is kept as `cause`. A page where `navigator.mediaDevices` is missing because it
 * is not a secure context should throw {@link insecureContextError} instead (check
 * `globalThis.isSecureContext` first).
 */
export function toCameraError(error: unknown): LivenessError {
  if (isLivenessError(error)) return error;
  const name = errorName(error);
  const detail = describe(error);
  const options = detail === undefined ? { cause: error } : { detail, cause: error };
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return new LivenessError('CAMERA_PERMISSION_DENIED', options);
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new LivenessError('CAMERA_IN_USE', options);
    default:
      return new LivenessError('CAMERA_NOT_FOUND', options);
  }
}

/** The error for a page where the camera API is unavailable because it is not a secure context. */
export function insecureContextError(): LivenessError {
  return new LivenessError('INSECURE_CONTEXT', {
    detail: 'the camera API (mediaDevices) is only available on https pages and on localhost',
  });
}

function describe(error: unknown): string | undefined {
  const name = errorName(error);
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const text = typeof message === 'string' ? message : '';
  if (name && text) return `${name}: ${text}`;
  return name || text || undefined;
}
