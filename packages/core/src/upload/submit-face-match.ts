import {
  validateFaceMatchRequestOptions,
  type FaceMatchRequestOptions,
} from '../contract/face-match-request-options.js';
import { parseFaceMatchResponse, type FaceMatchResponse } from '../contract/face-match-response.js';
import { buildFaceMatchFormData } from './build-face-match-form-data.js';
import { abortedError, postMultipart, resolveTransport, type TransportOptions } from './post-multipart.js';
import { IMAGE_ROLES, prepareImage } from './prepare-image.js';

export interface SubmitFaceMatchOptions extends FaceMatchRequestOptions, TransportOptions {
  /** The selfie (`user_image`), e.g. the one that passed liveness: JPEG, PNG, WebP or TIFF, at most 5 MB. */
  userImage: Blob | Uint8Array;
  /** The reference photo (`ref_image`), e.g. the ID portrait: same limits as the selfie. */
  refImage: Blob | Uint8Array;
  /** The selfie's multipart file name; defaults to `selfie.<ext>` for the sniffed type. */
  userFilename?: string;
  /** The reference's multipart file name; defaults to `reference.<ext>` for the sniffed type. */
  refFilename?: string;
}

/**
 * Sends a selfie and a reference photo for a face match (one multipart POST to `endpoint`, e.g.
 * your server's `/v3/face-match/`, no retries) and returns the parsed result. Everything is
 * checked before anything is sent; errors about an image say which one (the selfie or the
 * reference image). Error handling, abort and timeout are those of `submitLiveness`.
 *
 * @throws LivenessError with code
 * - `INVALID_OPTIONS` (bad endpoint, threshold not 0-100, bad flag/metadata/timeout, an image that
 *   is not a Blob or Uint8Array), `INVALID_IMAGE` (empty), `FILE_TOO_LARGE` (> 5 MB) or
 *   `UNSUPPORTED_MEDIA_TYPE` (not JPEG/PNG/WebP/TIFF): before any request, without `status`;
 * - `ABORTED` when `signal` aborts (also when it already had), `TIMEOUT` past `timeoutMs`,
 *   `NETWORK` when the server cannot be reached or the connection drops;
 * - the status's code for a non-2xx answer (see `errorFromResponse`), with `detail`, `serverCode`
 *   and, for 429/503, `retryAfterMs`;
 * - `INVALID_RESPONSE` for a 2xx answer that is not JSON or not the face-match contract.
 */
export async function submitFaceMatch(options: SubmitFaceMatchOptions): Promise<FaceMatchResponse> {
  if (options.signal?.aborted) throw abortedError(options.signal);
  const requestOptions = validateFaceMatchRequestOptions({
    threshold: options.threshold,
    rotateImage: options.rotateImage,
    saveApiRequest: options.saveApiRequest,
    vendorData: options.vendorData,
    metadata: options.metadata,
  });
  const transport = resolveTransport(options);
  const user = await prepareImage(options.userImage, options.userFilename, IMAGE_ROLES.selfie);
  const ref = await prepareImage(options.refImage, options.refFilename, IMAGE_ROLES.reference);
  const body = buildFaceMatchFormData(user, ref, requestOptions);
  return postMultipart(transport, body, parseFaceMatchResponse);
}
