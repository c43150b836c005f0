import {
  LIVENESS_FORM_FIELDS,
  metadataToText,
  validateRequestOptions,
  type LivenessRequestOptions,
} from '../contract/request-options.js';
import type { PreparedImage } from './prepare-image.js';

/**
 * The multipart body of a check, with exactly the contract's field names: `user_image`, then only
 * the options that were given (`face_liveness_score_decline_threshold`, `rotate_image`,
 * `save_api_request` as `true`/`false`, `vendor_data`, `metadata` as JSON text).
 *
 * @throws LivenessError `INVALID_OPTIONS` for invalid options.
 */
export function buildLivenessFormData(image: PreparedImage, options: LivenessRequestOptions = {}): FormData {
  const valid = validateRequestOptions(options);
  const form = new FormData();
  form.append(LIVENESS_FORM_FIELDS.image, image.blob, image.filename);
  if (valid.threshold !== undefined) form.append(LIVENESS_FORM_FIELDS.threshold, String(valid.threshold));
  if (valid.rotateImage !== undefined)
    form.append(LIVENESS_FORM_FIELDS.rotateImage, String(valid.rotateImage));
  if (valid.saveApiRequest !== undefined) {
    form.append(LIVENESS_FORM_FIELDS.saveApiRequest, String(valid.saveApiRequest));
  }
  if (valid.vendorData !== undefined) form.append(LIVENESS_FORM_FIELDS.vendorData, valid.vendorData);
  if (valid.metadata !== undefined)
    form.append(LIVENESS_FORM_FIELDS.metadata, metadataToText(valid.metadata));
  return form;
}
