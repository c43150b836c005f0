import { describe, expect, it } from 'vitest';
import type { LivenessError } from '../errors/liveness-error.js';
import { FACE_MATCH_PATH, LIVENESS_PATH } from './contract-paths.js';
import {
  checkFaceMatchRequestOptions,
  DEFAULT_FACE_MATCH_THRESHOLD,
  FACE_MATCH_FORM_FIELDS,
  FACE_MATCH_THRESHOLD_RANGE,
  isFaceMatchThreshold,
  validateFaceMatchRequestOptions,
  type FaceMatchRequestOptions,
} from './face-match-request-options.js';
import { checkRequestOptions, LIVENESS_FORM_FIELDS, MAX_VENDOR_DATA_LENGTH } from './request-options.js';

function invalid(options: unknown): LivenessError {
  try {
    validateFaceMatchRequestOptions(options as FaceMatchRequestOptions);
  } catch (error) {
    const e = error as LivenessError;
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.status).toBeUndefined();
    expect(e.retryable).toBe(false);
    return e;
  }
  throw new Error('expected INVALID_OPTIONS');
}

describe('the face-match contract constants', () => {
  it('names the fields and paths of the contract', () => {
    expect(FACE_MATCH_FORM_FIELDS).toEqual({
      userImage: 'user_image',
      refImage: 'ref_image',
      threshold: 'face_match_score_decline_threshold',
      rotateImage: 'rotate_image',
      saveApiRequest: 'save_api_request',
      vendorData: 'vendor_data',
      metadata: 'metadata',
    });
    // The shared options go by the same field names on both endpoints.
    for (const key of ['rotateImage', 'saveApiRequest', 'vendorData', 'metadata'] as const) {
      expect(FACE_MATCH_FORM_FIELDS[key]).toBe(LIVENESS_FORM_FIELDS[key]);
    }
    expect(FACE_MATCH_PATH).toBe('/v3/face-match/');
    expect(LIVENESS_PATH).toBe('/v3/passive-liveness/');
    expect(DEFAULT_FACE_MATCH_THRESHOLD).toBe(30);
    expect(FACE_MATCH_THRESHOLD_RANGE).toEqual({ min: 0, max: 100 });
  });
});

describe('validateFaceMatchRequestOptions', () => {
  it('accepts every option, floats and the 0/100 bounds', () => {
    const options = {
      threshold: 55.5,
      rotateImage: true,
      saveApiRequest: false,
      vendorData: 'user-1',
      metadata: { flow: 'login' },
    };
    expect(validateFaceMatchRequestOptions(options)).toEqual(options);
    expect(validateFaceMatchRequestOptions({ threshold: 0 })).toEqual({ threshold: 0 });
    expect(validateFaceMatchRequestOptions({ threshold: 100, metadata: '{"x":1}' })).toEqual({
      threshold: 100,
      metadata: '{"x":1}',
    });
    expect(validateFaceMatchRequestOptions({})).toEqual({});
  });

  it('rejects what the liveness options reject, with the same messages', () => {
    for (const threshold of [-1, 100.01, Number.NaN, Number.POSITIVE_INFINITY, '50']) {
      expect(invalid({ threshold }).detail).toMatch(/^threshold: threshold must be/);
      expect(isFaceMatchThreshold(threshold)).toBe(false);
    }
    expect(invalid({ rotateImage: 'yes' }).detail).toBe('rotateImage: rotateImage must be a boolean');
    expect(invalid({ vendorData: 'x'.repeat(MAX_VENDOR_DATA_LENGTH + 1) }).detail).toMatch(/^vendorData:/);
    expect(invalid({ metadata: 'not json' }).detail).toMatch(/^metadata:/);
    expect(isFaceMatchThreshold(30)).toBe(true);
  });
});

describe('checkFaceMatchRequestOptions', () => {
  it('names the first bad option, as checkRequestOptions does', () => {
    expect(checkFaceMatchRequestOptions({ threshold: 30 })).toEqual({
      success: true,
      data: { threshold: 30 },
    });
    for (const bad of [{ threshold: 120 }, { saveApiRequest: 1 }, { metadata: [] }]) {
      const result = checkFaceMatchRequestOptions(bad);
      expect(result.success).toBe(false);
      expect(result).toEqual(checkRequestOptions(bad));
      if (!result.success) expect(result.option).toBe(Object.keys(bad)[0]);
    }
  });
});
