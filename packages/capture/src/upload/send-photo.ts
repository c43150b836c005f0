import {
  LivenessError,
  parseLivenessResponse,
  submitLiveness,
  type LivenessResponse,
} from '@liveness-kit/core';
import type { CaptureOptions } from '../options/capture-options.js';

/**
 * Sends one photo, once: through the `submit` prop (its answer validated against the contract) or
 * to `endpoint` with core's `submitLiveness`. Retries are the caller's business.
 */
export async function sendPhoto(
  options: CaptureOptions,
  image: Blob,
  signal: AbortSignal,
): Promise<LivenessResponse> {
  const request = {
    threshold: options.threshold,
    rotateImage: options.rotateImage,
    saveApiRequest: options.saveApiRequest,
    vendorData: options.vendorData,
    metadata: options.metadata,
  };
  if (options.submit) {
    return parseLivenessResponse(await options.submit({ ...request, image, signal }));
  }
  if (options.endpoint === undefined) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: '<LivenessCapture> needs an endpoint or a submit function',
    });
  }
  return submitLiveness({
    ...request,
    endpoint: options.endpoint,
    image,
    signal,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}
