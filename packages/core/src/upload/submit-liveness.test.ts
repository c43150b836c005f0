import { getEventListeners } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { LivenessError } from '../errors/liveness-error.js';
import { submitLiveness, type SubmitLivenessOptions } from './submit-liveness.js';
import {
  json,
  sha256,
  startRecordingServer,
  text,
  type Received,
  type RecordingServer,
} from './testing/recording-server.js';

const PHOTO = fixtureBytes('single/man-obama-official-portrait.jpg');
const PNG = fixtureBytes('single/woman-astronaut-eileen-collins.png');

const APPROVED = {
  request_id: 'f3b1c2d4-0000-4000-8000-000000000001',
  liveness: {
    status: 'Approved',
    method: 'PASSIVE',
    score: 95,
    user_image: {
      entities: [{ age: 47.3, bbox: [156, 234, 679, 898], confidence: 0.97, gender: 'male', race: null }],
      best_angle: 0,
    },
    warnings: [],
    face_quality: 85,
    face_luminance: 50,
  },
  created_at: '2025-05-01T13:11:07.977806Z',
  vendor_data: 'user-42',
  metadata: { a: 1 },
};

let server: RecordingServer;
let endpoint: string;
let received: Received[];

beforeAll(async () => {
  server = await startRecordingServer((_r, res) => json(res, 200, APPROVED));
  received = server.received;
  endpoint = `${server.origin}/v3/passive-liveness/`;
});

afterAll(() => server.close());

beforeEach(() => server.reset((_r, res) => json(res, 200, APPROVED)));

async function failure(options: Partial<SubmitLivenessOptions>): Promise<LivenessError> {
  const error = await submitLiveness({ endpoint, image: PHOTO, ...options }).then(
    () => new Error('expected submitLiveness to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LivenessError);
  return error as LivenessError;
}

describe('submitLiveness: the request', () => {
  it('sends one multipart POST with exactly the contract fields and parses the answer', async () => {
    const result = await submitLiveness({
      endpoint,
      image: PHOTO,
      threshold: 80.5,
      rotateImage: true,
      saveApiRequest: false,
      vendorData: 'user-42',
      metadata: { a: 1 },
      headers: { 'x-session': 'abc', 'content-type': 'application/json' },
    });
    expect(result).toEqual(APPROVED);
    expect(received).toHaveLength(1);
    const [r] = received;
    expect(r!.method).toBe('POST');
    expect(r!.path).toBe('/v3/passive-liveness/');
    expect(r!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(r!.headers['x-session']).toBe('abc');
    expect(r!.headers.accept).toBe('application/json');
    expect(r!.fieldNames).toEqual([
      'user_image',
      'face_liveness_score_decline_threshold',
      'rotate_image',
      'save_api_request',
      'vendor_data',
      'metadata',
    ]);
    expect(r!.fields).toEqual({
      face_liveness_score_decline_threshold: '80.5',
      rotate_image: 'true',
      save_api_request: 'false',
      vendor_data: 'user-42',
      metadata: '{"a":1}',
    });
    expect(r!.files.user_image).toEqual({
      name: 'selfie.jpg',
      type: 'image/jpeg',
      size: PHOTO.byteLength,
      sha256: sha256(PHOTO),
    });
  });

  it('sends only the fields that were given', async () => {
    await submitLiveness({ endpoint, image: PHOTO });
    await submitLiveness({
      endpoint,
      image: PHOTO,
      threshold: 0,
      rotateImage: false,
      metadata: '{"raw":true}',
    });
    expect(received.map((r) => r.fieldNames)).toEqual([
      ['user_image'],
      ['user_image', 'face_liveness_score_decline_threshold', 'rotate_image', 'metadata'],
    ]);
    expect(received[1]!.fields).toEqual({
      face_liveness_score_decline_threshold: '0',
      rotate_image: 'false',
      metadata: '{"raw":true}',
    });
  });

  it('labels a Blob with its sniffed type, keeps a given file name, and accepts a URL endpoint', async () => {
    await submitLiveness({
      endpoint: new URL(endpoint),
      image: new Blob([new Uint8Array(PNG)], { type: 'application/octet-stream' }),
      filename: 'capture-001.png',
    });
    expect(received[0]!.files.user_image).toEqual({
      name: 'capture-001.png',
      type: 'image/png',
      size: PNG.byteLength,
      sha256: sha256(PNG),
    });
  });

  it('uses the fetch it is given', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    await submitLiveness({ endpoint, image: PHOTO, fetch: counting });
    expect(calls).toBe(1);
    expect(received).toHaveLength(1);
  });
});

describe('submitLiveness: checks before sending', () => {
  it('rejects bad options without a request', async () => {
    const cases: [string, Partial<SubmitLivenessOptions>, string, RegExp][] = [
      ['threshold 101', { threshold: 101 }, 'INVALID_OPTIONS', /threshold must be between 0 and 100/],
      ['threshold -0.5', { threshold: -0.5 }, 'INVALID_OPTIONS', /threshold/],
      ['metadata not JSON', { metadata: 'nope' }, 'INVALID_OPTIONS', /metadata/],
      ['relative endpoint in Node', { endpoint: '/v3/passive-liveness/' }, 'INVALID_OPTIONS', /endpoint/],
      ['ftp endpoint', { endpoint: 'ftp://127.0.0.1/x' }, 'INVALID_OPTIONS', /endpoint/],
      ['timeout 0', { timeoutMs: 0 }, 'INVALID_OPTIONS', /timeoutMs/],
      ['image as a path', { image: 'photo.jpg' as unknown as Blob }, 'INVALID_OPTIONS', /image must be/],
      ['empty image', { image: new Uint8Array() }, 'INVALID_IMAGE', /empty/],
      [
        'GIF bytes',
        { image: new TextEncoder().encode('GIF89a not accepted') },
        'UNSUPPORTED_MEDIA_TYPE',
        /not JPEG/,
      ],
      ['5 MB + 1 byte', { image: new Uint8Array(5 * 1024 * 1024 + 1) }, 'FILE_TOO_LARGE', /5 MB/],
    ];
    for (const [label, options, code, detail] of cases) {
      const error = await failure(options);
      expect(error.code, label).toBe(code);
      expect(error.detail).toMatch(detail);
      expect(error.status).toBeUndefined();
      expect(error.retryable).toBe(false);
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

describe('submitLiveness: error answers', () => {
  const inAMinute = () => new Date(Date.now() + 60_000).toUTCString();
  const cases: {
    name: string;
    reply: (res: ServerResponse) => void;
    expected: Partial<LivenessError>;
  }[] = [
    {
      name: '400 with a detail',
      reply: (res) => json(res, 400, { detail: 'Invalid image format' }),
      expected: { code: 'BAD_REQUEST', status: 400, detail: 'Invalid image format', retryable: false },
    },
    {
      name: '401 with a detail and a code',
      reply: (res) => json(res, 401, { detail: 'Invalid API key', code: 'invalid_api_key' }),
      expected: {
        code: 'UNAUTHORIZED',
        status: 401,
        detail: 'Invalid API key',
        serverCode: 'invalid_api_key',
      },
    },
    {
      name: '402',
      reply: (res) => json(res, 402, { detail: 'Payment required' }),
      expected: { code: 'PAYMENT_REQUIRED', status: 402, retryable: false },
    },
    {
      name: '403',
      reply: (res) => json(res, 403, { detail: 'Not enough credits', code: 'insufficient_credits' }),
      expected: { code: 'FORBIDDEN', status: 403, serverCode: 'insufficient_credits', retryable: false },
    },
    {
      name: '413 from a proxy, as HTML',
      reply: (res) =>
        text(
          res,
          413,
          '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>',
          'text/html',
        ),
      expected: { code: 'FILE_TOO_LARGE', status: 413, detail: '413 Request Entity Too Large' },
    },
    {
      name: '415 with a FastAPI detail list',
      reply: (res) =>
        json(res, 415, { detail: [{ loc: ['body', 'user_image'], msg: 'Unsupported image type' }] }),
      expected: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        status: 415,
        detail: 'body.user_image: Unsupported image type',
      },
    },
    {
      name: '429 with Retry-After in seconds',
      reply: (res) => json(res, 429, { detail: 'Request was throttled.' }, { 'Retry-After': '12' }),
      expected: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 12_000, retryable: true },
    },
    {
      name: '500 with a plain-text body',
      reply: (res) => text(res, 500, 'Internal Server Error'),
      expected: { code: 'SERVER', status: 500, detail: 'Internal Server Error', retryable: true },
    },
    {
      name: '503 with an HTML body',
      reply: (res) =>
        text(
          res,
          503,
          `<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>${'<p>maintenance</p>'.repeat(500)}</body></html>`,
          'text/html; charset=utf-8',
        ),
      expected: { code: 'SERVER', status: 503, detail: 'Service Unavailable', retryable: true },
    },
  ];

  for (const { name, reply, expected } of cases) {
    it(`maps ${name}`, async () => {
      server.handler = (_r, res) => reply(res);
      const error = await failure({});
      expect(error).toMatchObject(expected);
      expect(received).toHaveLength(1);
    });
  }

  it('maps 429 with Retry-After as an HTTP-date', async () => {
    server.handler = (_r, res) => json(res, 429, { detail: 'slow down' }, { 'Retry-After': inAMinute() });
    const error = await failure({});
    expect(error.code).toBe('RATE_LIMITED');
    // The date has one-second resolution.
    expect(error.retryAfterMs).toBeGreaterThan(55_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('turns a 200 that is not the contract into INVALID_RESPONSE', async () => {
    server.handler = (_r, res) =>
      text(res, 200, '{"request_id": "x", "liveness": {"status": "Appro', 'application/json');
    expect(await failure({})).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      retryable: false,
      detail: expect.stringMatching(/^the body is not JSON: \{"request_id"/) as unknown,
    });
    server.handler = (_r, res) => text(res, 200, '');
    expect((await failure({})).detail).toBe('the body is not JSON: (empty)');
    server.handler = (_r, res) => json(res, 200, { ok: true });
    expect(await failure({})).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      detail: 'request_id: expected string; liveness: expected object',
    });
  });
});

describe('submitLiveness: transport failures', () => {
  it('reports a reset connection as NETWORK', async () => {
    server.handler = (_r, _res, req) => req.socket.destroy();
    const error = await failure({});
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(error.status).toBeUndefined();
    expect(received).toHaveLength(1);
  });

  it('reports a refused connection as NETWORK', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure({ endpoint: `http://127.0.0.1:${port}/` });
    expect(error.code).toBe('NETWORK');
    expect(error.detail).toMatch(/ECONNREFUSED/);
  });

  it('gives up after timeoutMs with TIMEOUT and closes the connection', async () => {
    server.handler = (_r, res) => server.later(3000, () => json(res, 200, APPROVED));
    const started = performance.now();
    const error = await failure({ timeoutMs: 250 });
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(elapsed).toBeGreaterThanOrEqual(240);
    expect(elapsed).toBeLessThan(2000);
    await expect.poll(() => received[0]?.clientClosed).toBe(true);
  });

  it('times out on an answer whose body stalls', async () => {
    server.handler = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"request_id": "a1b2",');
    };
    const error = await failure({ timeoutMs: 300 });
    expect(error.code).toBe('TIMEOUT');
  });

  it('times out on an error answer whose body stalls, rather than reporting the status', async () => {
    server.handler = (_r, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.write('partial');
    };
    const error = await failure({ timeoutMs: 300 });
    expect(error.code).toBe('TIMEOUT');
  });

  it('reports the caller’s abort as ABORTED, distinct from TIMEOUT', async () => {
    server.handler = (_r, res) => server.later(3000, () => json(res, 200, APPROVED));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('closed the dialog')), 150);
    const error = await failure({ signal: controller.signal, timeoutMs: 5000 });
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false });
    expect((error.cause as Error).message).toBe('closed the dialog');
    await expect.poll(() => received[0]?.clientClosed).toBe(true);
  });

  it('leaves no timer or abort listener behind', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timeouts();
    const controller = new AbortController();
    await submitLiveness({ endpoint, image: PHOTO, signal: controller.signal, timeoutMs: 60_000 });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    server.handler = (_r, res) => json(res, 500, { detail: 'boom' });
    await failure({ signal: controller.signal, timeoutMs: 60_000 });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(timeouts()).toBeLessThanOrEqual(before);
  });
});
