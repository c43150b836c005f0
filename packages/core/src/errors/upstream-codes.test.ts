import { describe, expect, it } from 'vitest';
import { LIVENESS_ERROR_CODES } from './error-codes.js';
import { LivenessError } from './liveness-error.js';
import {
  OPERATOR_ERROR_CODES,
  operatorErrorCode,
  retriedUpstream,
  UPSTREAM_PROBLEM_CODES,
} from './upstream-codes.js';

describe('upstream codes', () => {
  it('makes each operator code a LivenessErrorCode that no retry can fix', () => {
    for (const code of OPERATOR_ERROR_CODES) {
      expect(LIVENESS_ERROR_CODES).toContain(code);
      expect(UPSTREAM_PROBLEM_CODES).toContain(code);
      expect(new LivenessError(code).retryable, code).toBe(false);
      expect(operatorErrorCode(code)).toBe(code);
    }
    for (const other of ['UPSTREAM_ERROR', 'UNAUTHORIZED', 'invalid_api_key', undefined]) {
      expect(operatorErrorCode(other)).toBeUndefined();
    }
  });

  it('knows when the answering hop has already retried upstream', () => {
    for (const serverCode of UPSTREAM_PROBLEM_CODES) {
      expect(retriedUpstream(new LivenessError('SERVER', { serverCode })), serverCode).toBe(true);
    }
    expect(retriedUpstream(new LivenessError('UPSTREAM_FORBIDDEN'))).toBe(true);
    for (const serverCode of [undefined, 'INTERNAL', 'RATE_LIMITED', 'invalid_api_key', 'upstream_error']) {
      expect(retriedUpstream(new LivenessError('SERVER', serverCode ? { serverCode } : {})), serverCode).toBe(
        false,
      );
    }
  });
});
