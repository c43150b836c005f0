import {
  LIVENESS_FORM_FIELDS,
  metadataToText,
  validateRequestOptions,
  type LivenessRequestOptions,
} from '../contract/request-options.js';
import type { FaceMatchRequestOptions } from '../contract/face-match-request-options.js';
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
  appendOptionFields(form, LIVENESS_FORM_FIELDS, valid);
  return form;
}

/** The field name of each option (the threshold's differs between the two endpoints). */
export type OptionFieldNames = Record<keyof LivenessRequestOptions, string>;

/**
 * Appends the options that were given (already validated), in the contract's order: the
 * threshold, `rotate_image`, `save_api_request` (flags as `true`/`false`), `vendor_data`,
 * `metadata` (as JSON text). Shared by the liveness and the face-match forms.
 */
export function appendOptionFields(
  form: FormData,
  fields: OptionFieldNames,
  valid: LivenessRequestOptions | FaceMatchRequestOptions,
): void {
  if (valid.threshold !== undefined) form.append(fields.threshold, String(valid.threshold));
  if (valid.rotateImage !== undefined) form.append(fields.rotateImage, String(valid.rotateImage));
  if (valid.saveApiRequest !== undefined) form.append(fields.saveApiRequest, String(valid.saveApiRequest));
  if (valid.vendorData !== undefined) form.append(fields.vendorData, valid.vendorData);
  if (valid.metadata !== undefined) form.append(fields.metadata, metadataToText(valid.metadata));
}
