import { parseLivenessResponse, type LivenessResponse } from '../contract/liveness-response.js';
import { validateRequestOptions, type LivenessRequestOptions } from '../contract/request-options.js';
import { buildLivenessFormData } from './build-form-data.js';
import { abortedError, postMultipart, resolveTransport, type TransportOptions } from './post-multipart.js';
import { prepareImage } from './prepare-image.js';

export { DEFAULT_SUBMIT_TIMEOUT_MS } from './post-multipart.js';

export interface SubmitLivenessOptions extends LivenessRequestOptions, TransportOptions {
  /** The photo: JPEG, PNG, WebP or TIFF bytes, at most 5 MB. */
  image: Blob | Uint8Array;
  /** The multipart file name; defaults to `selfie.<ext>` for the sniffed type. */
  filename?: string;
}

/**
 * Sends one photo for a passive-liveness check (one multipart POST, no retries) and returns the
 * parsed result. Options are checked before anything is sent.
 *
 * @throws LivenessError with code
 * - `INVALID_OPTIONS` (bad endpoint, threshold not 0-100, bad flag/metadata/timeout),
 *   `INVALID_IMAGE` (empty), `FILE_TOO_LARGE` (> 5 MB) or `UNSUPPORTED_MEDIA_TYPE` (not
 *   JPEG/PNG/WebP/TIFF): before any request, without `status`;
 * - `ABORTED` when `signal` aborts (also when it already had), `TIMEOUT` past `timeoutMs`,
 *   `NETWORK` when the server cannot be reached or the connection drops;
 * - the status's code for a non-2xx answer (see `errorFromResponse`), with `detail`, `serverCode`
 *   and, for 429/503, `retryAfterMs`;
 * - `INVALID_RESPONSE` for a 2xx answer that is not JSON or not the contract.
 */
export async function submitLiveness(options: SubmitLivenessOptions): Promise<LivenessResponse> {
  if (options.signal?.aborted) throw abortedError(options.signal);
  const requestOptions = validateRequestOptions({
    threshold: options.threshold,
    rotateImage: options.rotateImage,
    saveApiRequest: options.saveApiRequest,
    vendorData: options.vendorData,
    metadata: options.metadata,
  });
  const transport = resolveTransport(options);
  const image = await prepareImage(options.image, options.filename);
  const body = buildLivenessFormData(image, requestOptions);
  return postMultipart(transport, body, parseLivenessResponse);
}
