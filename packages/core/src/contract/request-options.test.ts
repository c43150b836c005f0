import { describe, expect, it } from 'vitest';
import type { LivenessError } from '../errors/liveness-error.js';
import {
  checkRequestOptions,
  isLivenessThreshold,
  LIVENESS_THRESHOLD_RANGE,
  MAX_METADATA_LENGTH,
  MAX_VENDOR_DATA_LENGTH,
  metadataToText,
  validateRequestOptions,
  type LivenessRequestOptions,
} from './request-options.js';

function invalid(options: unknown): LivenessError {
  try {
    validateRequestOptions(options as LivenessRequestOptions);
  } catch (error) {
    const e = error as LivenessError;
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.status).toBeUndefined();
    expect(e.retryable).toBe(false);
    return e;
  }
  throw new Error('expected INVALID_OPTIONS');
}

describe('validateRequestOptions', () => {
  it('accepts every documented option, floats and the 0/100 bounds', () => {
    const options = {
      threshold: 42.5,
      rotateImage: true,
      saveApiRequest: false,
      vendorData: 'user-1',
      metadata: { a: [1, 2] },
    };
    expect(validateRequestOptions(options)).toEqual(options);
    expect(validateRequestOptions({ threshold: 0 })).toEqual({ threshold: 0 });
    expect(validateRequestOptions({ threshold: 100, metadata: '{"x":1}' })).toEqual({
      threshold: 100,
      metadata: '{"x":1}',
    });
    expect(validateRequestOptions({})).toEqual({});
  });

  it('rejects out-of-range or non-numeric thresholds', () => {
    for (const threshold of [-1, 100.01, Number.NaN, Number.POSITIVE_INFINITY, '50']) {
      expect(invalid({ threshold }).detail).toMatch(/^threshold: threshold must be/);
    }
  });

  it('rejects bad flags, vendor data and metadata, naming the field', () => {
    expect(invalid({ rotateImage: 'true' }).detail).toBe('rotateImage: rotateImage must be a boolean');
    expect(invalid({ saveApiRequest: 1 }).detail).toBe('saveApiRequest: saveApiRequest must be a boolean');
    expect(invalid({ vendorData: 12 }).detail).toBe('vendorData: vendorData must be a string');
    expect(invalid({ metadata: 'not json' }).detail).toBe(
      'metadata: metadata must be JSON text when given as a string',
    );
    expect(invalid({ metadata: [1] }).detail).toBe('metadata: metadata must be an object or a JSON string');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(invalid({ metadata: cyclic }).detail).toBe('metadata: metadata must be JSON-serialisable');
    expect(invalid({ metadata: { big: 1n } }).detail).toBe('metadata: metadata must be JSON-serialisable');
  });
});

describe('metadataToText', () => {
  it('sends objects as JSON and strings as they are', () => {
    expect(metadataToText({ a: 1, b: 'x' })).toBe('{"a":1,"b":"x"}');
    expect(metadataToText('{"raw": true}')).toBe('{"raw": true}');
  });
});

describe('the contract limits live in the schema', () => {
  it('caps vendor data and metadata, as the server does', () => {
    expect(
      validateRequestOptions({ vendorData: 'v'.repeat(MAX_VENDOR_DATA_LENGTH) }).vendorData,
    ).toHaveLength(MAX_VENDOR_DATA_LENGTH);
    expect(invalid({ vendorData: 'v'.repeat(MAX_VENDOR_DATA_LENGTH + 1) }).detail).toBe(
      `vendorData: vendorData must be at most ${MAX_VENDOR_DATA_LENGTH} characters`,
    );
    const big = { x: 'a'.repeat(MAX_METADATA_LENGTH) };
    expect(invalid({ metadata: big }).detail).toMatch(/^metadata: metadata must be at most 16384 characters/);
    expect(invalid({ metadata: JSON.stringify(big) }).detail).toMatch(/must be at most 16384 characters/);
    const fits = JSON.stringify({ x: 'a'.repeat(MAX_METADATA_LENGTH - 8) });
    expect(fits).toHaveLength(MAX_METADATA_LENGTH);
    expect(validateRequestOptions({ metadata: fits }).metadata).toBe(fits);
  });

  it('isLivenessThreshold is the schema rule: finite numbers 0-100', () => {
    for (const ok of [0, 42.5, 100]) expect(isLivenessThreshold(ok)).toBe(true);
    for (const bad of [-0.01, 100.01, Number.NaN, Number.POSITIVE_INFINITY, '50', undefined]) {
      expect(isLivenessThreshold(bad)).toBe(false);
    }
    expect(LIVENESS_THRESHOLD_RANGE).toEqual({ min: 0, max: 100 });
  });

  it('checkRequestOptions names the first bad option instead of throwing', () => {
    expect(checkRequestOptions({ threshold: 30, rotateImage: true })).toEqual({
      success: true,
      data: { threshold: 30, rotateImage: true },
    });
    expect(checkRequestOptions({ threshold: 101, vendorData: 3 })).toEqual({
      success: false,
      option: 'threshold',
      message: 'threshold must be between 0 and 100',
    });
    expect(checkRequestOptions({ saveApiRequest: 'yes' })).toMatchObject({
      success: false,
      option: 'saveApiRequest',
    });
  });
});
