import {
  FACE_MATCH_FORM_FIELDS,
  validateFaceMatchRequestOptions,
  type FaceMatchRequestOptions,
} from '../contract/face-match-request-options.js';
import { appendOptionFields } from './build-form-data.js';
import type { PreparedImage } from './prepare-image.js';

/**
 * The multipart body of a face match, with exactly the contract's field names: `user_image`, then
 * `ref_image`, then only the options that were given (`face_match_score_decline_threshold`,
 * `rotate_image`, `save_api_request` as `true`/`false`, `vendor_data`, `metadata` as JSON text).
 *
 * @throws LivenessError `INVALID_OPTIONS` for invalid options.
 */
export function buildFaceMatchFormData(
  user: PreparedImage,
  ref: PreparedImage,
  options: FaceMatchRequestOptions = {},
): FormData {
  const valid = validateFaceMatchRequestOptions(options);
  const form = new FormData();
  form.append(FACE_MATCH_FORM_FIELDS.userImage, user.blob, user.filename);
  form.append(FACE_MATCH_FORM_FIELDS.refImage, ref.blob, ref.filename);
  appendOptionFields(form, FACE_MATCH_FORM_FIELDS, valid);
  return form;
}
