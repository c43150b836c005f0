import { getEventListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { FACE_MATCH_PATH } from '../contract/contract-paths.js';
import { LivenessError } from '../errors/liveness-error.js';
import { submitFaceMatch, type SubmitFaceMatchOptions } from './submit-face-match.js';
import {
  json,
  sha256,
  startRecordingServer,
  text,
  type Received,
  type RecordingServer,
} from './testing/recording-server.js';

const SELFIE = fixtureBytes('single/man-glasses-webcam.jpg');
const REFERENCE = fixtureBytes('single/woman-astronaut-eileen-collins.png');
const OVER_5_MB = fixtureBytes('derived/large-12mp-over5mb-01.jpg');

const APPROVED = {
  request_id: '3f6c2a9e-8b41-4d7a-9c15-2e7f0b6d4a11',
  face_match: {
    status: 'Approved',
    score: 87,
    user_image: {
      entities: [{ age: 31.4, bbox: [212, 148, 598, 640], confidence: 0.91, gender: 'male' }],
      best_angle: 0,
    },
    ref_image: {
      entities: [{ age: 28.9, bbox: [64, 90, 238, 312], confidence: 0.84, gender: 'male' }],
      best_angle: 90,
    },
    warnings: [],
  },
  created_at: '2026-03-14T09:26:53.118402Z',
  vendor_data: 'user-42',
  metadata: { flow: 'onboarding' },
};

let server: RecordingServer;
let endpoint: string;
let received: Received[];

beforeAll(async () => {
  server = await startRecordingServer((_r, res) => json(res, 200, APPROVED));
  received = server.received;
  endpoint = `${server.origin}${FACE_MATCH_PATH}`;
});

afterAll(() => server.close());

beforeEach(() => server.reset((_r, res) => json(res, 200, APPROVED)));

async function failure(options: Partial<SubmitFaceMatchOptions>): Promise<LivenessError> {
  const error = await submitFaceMatch({ endpoint, userImage: SELFIE, refImage: REFERENCE, ...options }).then(
    () => new Error('expected submitFaceMatch to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LivenessError);
  return error as LivenessError;
}

describe('submitFaceMatch: the request', () => {
  it('sends one multipart POST with exactly the contract fields and parses the answer', async () => {
    const result = await submitFaceMatch({
      endpoint,
      userImage: SELFIE,
      refImage: REFERENCE,
      threshold: 55.5,
      rotateImage: true,
      saveApiRequest: false,
      vendorData: 'user-42',
      metadata: { flow: 'onboarding' },
      headers: { 'x-session': 'abc', 'content-type': 'application/json' },
    });
    expect(result).toEqual(APPROVED);
    expect(received).toHaveLength(1);
    const [r] = received;
    expect(r!.method).toBe('POST');
    expect(r!.path).toBe('/v3/face-match/');
    expect(r!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(r!.headers['x-session']).toBe('abc');
    expect(r!.headers.accept).toBe('application/json');
    expect(r!.fieldNames).toEqual([
      'user_image',
      'ref_image',
      'face_match_score_decline_threshold',
      'rotate_image',
      'save_api_request',
      'vendor_data',
      'metadata',
    ]);
    expect(r!.fields).toEqual({
      face_match_score_decline_threshold: '55.5',
      rotate_image: 'true',
      save_api_request: 'false',
      vendor_data: 'user-42',
      metadata: '{"flow":"onboarding"}',
    });
    expect(r!.files).toEqual({
      user_image: { name: 'selfie.jpg', type: 'image/jpeg', size: SELFIE.byteLength, sha256: sha256(SELFIE) },
      ref_image: {
        name: 'reference.png',
        type: 'image/png',
        size: REFERENCE.byteLength,
        sha256: sha256(REFERENCE),
      },
    });
  });

  it('sends only the fields that were given, Blobs labelled with their sniffed type and given names', async () => {
    await submitFaceMatch({ endpoint, userImage: SELFIE, refImage: REFERENCE });
    await submitFaceMatch({
      endpoint: new URL(endpoint),
      userImage: new Blob([new Uint8Array(SELFIE)], { type: 'application/octet-stream' }),
      refImage: new Blob([new Uint8Array(REFERENCE)]),
      userFilename: 'capture-001.jpg',
      refFilename: 'id-front.png',
      threshold: 0,
      metadata: '{"raw":true}',
    });
    expect(received.map((r) => r.fieldNames)).toEqual([
      ['user_image', 'ref_image'],
      ['user_image', 'ref_image', 'face_match_score_decline_threshold', 'metadata'],
    ]);
    expect(received[1]!.fields).toEqual({
      face_match_score_decline_threshold: '0',
      metadata: '{"raw":true}',
    });
    expect(received[1]!.files.user_image).toMatchObject({ name: 'capture-001.jpg', type: 'image/jpeg' });
    expect(received[1]!.files.ref_image).toMatchObject({ name: 'id-front.png', type: 'image/png' });
  });

  it('reads a Rejected answer as Declined, with the score and warnings kept', async () => {
    server.handler = (_r, res) =>
      json(res, 200, {
        ...APPROVED,
        face_match: {
          ...APPROVED.face_match,
          status: 'Rejected',
          score: 12,
          warnings: [{ risk: 'LOW_FACE_MATCH_SIMILARITY', log_type: 'error' }],
        },
      });
    const result = await submitFaceMatch({ endpoint, userImage: SELFIE, refImage: REFERENCE });
    expect(result.face_match).toMatchObject({ status: 'Declined', score: 12 });
    expect(result.face_match.warnings.map((w) => w.risk)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
  });

  it('uses the fetch it is given', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    await submitFaceMatch({ endpoint, userImage: SELFIE, refImage: REFERENCE, fetch: counting });
    expect(calls).toBe(1);
    expect(received).toHaveLength(1);
  });
});

describe('submitFaceMatch: checks before sending', () => {
  it('says which image is wrong: the selfie or the reference image', async () => {
    const gif = new TextEncoder().encode('GIF89a not accepted');
    const cases: [Partial<SubmitFaceMatchOptions>, string, string][] = [
      [
        { userImage: 'selfie.jpg' as unknown as Blob },
        'INVALID_OPTIONS',
        'userImage must be a Blob or a Uint8Array',
      ],
      [
        { refImage: 'id.jpg' as unknown as Blob },
        'INVALID_OPTIONS',
        'refImage must be a Blob or a Uint8Array',
      ],
      [{ userImage: new Uint8Array() }, 'INVALID_IMAGE', 'the selfie is empty'],
      [{ refImage: new Blob([]) }, 'INVALID_IMAGE', 'the reference image is empty'],
      [{ userImage: gif }, 'UNSUPPORTED_MEDIA_TYPE', 'the selfie is not JPEG, PNG, WebP or TIFF'],
      [{ refImage: gif }, 'UNSUPPORTED_MEDIA_TYPE', 'the reference image is not JPEG, PNG, WebP or TIFF'],
      [
        { userImage: OVER_5_MB },
        'FILE_TOO_LARGE',
        `the selfie is larger than 5 MB (${OVER_5_MB.byteLength} bytes; the limit is 5242880 bytes)`,
      ],
      [
        { refImage: new Blob([new Uint8Array(OVER_5_MB)]) },
        'FILE_TOO_LARGE',
        `the reference image is larger than 5 MB (${OVER_5_MB.byteLength} bytes; the limit is 5242880 bytes)`,
      ],
      [{ userFilename: ' ' }, 'INVALID_OPTIONS', 'userFilename must be a non-empty string'],
      [{ refFilename: '' }, 'INVALID_OPTIONS', 'refFilename must be a non-empty string'],
    ];
    for (const [options, code, detail] of cases) {
      const error = await failure(options);
      expect(error.code, detail).toBe(code);
      expect(error.detail).toBe(detail);
      expect(error.message).toContain(detail);
      expect(error.status).toBeUndefined();
      expect(error.retryable).toBe(false);
    }
    expect(received).toHaveLength(0);
  });

  it('rejects bad options without a request', async () => {
    const cases: [Partial<SubmitFaceMatchOptions>, RegExp][] = [
      [{ threshold: 101 }, /^threshold: threshold must be between 0 and 100/],
      [{ threshold: Number.NaN }, /^threshold:/],
      [{ rotateImage: 'yes' as unknown as boolean }, /^rotateImage:/],
      [{ metadata: 'nope' }, /^metadata:/],
      [{ endpoint: '/v3/face-match/' }, /endpoint must be an http\(s\) URL/],
      [{ timeoutMs: -1 }, /timeoutMs/],
      [{ fetch: 'fetch' as unknown as typeof fetch }, /fetch must be a function/],
    ];
    for (const [options, detail] of cases) {
      const error = await failure(options);
      expect(error.code).toBe('INVALID_OPTIONS');
      expect(error.detail).toMatch(detail);
    }
    expect(received).toHaveLength(0);
  });

  it('does not send when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const error = await failure({ signal: controller.signal });
    expect(error.code).toBe('ABORTED');
    expect((error.cause as Error).message).toBe('user left');
    expect(received).toHaveLength(0);
  });
});

describe('submitFaceMatch: error answers', () => {
  const cases: { name: string; reply: (res: ServerResponse) => void; expected: Partial<LivenessError> }[] = [
    {
      name: '400 naming the reference field',
      reply: (res) => json(res, 400, { detail: [{ loc: ['body', 'ref_image'], msg: 'Invalid image' }] }),
      expected: {
        code: 'BAD_REQUEST',
        status: 400,
        detail: 'body.ref_image: Invalid image',
        retryable: false,
      },
    },
    {
      name: '401 with a code',
      reply: (res) => json(res, 401, { detail: 'Invalid API key', code: 'invalid_api_key' }),
      expected: { code: 'UNAUTHORIZED', status: 401, serverCode: 'invalid_api_key' },
    },
    {
      name: '403 for credits',
      reply: (res) => json(res, 403, { detail: 'Not enough credits' }),
      expected: { code: 'FORBIDDEN', status: 403, detail: 'Not enough credits', retryable: false },
    },
    {
      name: 'an operator error from a liveness-kit server',
      reply: (res) => json(res, 502, { detail: 'upstream refused the key', code: 'UPSTREAM_UNAUTHORIZED' }),
      expected: { code: 'UPSTREAM_UNAUTHORIZED', status: 502, retryable: false },
    },
    {
      name: '413 from a proxy',
      reply: (res) => text(res, 413, '<html><title>413 Request Entity Too Large</title></html>', 'text/html'),
      expected: { code: 'FILE_TOO_LARGE', status: 413, detail: '413 Request Entity Too Large' },
    },
    {
      name: '429 with Retry-After',
      reply: (res) => json(res, 429, { detail: 'Request was throttled.' }, { 'Retry-After': '7' }),
      expected: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 7000, retryable: true },
    },
    {
      name: '500 without a JSON body',
      reply: (res) => text(res, 500, 'Internal Server Error'),
      expected: { code: 'SERVER', status: 500, detail: 'Internal Server Error', retryable: true },
    },
  ];

  for (const { name, reply, expected } of cases) {
    it(`maps ${name}`, async () => {
      server.handler = (_r, res) => reply(res);
      expect(await failure({})).toMatchObject(expected);
      expect(received).toHaveLength(1);
    });
  }

  it('turns a 200 that is not the face-match contract into INVALID_RESPONSE', async () => {
    server.handler = (_r, res) => text(res, 200, '{"request_id": "x", "face_match": {', 'application/json');
    expect(await failure({})).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      detail: expect.stringMatching(/^the body is not JSON: /) as unknown,
    });
    // A liveness answer from an endpoint pointed at the wrong route.
    server.handler = (_r, res) => json(res, 200, { request_id: 'x', liveness: { status: 'Approved' } });
    const error = await failure({});
    expect(error).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      detail: 'face_match: expected object',
    });
    expect(error.message).toMatch(/face-match/);
  });
});

describe('submitFaceMatch: transport', () => {
  it('reports a reset connection as NETWORK', async () => {
    server.handler = (_r, _res, req) => req.socket.destroy();
    expect(await failure({})).toMatchObject({ code: 'NETWORK', retryable: true });
  });

  it('gives up after timeoutMs with TIMEOUT and closes the connection', async () => {
    server.handler = (_r, res) => server.later(3000, () => json(res, 200, APPROVED));
    const started = performance.now();
    const error = await failure({ timeoutMs: 250 });
    expect(error).toMatchObject({
      code: 'TIMEOUT',
      retryable: true,
      detail: 'no complete answer within 250 ms',
    });
    expect(performance.now() - started).toBeLessThan(2000);
    await expect.poll(() => received[0]?.clientClosed).toBe(true);
  });

  it('reports the caller’s abort as ABORTED, distinct from TIMEOUT, and leaves no listener or timer', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timeouts();
    server.handler = (_r, res) => server.later(3000, () => json(res, 200, APPROVED));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('closed the dialog')), 150);
    const error = await failure({ signal: controller.signal, timeoutMs: 5000 });
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false });
    expect((error.cause as Error).message).toBe('closed the dialog');
    await expect.poll(() => received[0]?.clientClosed).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    server.reset((_r, res) => json(res, 200, APPROVED));
    const other = new AbortController();
    await submitFaceMatch({
      endpoint,
      userImage: SELFIE,
      refImage: REFERENCE,
      signal: other.signal,
      timeoutMs: 60_000,
    });
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
    expect(timeouts()).toBeLessThanOrEqual(before);
  });
});
