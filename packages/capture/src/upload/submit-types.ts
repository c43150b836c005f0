import type { FaceMatchRequestOptions, LivenessRequestOptions } from '@liveness-kit/core';

/** What a custom `submit` function gets: the photo, the request options and a signal to honour. */
export interface SubmitRequest extends LivenessRequestOptions {
  /** The JPEG to check. */
  image: Blob;
  /** Aborted when the user cancels or the component unmounts. */
  signal: AbortSignal;
}

/**
 * A custom backend: resolve with the contract's 200 body (it is validated), or throw. Throw a
 * `LivenessError` with a retryable code (`NETWORK`, `TIMEOUT`, `RATE_LIMITED` with `retryAfterMs`,
 * `SERVER`) for failures worth retrying; anything else is shown as an error without retries.
 */
export type SubmitFunction = (request: SubmitRequest) => Promise<unknown>;

/** What a custom face-match `submit` function gets: both images, the request options and a signal. */
export interface SubmitFaceMatchRequest extends FaceMatchRequestOptions {
  /** The selfie that passed liveness (`user_image`), the same JPEG that was checked. */
  userImage: Blob;
  /** The reference photo (`ref_image`): the upright JPEG of the checked ID photo. */
  refImage: Blob;
  /** Aborted when the user cancels or the component unmounts. */
  signal: AbortSignal;
}

/** A custom face-match backend: resolve with the contract's 200 body (it is validated), or throw, as {@link SubmitFunction}. */
export type SubmitFaceMatchFunction = (request: SubmitFaceMatchRequest) => Promise<unknown>;
