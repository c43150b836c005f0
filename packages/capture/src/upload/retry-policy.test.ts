import { LivenessError } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { checkCaptureOptions } from '../options/check-capture-options.js';
import { shouldRetryUpload, uploadRetryDelay } from './retry-policy.js';

const options = checkCaptureOptions({ retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 1_000 } }).retry;

describe('upload retry policy', () => {
  it('retries only what core marks retryable, up to the limit', () => {
    expect(shouldRetryUpload(0, new LivenessError('SERVER'), options)).toBe(true);
    expect(shouldRetryUpload(0, new LivenessError('NETWORK'), options)).toBe(true);
    expect(shouldRetryUpload(0, new LivenessError('TIMEOUT'), options)).toBe(true);
    expect(shouldRetryUpload(2, new LivenessError('SERVER'), options)).toBe(false);
    expect(shouldRetryUpload(0, new LivenessError('BAD_REQUEST'), options)).toBe(false);
    expect(shouldRetryUpload(0, new LivenessError('ABORTED', { retryable: true }), options)).toBe(false);
  });

  it('never re-sends after the server already retried upstream (UPSTREAM_* codes)', () => {
    const fromServer = (code: 'SERVER' | 'TIMEOUT' | 'RATE_LIMITED', serverCode: string) =>
      new LivenessError(code, { status: 502, serverCode });
    for (const serverCode of ['UPSTREAM_ERROR', 'UPSTREAM_UNREACHABLE', 'UPSTREAM_INVALID_RESPONSE']) {
      const error = fromServer('SERVER', serverCode);
      expect(error.retryable, serverCode).toBe(true);
      expect(shouldRetryUpload(0, error, options), serverCode).toBe(false);
    }
    expect(shouldRetryUpload(0, fromServer('TIMEOUT', 'UPSTREAM_TIMEOUT'), options)).toBe(false);
    expect(shouldRetryUpload(0, fromServer('RATE_LIMITED', 'UPSTREAM_RATE_LIMITED'), options)).toBe(false);
    for (const code of [
      'UPSTREAM_UNAUTHORIZED',
      'UPSTREAM_PAYMENT_REQUIRED',
      'UPSTREAM_FORBIDDEN',
    ] as const) {
      const error = new LivenessError(code, { status: 502, serverCode: code });
      expect(error.retryable, code).toBe(false);
      expect(shouldRetryUpload(0, error, options), code).toBe(false);
    }
    // The same statuses from a server that did not retry upstream (no UPSTREAM_* code) are retried.
    expect(
      shouldRetryUpload(0, new LivenessError('SERVER', { status: 502, serverCode: 'INTERNAL' }), options),
    ).toBe(true);
    expect(
      shouldRetryUpload(0, new LivenessError('RATE_LIMITED', { serverCode: 'RATE_LIMITED' }), options),
    ).toBe(true);
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

  it('refuses nonsense options (the capture’s option check) and fills in the defaults', () => {
    expect(() => checkCaptureOptions({ retry: { retries: -1 } })).toThrow(/retry\.retries/);
    expect(() => checkCaptureOptions({ retry: { baseDelayMs: Number.NaN } })).toThrow(/retry\.baseDelayMs/);
    expect(checkCaptureOptions({}).retry).toEqual({ retries: 2, baseDelayMs: 1_000, maxDelayMs: 10_000 });
  });
});
