import {
  FACE_MATCH_PATH,
  LivenessError,
  parseFaceMatchResponse,
  submitFaceMatch,
  type FaceMatchResponse,
} from '@liveness-kit/core';
import type { CaptureOptions, FaceMatchCaptureOptions } from '../options/capture-options.js';

/** The contract's liveness path at the end of an endpoint (trailing slash optional), before any query. */
const LIVENESS_PATH_END = /\/v3\/passive-liveness\/?(?=$|[?#])/;

/** The `faceMatch` option as an object (`true` and absent give the defaults). */
export function faceMatchOptions(options: CaptureOptions): FaceMatchCaptureOptions {
  return typeof options.faceMatch === 'object' ? options.faceMatch : {};
}

/** Whether the face-match flow is on: `faceMatch` is truthy or a `referenceImage` is given. */
export function faceMatchFlowOn(options: CaptureOptions): boolean {
  return !!options.faceMatch || options.referenceImage !== undefined;
}

/**
 * Where the face match goes: `faceMatch.endpoint`, else the liveness `endpoint` with its
 * `/v3/passive-liveness/` replaced by `/v3/face-match/`; `null` when neither gives one.
 */
export function faceMatchEndpoint(options: CaptureOptions): string | URL | null {
  const own = faceMatchOptions(options).endpoint;
  if (own !== undefined) return own;
  if (options.endpoint === undefined) return null;
  const liveness = String(options.endpoint);
  if (!LIVENESS_PATH_END.test(liveness)) return null;
  const derived = liveness.replace(LIVENESS_PATH_END, FACE_MATCH_PATH);
  return options.endpoint instanceof URL ? new URL(derived) : derived;
}

/**
 * Sends the selfie and the reference photo once: through `faceMatch.submit` (its answer validated
 * against the contract) or with core's `submitFaceMatch`. Retries are the caller's business.
 */
export async function sendFaceMatch(
  options: CaptureOptions,
  userImage: Blob,
  refImage: Blob,
  signal: AbortSignal,
): Promise<FaceMatchResponse> {
  const own = faceMatchOptions(options);
  const request = {
    threshold: own.threshold,
    rotateImage: own.rotateImage,
    saveApiRequest: options.saveApiRequest,
    vendorData: options.vendorData,
    metadata: options.metadata,
  };
  if (own.submit) {
    return parseFaceMatchResponse(await own.submit({ ...request, userImage, refImage, signal }));
  }
  const endpoint = faceMatchEndpoint(options);
  if (endpoint === null) {
    throw new LivenessError('INVALID_OPTIONS', { detail: FACE_MATCH_ENDPOINT_MISSING });
  }
  return submitFaceMatch({
    ...request,
    endpoint,
    userImage,
    refImage,
    signal,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}

/** The option error when the face match has nowhere to go. */
export const FACE_MATCH_ENDPOINT_MISSING =
  'faceMatch.endpoint: give it (or faceMatch.submit), or an endpoint ending in /v3/passive-liveness/ so the face-match URL can be derived';
