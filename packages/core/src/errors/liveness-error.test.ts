import { describe, expect, it } from 'vitest';
import { errorCodeForStatus, LIVENESS_ERROR_CODES, RETRYABLE_ERROR_CODES } from './error-codes.js';
import {
  isLivenessError,
  LivenessError,
  toLivenessError,
  type SerializedLivenessError,
} from './liveness-error.js';
import { insecureContextError, toCameraError } from './camera-error.js';

describe('LivenessError', () => {
  it('is an Error with a stable code, retryable flag and optional HTTP details', () => {
    const cause = new Error('socket hang up');
    const error = new LivenessError('RATE_LIMITED', {
      status: 429,
      detail: 'Too many requests',
      serverCode: 'rate_limited',
      retryAfterMs: 30_000,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LivenessError');
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(429);
    expect(error.detail).toBe('Too many requests');
    expect(error.serverCode).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('Too many requests (HTTP 429): Too many requests');
    expect(String(error)).toMatch(/^LivenessError: /);
  });

  it('says which codes a retry may help', () => {
    const retryable = LIVENESS_ERROR_CODES.filter((code) => new LivenessError(code).retryable);
    expect(retryable).toEqual([
      'NETWORK',
      'TIMEOUT',
      'RATE_LIMITED',
      'BUSY',
      'SERVER',
      'MODEL_LOAD_FAILED',
      'CAMERA_IN_USE',
      'CAMERA_DISCONNECTED',
    ]);
    for (const status of [400, 401, 402, 403, 404, 413, 415, 422]) {
      expect(RETRYABLE_ERROR_CODES[errorCodeForStatus(status)]).toBe(false);
    }
    expect(new LivenessError('SERVER', { retryable: false }).retryable).toBe(false);
  });

  it('maps HTTP statuses to codes', () => {
    expect(
      [400, 401, 402, 403, 404, 408, 413, 415, 422, 429, 500, 502, 503, 599, 200, 302].map(
        errorCodeForStatus,
      ),
    ).toEqual([
      'BAD_REQUEST',
      'UNAUTHORIZED',
      'PAYMENT_REQUIRED',
      'FORBIDDEN',
      'BAD_REQUEST',
      'TIMEOUT',
      'FILE_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'BAD_REQUEST',
      'RATE_LIMITED',
      'SERVER',
      'SERVER',
      'SERVER',
      'SERVER',
      'INVALID_RESPONSE',
      'INVALID_RESPONSE',
    ]);
  });

  it('survives a trip through JSON (e.g. postMessage from a worker)', () => {
    const error = new LivenessError('SERVER', { status: 503, detail: 'down', retryAfterMs: 1000 });
    const json: unknown = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'LivenessError',
      code: 'SERVER',
      message: error.message,
      retryable: true,
      status: 503,
      detail: 'down',
      retryAfterMs: 1000,
    });
    const back = toLivenessError(json);
    expect(back).toBeInstanceOf(LivenessError);
    expect(back.toJSON()).toEqual(error.toJSON());
    expect(isLivenessError(json)).toBe(false);
  });

  it('keeps why a model load failed and the file, through postMessage (structured clone)', () => {
    const error = new LivenessError('MODEL_LOAD_FAILED', {
      reason: 'not-found',
      status: 404,
      url: 'https://cdn.example/models/blazeface.json',
      detail: 'blazeface.json: HTTP 404',
      retryable: false,
    });
    expect(error.reason).toBe('not-found');
    const back = LivenessError.fromJSON(structuredClone(error.toJSON()));
    expect(back).toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      reason: 'not-found',
      status: 404,
      url: 'https://cdn.example/models/blazeface.json',
      retryable: false,
    });
    expect(back.toJSON()).toEqual(error.toJSON());
    // A reason this version does not know (from another copy of the package) is dropped, not kept untyped.
    const foreign = { ...error.toJSON(), reason: 'gremlins' } as unknown as SerializedLivenessError;
    expect(LivenessError.fromJSON(foreign).reason).toBeUndefined();
    expect(new LivenessError('MODEL_LOAD_FAILED').reason).toBeUndefined();
  });
});

describe('isLivenessError', () => {
  it('recognises instances and look-alikes from another copy of the package', () => {
    expect(isLivenessError(new LivenessError('NETWORK'))).toBe(true);
    const foreign = Object.assign(new Error('x'), {
      name: 'LivenessError',
      code: 'TIMEOUT',
      retryable: true,
    });
    expect(isLivenessError(foreign)).toBe(true);
    expect(
      isLivenessError(
        Object.assign(new Error('x'), { name: 'LivenessError', code: 'NOPE', retryable: true }),
      ),
    ).toBe(false);
    for (const x of [new Error('x'), null, undefined, 'NETWORK', { code: 'NETWORK' }]) {
      expect(isLivenessError(x)).toBe(false);
    }
  });
});

describe('toLivenessError', () => {
  it('returns a LivenessError unchanged', () => {
    const error = new LivenessError('FORBIDDEN', { status: 403 });
    expect(toLivenessError(error)).toBe(error);
  });

  it('maps aborts and timeouts by name', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    expect(toLivenessError(abort)).toMatchObject({ code: 'ABORTED', cause: abort });
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    expect(toLivenessError(timeout).code).toBe('TIMEOUT');
  });

  it('wraps anything else as the fallback code, keeping the cause', () => {
    const boom = new TypeError('boom');
    expect(toLivenessError(boom)).toMatchObject({ code: 'UNKNOWN', detail: 'boom', cause: boom });
    expect(toLivenessError(boom, 'MODEL_LOAD_FAILED')).toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      retryable: true,
    });
    expect(toLivenessError('plain string')).toMatchObject({ code: 'UNKNOWN', detail: 'plain string' });
    expect(toLivenessError(undefined).code).toBe('UNKNOWN');
    expect(toLivenessError(42).detail).toBe('42');
  });
});

describe('toCameraError', () => {
  it('maps getUserMedia failures by DOMException name', () => {
    const cases: [string, string][] = [
      ['NotAllowedError', 'CAMERA_PERMISSION_DENIED'],
      ['SecurityError', 'CAMERA_PERMISSION_DENIED'],
      ['NotFoundError', 'CAMERA_NOT_FOUND'],
      ['OverconstrainedError', 'CAMERA_NOT_FOUND'],
      ['NotReadableError', 'CAMERA_IN_USE'],
      ['AbortError', 'CAMERA_IN_USE'],
    ];
    for (const [name, code] of cases) {
      const cause = new DOMException('Could not start video source', name);
      const error = toCameraError(cause);
      expect(error.code).toBe(code);
      expect(error.cause).toBe(cause);
      expect(error.detail).toBe(`${name}: Could not start video source`);
    }
    expect(insecureContextError()).toMatchObject({ code: 'INSECURE_CONTEXT', retryable: false });
  });
});
