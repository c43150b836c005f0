import { LivenessError } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { resolveRetryOptions, shouldRetryUpload, uploadRetryDelay } from './retry-policy.js';

const options = resolveRetryOptions({ retries: 2, baseDelayMs: 100, maxDelayMs: 1_000 });

describe('upload retry policy', () => {
  it('retries only what core marks retryable, up to the limit', () => {
    expect(shouldRetryUpload(0, new LivenessError('SERVER'), options)).toBe(true);
    expect(shouldRetryUpload(0, new LivenessError('NETWORK'), options)).toBe(true);
    expect(shouldRetryUpload(0, new LivenessError('TIMEOUT'), options)).toBe(true);
    expect(shouldRetryUpload(2, new LivenessError('SERVER'), options)).toBe(false);
    expect(shouldRetryUpload(0, new LivenessError('BAD_REQUEST'), options)).toBe(false);
    expect(shouldRetryUpload(0, new LivenessError('ABORTED', { retryable: true }), options)).toBe(false);
  });

  it('backs off exponentially, never below Retry-After, and leaves long waits to the user', () => {
    expect(uploadRetryDelay(0, new LivenessError('SERVER'), options)).toBe(100);
    expect(uploadRetryDelay(1, new LivenessError('SERVER'), options)).toBe(200);
    expect(uploadRetryDelay(5, new LivenessError('SERVER'), options)).toBe(1_000);
    const limited = new LivenessError('RATE_LIMITED', { retryAfterMs: 700 });
    expect(uploadRetryDelay(0, limited, options)).toBe(700);
    expect(shouldRetryUpload(0, new LivenessError('RATE_LIMITED', { retryAfterMs: 5_000 }), options)).toBe(
      false,
    );
  });

  it('ignores nonsense options', () => {
    expect(resolveRetryOptions({ retries: -1, baseDelayMs: Number.NaN })).toEqual({
      retries: 2,
      baseDelayMs: 1_000,
      maxDelayMs: 10_000,
    });
  });
});
