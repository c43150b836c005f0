import { fixtureBytes } from '@liveness-kit/test-utils';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEngine } from '../engine/local/create-local-engine.js';
import { createLivenessApp, LIVENESS_PATH } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const portrait = new Uint8Array(fixtureBytes('single/man-glasses-webcam.jpg'));

/** A real JPEG whose frame header claims 65 000 x 65 000 pixels: a decompression bomb. */
function jpegClaiming(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(portrait);
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && bytes[i + 1]! >= 0xc0 && bytes[i + 1]! <= 0xc2) {
      bytes[i + 5] = height >> 8;
      bytes[i + 6] = height & 0xff;
      bytes[i + 7] = width >> 8;
      bytes[i + 8] = width & 0xff;
      return bytes;
    }
  }
  throw new Error('no SOF marker');
}

type Body = { body: BodyInit; headers?: Record<string, string> };

function multipart(fields: Array<[string, string | Blob, string?]>): Body {
  const f = new FormData();
  for (const [name, value, filename] of fields) {
    if (typeof value === 'string') f.append(name, value);
    else f.append(name, value, filename ?? 'selfie.jpg');
  }
  return { body: f };
}
const file = (bytes: Uint8Array<ArrayBuffer> | string, type = 'image/jpeg') => new Blob([bytes], { type });
const withImage = (...extra: Array<[string, string | Blob, string?]>) =>
  multipart([['user_image', file(portrait)], ...extra]);

interface Case {
  name: string;
  make: () => Body | Promise<Body>;
  status: number;
  code?: string;
}

const cases: Case[] = [
  {
    name: 'empty multipart body',
    make: () => ({ body: '', headers: { 'content-type': 'multipart/form-data; boundary=abc' } }),
    status: 400,
    code: 'INVALID_MULTIPART',
  },
  {
    name: 'JSON body',
    make: () => ({ body: '{"user_image":"x"}', headers: { 'content-type': 'application/json' } }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'raw JPEG body, not multipart',
    make: () => ({ body: portrait, headers: { 'content-type': 'image/jpeg' } }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'multipart without a boundary',
    make: () => ({ body: 'x', headers: { 'content-type': 'multipart/form-data' } }),
    status: 400,
    code: 'INVALID_MULTIPART',
  },
  {
    name: 'boundary that never appears',
    make: () => ({
      body: '--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--other--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
    }),
    status: 400,
    code: 'INVALID_MULTIPART',
  },
  {
    name: 'no user_image',
    make: () => multipart([['vendor_data', 'u1']]),
    status: 400,
    code: 'MISSING_IMAGE',
  },
  {
    name: 'user_image as a text field',
    make: () => multipart([['user_image', 'data:image/jpeg;base64,/9j/']]),
    status: 400,
    code: 'MISSING_IMAGE',
  },
  {
    name: 'user_image sent twice',
    make: () =>
      multipart([
        ['user_image', file(portrait)],
        ['user_image', file(portrait)],
      ]),
    status: 400,
    code: 'DUPLICATE_FIELD',
  },
  {
    name: 'empty file',
    make: () => multipart([['user_image', file(new Uint8Array())]]),
    status: 400,
    code: 'INVALID_IMAGE',
  },
  {
    name: 'text file named .jpg',
    make: () => multipart([['user_image', file('hello world')]]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'SVG with a script',
    make: () =>
      multipart([
        [
          'user_image',
          file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'),
        ],
      ]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'HTML page',
    make: () => multipart([['user_image', file('<!doctype html><h1>hi</h1>', 'image/png')]]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'PDF',
    make: () => multipart([['user_image', file('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'image/jpeg')]]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'GIF',
    make: async () =>
      multipart([['user_image', file(new Uint8Array(await sharp(portrait).gif().toBuffer()), 'image/gif')]]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'ZIP archive',
    make: () => multipart([['user_image', file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))]]),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'JPEG header then random bytes (fixture)',
    make: () =>
      multipart([
        ['user_image', file(new Uint8Array(fixtureBytes('derived/corrupt-garbage-after-header-01.jpg')))],
      ]),
    status: 400,
    code: 'INVALID_IMAGE',
  },
  {
    name: 'JPEG truncated at 40% (fixture)',
    make: () =>
      multipart([
        ['user_image', file(new Uint8Array(fixtureBytes('derived/corrupt-truncated-40pct-01.jpg')))],
      ]),
    status: 400,
    code: 'INVALID_IMAGE',
  },
  {
    name: 'PNG signature only',
    make: () =>
      multipart([
        ['user_image', file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png')],
      ]),
    status: 400,
    code: 'INVALID_IMAGE',
  },
  {
    name: 'TIFF header only',
    make: () =>
      multipart([['user_image', file(new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'image/tiff')]]),
    status: 400,
    code: 'INVALID_IMAGE',
  },
  {
    name: 'JPEG claiming 65000x65000 pixels (bomb)',
    make: () => multipart([['user_image', file(jpegClaiming(65000, 65000))]]),
    status: 400,
    code: 'IMAGE_TOO_LARGE',
  },
  {
    name: '12 MP photo over 5 MB (fixture)',
    make: () =>
      multipart([['user_image', file(new Uint8Array(fixtureBytes('derived/large-12mp-over5mb-01.jpg')))]]),
    status: 413,
    code: 'FILE_TOO_LARGE',
  },
  {
    name: '6 MB of zeros',
    make: () => multipart([['user_image', file(new Uint8Array(6 * 1024 * 1024))]]),
    status: 413,
    code: 'FILE_TOO_LARGE',
  },
  {
    name: 'threshold "abc"',
    make: () => withImage(['face_liveness_score_decline_threshold', 'abc']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold -1',
    make: () => withImage(['face_liveness_score_decline_threshold', '-1']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold 101',
    make: () => withImage(['face_liveness_score_decline_threshold', '101']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold empty',
    make: () => withImage(['face_liveness_score_decline_threshold', '']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold NaN',
    make: () => withImage(['face_liveness_score_decline_threshold', 'NaN']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold hex 0x10',
    make: () => withImage(['face_liveness_score_decline_threshold', '0x10']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold 1e400 (Infinity)',
    make: () => withImage(['face_liveness_score_decline_threshold', '1e400']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'threshold as a file',
    make: () => withImage(['face_liveness_score_decline_threshold', file('30', 'text/plain'), 't.txt']),
    status: 400,
    code: 'INVALID_THRESHOLD',
  },
  {
    name: 'rotate_image "yes"',
    make: () => withImage(['rotate_image', 'yes']),
    status: 400,
    code: 'INVALID_BOOLEAN',
  },
  {
    name: 'save_api_request "1"',
    make: () => withImage(['save_api_request', '1']),
    status: 400,
    code: 'INVALID_BOOLEAN',
  },
  {
    name: 'metadata that is not JSON',
    make: () => withImage(['metadata', '{not json']),
    status: 400,
    code: 'INVALID_METADATA',
  },
  {
    name: 'metadata of 20 KB',
    make: () => withImage(['metadata', JSON.stringify({ x: 'a'.repeat(20_000) })]),
    status: 400,
    code: 'INVALID_METADATA',
  },
  {
    name: 'vendor_data of 2000 characters',
    make: () => withImage(['vendor_data', 'v'.repeat(2000)]),
    status: 400,
    code: 'INVALID_VENDOR_DATA',
  },
  {
    name: 'path-traversal file name (ignored)',
    make: () => multipart([['user_image', file(portrait), '../../etc/passwd']]),
    status: 200,
  },
  {
    name: 'JPEG declared as image/png (type comes from bytes)',
    make: () => multipart([['user_image', file(portrait, 'image/png')]]),
    status: 200,
  },
  {
    name: 'unknown extra fields (ignored)',
    make: () => withImage(['is_admin', 'true'], ['__proto__', '{"polluted":1}']),
    status: 200,
  },
  {
    name: 'threshold 42.5 (float, as the docs allow)',
    make: () => withImage(['face_liveness_score_decline_threshold', '42.5']),
    status: 200,
  },
];

describe('hostile and malformed uploads against the local engine over real HTTP', () => {
  let server: RunningServer;
  const engine = createLocalEngine();
  beforeAll(async () => {
    server = await startLivenessServer(createLivenessApp({ engine }), { port: 0 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await engine.close();
  });

  it(`has at least 30 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)(
    '$name → $status $code',
    async ({ make, status, code }) => {
      const { body, headers } = await make();
      const res = await fetch(`${server.url}${LIVENESS_PATH}`, {
        method: 'POST',
        body,
        ...(headers && { headers }),
      });
      const json = (await res.json()) as { code?: string; detail?: string; liveness?: unknown };
      expect({ status: res.status, code: json.code }).toEqual({ status, code });
      if (status !== 200) expect(typeof json.detail).toBe('string');
      else expect(json.liveness).toBeDefined();
    },
    60_000,
  );

  it('keeps serving, with bounded memory, after a burst of oversized and bomb uploads', async () => {
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 15; i++) {
      const big = multipart([['user_image', file(new Uint8Array(6 * 1024 * 1024))]]);
      const bomb = multipart([['user_image', file(jpegClaiming(60000, 60000))]]);
      const [a, b] = await Promise.all([
        fetch(`${server.url}${LIVENESS_PATH}`, { method: 'POST', body: big.body }),
        fetch(`${server.url}${LIVENESS_PATH}`, { method: 'POST', body: bomb.body }),
      ]);
      expect([a.status, b.status]).toEqual([413, 400]);
      await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
    }
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(grownMb).toBeLessThan(150);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
