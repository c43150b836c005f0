import {
  checkRequestOptions,
  LIVENESS_FORM_FIELDS,
  optionsFromFormText,
  type LivenessRequestOptions,
} from '@liveness-kit/core';
import type { EngineRequest } from '../engine/engine.js';
import {
  checkedOptions,
  commonEngineFields,
  readImageField,
  readTextFields,
  rejectDuplicateFields,
  type TextOptionFields,
} from './form-fields.js';

/** The contract's upload limit (core's). */
export { MAX_IMAGE_BYTES } from '@liveness-kit/core';

/** The liveness form's text options: core's field names, and the problem code of each. */
const LIVENESS_TEXT_FIELDS: TextOptionFields<keyof LivenessRequestOptions> = {
  names: LIVENESS_FORM_FIELDS,
  codes: {
    threshold: 'INVALID_THRESHOLD',
    rotateImage: 'INVALID_BOOLEAN',
    saveApiRequest: 'INVALID_BOOLEAN',
    vendorData: 'INVALID_VENDOR_DATA',
    metadata: 'INVALID_METADATA',
  },
};

/**
 * Validates the contract's multipart fields (core's `LIVENESS_FORM_FIELDS`, `MAX_IMAGE_BYTES` and
 * `checkRequestOptions`) and returns what an engine needs. Throws an `HttpProblem` (400/413/415)
 * for anything that is not a valid request; unknown fields are ignored.
 */
export async function parseLivenessForm(form: FormData): Promise<EngineRequest> {
  rejectDuplicateFields(form, Object.values(LIVENESS_FORM_FIELDS));
  const image = await readImageField(form, LIVENESS_FORM_FIELDS.image, 'the face image');
  const texts = readTextFields(form, LIVENESS_TEXT_FIELDS);
  const options = checkedOptions(checkRequestOptions(optionsFromFormText(texts)), LIVENESS_TEXT_FIELDS);
  return {
    image: image.bytes,
    imageType: image.type,
    ...(options.threshold !== undefined && { threshold: options.threshold }),
    ...commonEngineFields(options),
  };
}
