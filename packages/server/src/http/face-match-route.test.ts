import {
  errorFromResponse,
  FACE_MATCH_PATH,
  LIVENESS_PATH,
  type FaceMatchResponse,
} from '@liveness-kit/core';
import { FakeDiditServer, diditErrorReply, fixtureBytes } from '@liveness-kit/test-utils';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiditEngine } from '../engine/didit/didit-engine.js';
import type { LivenessEngine } from '../engine/engine.js';
import { createLivenessApp, type LivenessAppOptions } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const selfie = new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'));
const reference = new Uint8Array(fixtureBytes('pad/real/ageitgey-obama2.jpg'));
const MB = 1024 * 1024;

type Field = [string, string | Blob, string?];
const file = (bytes: Uint8Array<ArrayBuffer> | string, type = 'image/jpeg') => new Blob([bytes], { type });
/** A JPEG (it sniffs as one) padded with zeros to `bytes`. */
const paddedJpeg = (bytes: number) => {
  const out = new Uint8Array(bytes);
  out.set(selfie);
  return out;
};

function multipart(fields: Field[]): FormData {
  const f = new FormData();
  for (const [name, value, filename] of fields) {
    if (typeof value === 'string') f.append(name, value);
    else f.append(name, value, filename ?? `${name}.jpg`);
  }
  return f;
}
const both = (...extra: Field[]) =>
  multipart([['user_image', file(selfie)], ['ref_image', file(reference)], ...extra]);

interface Case {
  name: string;
  make: () => BodyInit | { body: BodyInit; headers: Record<string, string> };
  status: number;
  code?: string;
  /** The field the problem's detail must name. */
  field?: string;
}

const userOnly = (...extra: Field[]) => multipart([['user_image', file(selfie)], ...extra]);
const refOnly = (...extra: Field[]) => multipart([['ref_image', file(reference)], ...extra]);
const threshold = 'face_match_score_decline_threshold';

const cases: Case[] = [
  {
    name: 'JSON body',
    make: () => ({ body: '{"user_image":"x"}', headers: { 'content-type': 'application/json' } }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'empty multipart body',
    make: () => ({ body: '', headers: { 'content-type': 'multipart/form-data; boundary=abc' } }),
    status: 400,
    code: 'INVALID_MULTIPART',
  },
  {
    name: 'no file at all',
    make: () => multipart([['vendor_data', 'u1']]),
    status: 400,
    code: 'MISSING_IMAGE',
    field: 'user_image',
  },
  { name: 'no user_image', make: () => refOnly(), status: 400, code: 'MISSING_IMAGE', field: 'user_image' },
  { name: 'no ref_image', make: () => userOnly(), status: 400, code: 'MISSING_IMAGE', field: 'ref_image' },
  {
    name: 'the reference sent as "image" (a wrong name)',
    make: () => userOnly(['image', file(reference)]),
    status: 400,
    code: 'MISSING_IMAGE',
    field: 'ref_image',
  },
  {
    name: 'ref_image as a text field',
    make: () => userOnly(['ref_image', 'https://example.com/id.jpg']),
    status: 400,
    code: 'MISSING_IMAGE',
    field: 'ref_image',
  },
  {
    name: 'ref_image sent twice',
    make: () => both(['ref_image', file(reference)]),
    status: 400,
    code: 'DUPLICATE_FIELD',
    field: 'ref_image',
  },
  {
    name: 'empty user_image',
    make: () => refOnly(['user_image', file(new Uint8Array())]),
    status: 400,
    code: 'INVALID_IMAGE',
    field: 'user_image',
  },
  {
    name: 'empty ref_image',
    make: () => userOnly(['ref_image', file(new Uint8Array())]),
    status: 400,
    code: 'INVALID_IMAGE',
    field: 'ref_image',
  },
  {
    name: 'text file named .jpg as user_image',
    make: () => refOnly(['user_image', file('hello world')]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'user_image',
  },
  {
    name: 'SVG with a script as ref_image',
    make: () =>
      userOnly([
        'ref_image',
        file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'),
      ]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'ref_image',
  },
  {
    name: 'PDF of an ID card as ref_image',
    make: () => userOnly(['ref_image', file('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'image/jpeg')]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'ref_image',
  },
  {
    name: 'ZIP archive as ref_image',
    make: () => userOnly(['ref_image', file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'ref_image',
  },
  {
    name: '6 MB user_image (body under the two-image limit)',
    make: () => refOnly(['user_image', file(paddedJpeg(6 * MB))]),
    status: 413,
    code: 'FILE_TOO_LARGE',
    field: 'user_image',
  },
  {
    name: '6 MB ref_image (body under the two-image limit)',
    make: () => userOnly(['ref_image', file(paddedJpeg(6 * MB))]),
    status: 413,
    code: 'FILE_TOO_LARGE',
    field: 'ref_image',
  },
  {
    name: '12 MP photo over 5 MB as ref_image (fixture)',
    make: () =>
      userOnly(['ref_image', file(new Uint8Array(fixtureBytes('derived/large-12mp-over5mb-01.jpg')))]),
    status: 413,
    code: 'FILE_TOO_LARGE',
    field: 'ref_image',
  },
  ...['abc', '-1', '101', '', 'NaN', '0x10', '1e400'].map((value): Case => ({
    name: `threshold "${value}"`,
    make: () => both([threshold, value]),
    status: 400,
    code: 'INVALID_THRESHOLD',
    field: threshold,
  })),
  {
    name: 'threshold as a file',
    make: () => both([threshold, file('30', 'text/plain'), 't.txt']),
    status: 400,
    code: 'INVALID_THRESHOLD',
    field: threshold,
  },
  {
    name: 'rotate_image "yes"',
    make: () => both(['rotate_image', 'yes']),
    status: 400,
    code: 'INVALID_BOOLEAN',
    field: 'rotate_image',
  },
  {
    name: 'metadata that is not JSON',
    make: () => both(['metadata', '{not json']),
    status: 400,
    code: 'INVALID_METADATA',
    field: 'metadata',
  },
  {
    name: 'vendor_data of 2000 characters',
    make: () => both(['vendor_data', 'v'.repeat(2000)]),
    status: 400,
    code: 'INVALID_VENDOR_DATA',
    field: 'vendor_data',
  },
  {
    name: 'the liveness threshold field (not this contract’s: ignored)',
    make: () => both(['face_liveness_score_decline_threshold', 'abc']),
    status: 200,
  },
  { name: 'threshold 42.5 (float)', make: () => both([threshold, '42.5']), status: 200 },
  { name: 'threshold 100 (the top end)', make: () => both([threshold, '100']), status: 200 },
  {
    name: 'JPEG declared as image/png (type comes from bytes)',
    make: () =>
      multipart([
        ['user_image', file(selfie, 'image/png')],
        ['ref_image', file(reference, 'text/plain')],
      ]),
    status: 200,
  },
  {
    name: 'two images of 4.9 MB each (over the liveness body limit, under this one)',
    make: () =>
      multipart([
        ['user_image', file(paddedJpeg(4.9 * MB))],
        ['ref_image', file(paddedJpeg(4.9 * MB))],
      ]),
    status: 200,
  },
];

/** Sends a head with `Content-Length` and a little of the body on a raw socket; the answer must come without the rest. */
function rawUpload(
  url: string,
  path: string,
  contentLength: number,
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: multipart/form-data; boundary=x\r\n` +
          `Content-Length: ${contentLength}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(64 * 1024, 0x41));
    });
    let text = '';
    socket.on('data', (c: Buffer) => {
      text += c.toString('latin1');
      const [head, body = ''] = text.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head!);
      if (length && body.length >= Number(length[1])) {
        socket.destroy();
        resolve({
          status: Number(/^HTTP\/1\.1 (\d+)/.exec(head!)![1]),
          body: body.slice(0, Number(length[1])),
        });
      }
    });
    socket.on('error', reject);
  });
}

describe('POST /v3/face-match/ over real HTTP (Didit engine, fake Didit)', () => {
  const didit = new FakeDiditServer();
  const servers: RunningServer[] = [];
  let base: string;

  async function start(options: Partial<LivenessAppOptions> = {}): Promise<string> {
    const engine = createDiditEngine({ apiKey: 'k-fm', baseUrl: didit.url, retries: 0 });
    const server = await startLivenessServer(createLivenessApp({ engine, ...options }), { port: 0 });
    servers.push(server);
    return server.url;
  }
  const post = (url: string, body: BodyInit, path = FACE_MATCH_PATH, headers?: Record<string, string>) =>
    fetch(`${url}${path}`, { method: 'POST', body, ...(headers && { headers }) });

  beforeAll(async () => {
    await didit.start();
    base = await start();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await didit.stop();
  });
  beforeEach(() => didit.reset());

  it(`checks ${cases.length} valid and hostile requests`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name → $status $code', async ({ make, status, code, field }) => {
    const made = make();
    const { body, headers } =
      'headers' in (made as object)
        ? (made as { body: BodyInit; headers: Record<string, string> })
        : { body: made as BodyInit, headers: undefined };
    const res = await post(base, body, FACE_MATCH_PATH, headers);
    const json = (await res.json()) as { code?: string; detail?: string; face_match?: unknown };
    expect({ status: res.status, code: json.code }).toEqual({ status, code });
    if (status === 200) {
      expect(json.face_match).toBeDefined();
      expect(didit.requests).toHaveLength(1);
    } else {
      expect(didit.requests).toHaveLength(0);
      if (field) expect(json.detail).toContain(`"${field}"`);
    }
  });

  it('answers with and without the trailing slash, forwarding the options to Didit under the contract’s names', async () => {
    for (const path of [FACE_MATCH_PATH, FACE_MATCH_PATH.slice(0, -1)]) {
      const res = await post(
        base,
        both([threshold, '42.5'], ['vendor_data', 'u7'], ['rotate_image', 'true']),
        path,
      );
      expect(res.status).toBe(200);
      const answer = (await res.json()) as FaceMatchResponse;
      expect(answer.face_match.status).toBe('Approved');
    }
    expect(didit.requests.map((r) => [r.path, r.fields])).toEqual(
      Array(2).fill([
        '/v3/face-match/',
        {
          face_match_score_decline_threshold: '42.5',
          vendor_data: 'u7',
          rotate_image: 'true',
          save_api_request: 'true',
        },
      ]),
    );
    const sent = didit.requests[0]!;
    expect(Buffer.from(sent.files.user_image!.bytes).equals(Buffer.from(selfie))).toBe(true);
    expect(Buffer.from(sent.files.ref_image!.bytes).equals(Buffer.from(reference))).toBe(true);
  });

  it('lets the threshold decide: a score of 50 approves at 49.9 and declines at 50', async () => {
    didit.faceMatchScore = 50;
    const approved = (await (await post(base, both([threshold, '49.9']))).json()) as FaceMatchResponse;
    const declined = (await (await post(base, both([threshold, '50']))).json()) as FaceMatchResponse;
    expect(approved.face_match.status).toBe('Approved');
    expect(declined.face_match.status).toBe('Declined');
    expect(declined.face_match.warnings.map((w) => w.risk)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
  });

  it('answers other methods 405', async () => {
    const res = await fetch(`${base}${FACE_MATCH_PATH}`, { method: 'PUT', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('refuses a body over 2 x 5 MB + 64 KB from its Content-Length with 413, without reading it (raw socket)', async () => {
    const { status, body } = await rawUpload(base, FACE_MATCH_PATH, 2 * 5 * MB + 65 * 1024);
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ code: 'FILE_TOO_LARGE' });
    // The liveness route's limit stays one image.
    const liveness = await rawUpload(base, LIVENESS_PATH, 5 * MB + 65 * 1024);
    expect(liveness.status).toBe(413);
    expect(didit.requests).toHaveLength(0);
  });

  it('refuses two 6 MB images sent by curl with 413 before the upload ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lk-fm-'));
    const big = join(dir, 'big.jpg');
    writeFileSync(big, paddedJpeg(6 * MB));
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        'curl',
        [
          '-s',
          '-w',
          '\n%{http_code} %{size_upload}',
          '-F',
          `user_image=@${big}`,
          '-F',
          `ref_image=@${big}`,
          `${base}${FACE_MATCH_PATH}`,
        ],
        (error, stdout) => (error && !stdout ? reject(error) : resolve(stdout)),
      ),
    );
    const [body, last] = out.split('\n');
    const [status, uploaded] = last!.split(' ');
    expect(status).toBe('413');
    expect(JSON.parse(body!)).toMatchObject({ code: 'FILE_TOO_LARGE' });
    // curl waits for "100 Continue" on a large body: the answer came first, so it sent (almost) nothing.
    expect(Number(uploaded)).toBeLessThan(2 * 6 * MB);
    expect(didit.requests).toHaveLength(0);
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
    const chunk = new Uint8Array(256 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 12 * MB) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${base}${FACE_MATCH_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('FILE_TOO_LARGE');
    expect(didit.requests).toHaveLength(0);
  });

  it('asks the host app’s authorize hook first', async () => {
    const url = await start({ authorize: (req) => req.headers.get('authorization') === 'Bearer ok' });
    const denied = await post(url, both());
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({
      code: 'UNAUTHORIZED',
      detail: 'Not signed in, or the session does not allow a face match.',
    });
    expect((await post(url, both(), FACE_MATCH_PATH, { authorization: 'Bearer ok' })).status).toBe(200);
    expect(didit.requests).toHaveLength(1);
  });

  it('counts liveness checks and face matches against one rate limit per client', async () => {
    const url = await start({ rateLimit: { max: 3, windowMs: 60_000 } });
    const liveness = () => multipart([['user_image', file(selfie)]]);
    const statuses: number[] = [];
    for (const [path, body] of [
      [LIVENESS_PATH, liveness()],
      [FACE_MATCH_PATH, both()],
      [FACE_MATCH_PATH.slice(0, -1), both()],
      [LIVENESS_PATH, liveness()],
      [FACE_MATCH_PATH, both()],
    ] as const) {
      const res = await post(url, body, path);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.headers.get('x-ratelimit-limit')).toBe('3');
        expect(((await res.json()) as { code: string }).code).toBe('RATE_LIMITED');
      } else {
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(3 - statuses.length));
        await res.arrayBuffer();
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(didit.requests.map((r) => r.path)).toEqual([
      '/v3/passive-liveness/',
      '/v3/face-match/',
      '/v3/face-match/',
    ]);
  });

  it('allows the configured CORS origins on the face-match route', async () => {
    const url = await start({ corsOrigins: ['https://app.example.com'] });
    const preflight = await fetch(`${url}${FACE_MATCH_PATH}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await fetch(`${url}${FACE_MATCH_PATH}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    [400, 400, 'INVALID_IMAGE'],
    [401, 502, 'UPSTREAM_UNAUTHORIZED'],
    [402, 502, 'UPSTREAM_PAYMENT_REQUIRED'],
    [403, 502, 'UPSTREAM_FORBIDDEN'],
    [500, 502, 'UPSTREAM_ERROR'],
  ] as const)('maps Didit’s %i to %i %s, never echoing the key', async (diditStatus, status, code) => {
    didit.reply(diditErrorReply(diditStatus));
    const res = await post(base, both());
    expect(res.status).toBe(status);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe(code);
    expect(body.detail).not.toContain('k-fm');
    if (code !== 'UPSTREAM_ERROR' && status === 502) expect(body.detail).toMatch(/operator must/);
  });

  it('passes Didit’s 429 on with its Retry-After, which a browser reads as already retried', async () => {
    didit.reply(diditErrorReply(429, '7'));
    const res = await post(base, both());
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    const error = await errorFromResponse(res);
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      serverCode: 'UPSTREAM_RATE_LIMITED',
      retryAfterMs: 7000,
    });
  });

  it('answers an engine bug with 500 INTERNAL naming the face match, reports the engine’s error, and keeps serving', async () => {
    const reported: unknown[] = [];
    const bug = new TypeError('boom');
    const broken: LivenessEngine = {
      name: 'local',
      check: async () => ({}),
      faceMatch: async () => {
        throw bug;
      },
      close: async () => {},
    };
    const server = await startLivenessServer(
      createLivenessApp({ engine: broken, onUnexpectedError: (e) => reported.push(e) }),
      { port: 0 },
    );
    servers.push(server);
    const res = await post(server.url, both());
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ detail: 'The face match failed on the server.', code: 'INTERNAL' });
    expect(reported).toEqual([bug]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
