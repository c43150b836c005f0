import { insecureContextError, LivenessError, toCameraError } from '@liveness-kit/core';

/** Whether the page is known not to be a secure context (where browsers hide the camera API). */
export function isInsecureContext(): boolean {
  return (globalThis as { isSecureContext?: boolean }).isSecureContext === false;
}

/**
 * The camera error for what react-webcam reports: a DOMException from `getUserMedia` (mapped by
 * core's `toCameraError`), or a string when the camera API is missing (`INSECURE_CONTEXT` on an
 * insecure page, else `CAMERA_NOT_FOUND`).
 */
export function cameraErrorFrom(error: unknown): LivenessError {
  if (isInsecureContext()) return insecureContextError();
  if (typeof error === 'string') {
    return new LivenessError('CAMERA_NOT_FOUND', { detail: error || 'the camera API is not available' });
  }
  return toCameraError(error);
}

/** The error for a camera track that ended while in use (unplugged, or taken by the system). */
export function cameraDisconnectedError(): LivenessError {
  return new LivenessError('CAMERA_DISCONNECTED', { detail: 'the video track ended' });
}
