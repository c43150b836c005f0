import {
  checkFaceMatchRequestOptions,
  FACE_MATCH_FORM_FIELDS,
  optionsFromFormText,
  type FaceMatchRequestOptions,
} from '@liveness-kit/core';
import type { FaceMatchEngineRequest } from '../engine/engine.js';
import {
  checkedOptions,
  commonEngineFields,
  readImageField,
  readTextFields,
  rejectDuplicateFields,
  type TextOptionFields,
} from './form-fields.js';

/** The face-match form's text options: core's field names, and the problem code of each. */
const FACE_MATCH_TEXT_FIELDS: TextOptionFields<keyof FaceMatchRequestOptions> = {
  names: FACE_MATCH_FORM_FIELDS,
  codes: {
    threshold: 'INVALID_THRESHOLD',
    rotateImage: 'INVALID_BOOLEAN',
    saveApiRequest: 'INVALID_BOOLEAN',
    vendorData: 'INVALID_VENDOR_DATA',
    metadata: 'INVALID_METADATA',
  },
};

/**
 * Validates `POST /v3/face-match/`'s multipart fields (core's `FACE_MATCH_FORM_FIELDS` and
 * `checkFaceMatchRequestOptions`) by the liveness form's rules, for two files: `user_image` (the
 * selfie) and `ref_image` (the reference face) are both required, each at most 5 MB and sniffed,
 * and each problem names its field. Throws an `HttpProblem` (400/413/415); unknown fields are ignored.
 */
export async function parseFaceMatchForm(form: FormData): Promise<FaceMatchEngineRequest> {
  rejectDuplicateFields(form, Object.values(FACE_MATCH_FORM_FIELDS));
  const user = await readImageField(form, FACE_MATCH_FORM_FIELDS.userImage, 'the selfie');
  const ref = await readImageField(form, FACE_MATCH_FORM_FIELDS.refImage, 'the reference face');
  const texts = readTextFields(form, FACE_MATCH_TEXT_FIELDS);
  const options = checkedOptions(
    checkFaceMatchRequestOptions(optionsFromFormText(texts)),
    FACE_MATCH_TEXT_FIELDS,
  );
  return {
    userImage: user.bytes,
    userImageType: user.type,
    refImage: ref.bytes,
    refImageType: ref.type,
    ...(options.threshold !== undefined && { threshold: options.threshold }),
    ...commonEngineFields(options),
  };
}
