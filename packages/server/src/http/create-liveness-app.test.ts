import { errorFromResponse, retriedUpstream } from '@liveness-kit/core';
import { FakeDiditServer, fixtureBytes } from '@liveness-kit/test-utils';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiditEngine } from '../engine/didit/didit-engine.js';
import { createLivenessApp, LIVENESS_PATH, type LivenessAppOptions } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const portrait = new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'));

function form(fields: Record<string, string | Blob> = {}): FormData {
  const f = new FormData();
  f.set('user_image', new Blob([portrait], { type: 'image/jpeg' }), 'selfie.jpg');
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe('the liveness HTTP app over real HTTP (Didit engine, fake Didit)', () => {
  const didit = new FakeDiditServer();
  const servers: RunningServer[] = [];
  let base: string;

  async function start(options: Partial<LivenessAppOptions> = {}): Promise<string> {
    const engine = createDiditEngine({ apiKey: 'k', baseUrl: didit.url, retries: 0 });
    const server = await startLivenessServer(createLivenessApp({ engine, ...options }), { port: 0 });
    servers.push(server);
    return server.url;
  }

  beforeAll(async () => {
    await didit.start();
    base = await start();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await didit.stop();
  });
  beforeEach(() => {
    didit.requests.length = 0;
  });

  it('answers GET /healthz with the engine name', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(await res.json()).toEqual({ ok: true, engine: 'didit' });
  });

  it('answers a valid check with the contract body, with or without the trailing slash', async () => {
    for (const path of [LIVENESS_PATH, LIVENESS_PATH.slice(0, -1)]) {
      const res = await fetch(`${base}${path}`, { method: 'POST', body: form({ vendor_data: 'u1' }) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { liveness: { status: string } };
      expect(body.liveness.status).toBe('Approved');
    }
    expect(didit.requests.map((r) => r.fields.vendor_data)).toEqual(['u1', 'u1']);
  });

  it('answers unknown routes 404 and other methods 405, as JSON problems', async () => {
    const notFound = await fetch(`${base}/v2/other`);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ detail: 'No such route.', code: 'NOT_FOUND' });
    for (const path of [LIVENESS_PATH, LIVENESS_PATH.slice(0, -1)]) {
      const wrongMethod = await fetch(`${base}${path}`, { method: 'PUT', body: 'x' });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('POST');
      expect(((await wrongMethod.json()) as { code: string }).code).toBe('METHOD_NOT_ALLOWED');
    }
  });

  it('refuses a body over the limit from its Content-Length with 413, without reading it', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 0xff);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${base}${LIVENESS_PATH}`,
        {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': big.length },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // Send only the first 64 KB: the answer must come without the rest.
      req.write(big.subarray(0, 64 * 1024));
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
    const chunk = new Uint8Array(256 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 8 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${base}${LIVENESS_PATH}`, {
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
    const denied = await fetch(`${url}${LIVENESS_PATH}`, { method: 'POST', body: form() });
    expect(denied.status).toBe(401);
    expect(((await denied.json()) as { code: string }).code).toBe('UNAUTHORIZED');
    const allowed = await fetch(`${url}${LIVENESS_PATH}`, {
      method: 'POST',
      body: form(),
      headers: { authorization: 'Bearer ok' },
    });
    expect(allowed.status).toBe(200);
    expect(didit.requests).toHaveLength(1);
  });

  it('limits checks per client with 429, Retry-After and rate-limit headers', async () => {
    const url = await start({ rateLimit: { max: 2, windowMs: 60_000 } });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await fetch(`${url}${LIVENESS_PATH}`, { method: 'POST', body: form() });
      statuses.push(last.status);
      if (i < 2) await last.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('x-ratelimit-limit')).toBe('2');
    expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(((await last!.json()) as { code: string }).code).toBe('RATE_LIMITED');
  });

  it('allows only the configured CORS origins', async () => {
    const url = await start({ corsOrigins: ['https://app.example.com'] });
    const preflight = await fetch(`${url}${LIVENESS_PATH}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await fetch(`${url}/healthz`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const none = await fetch(`${base}/healthz`, { headers: { origin: 'https://app.example.com' } });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    [401, 502, 'UPSTREAM_UNAUTHORIZED'],
    [402, 502, 'UPSTREAM_PAYMENT_REQUIRED'],
    [403, 502, 'UPSTREAM_FORBIDDEN'],
    [500, 502, 'UPSTREAM_ERROR'],
  ])('maps Didit’s %i to %i %s, never echoing the key', async (diditStatus, status, code) => {
    didit.reply({ status: diditStatus, body: { detail: 'Invalid API key k' } });
    const res = await fetch(`${base}${LIVENESS_PATH}`, { method: 'POST', body: form() });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe(code);
    expect(body.detail).not.toContain('Invalid API key');
  });

  it.each([
    [401, 'UPSTREAM_UNAUTHORIZED', /API key/],
    [402, 'UPSTREAM_PAYMENT_REQUIRED', /credits/],
    [403, 'UPSTREAM_FORBIDDEN', /access/],
  ] as const)(
    'a browser reads Didit’s %i through this server as %s, not retryable, naming the fix',
    async (diditStatus, code, cause) => {
      didit.reply({ status: diditStatus, body: { detail: 'Invalid API key k' } });
      const res = await fetch(`${base}${LIVENESS_PATH}`, { method: 'POST', body: form() });
      const error = await errorFromResponse(res);
      expect(error).toMatchObject({ code, serverCode: code, status: 502, retryable: false });
      expect(retriedUpstream(error)).toBe(true);
      expect(error.message).toMatch(/misconfigured/);
      expect(error.message).toMatch(cause);
      expect(error.message).toMatch(/operator must/);
      expect(error.detail).toMatch(/operator must/);
    },
  );

  it('passes Didit’s 429 on with its Retry-After', async () => {
    didit.reply({ status: 429, headers: { 'Retry-After': '7' }, body: { detail: 'slow' } });
    const res = await fetch(`${base}${LIVENESS_PATH}`, { method: 'POST', body: form() });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(((await res.json()) as { code: string }).code).toBe('UPSTREAM_RATE_LIMITED');
  });

  it('answers an engine bug with 500 INTERNAL, reports it, and keeps serving', async () => {
    const reported: unknown[] = [];
    const broken = {
      name: 'local' as const,
      check: async () => {
        throw new TypeError('boom');
      },
      faceMatch: async () => ({}),
      close: async () => {},
    };
    const server = await startLivenessServer(
      createLivenessApp({ engine: broken, onUnexpectedError: (e) => reported.push(e) }),
      { port: 0 },
    );
    servers.push(server);
    const res = await fetch(`${server.url}${LIVENESS_PATH}`, { method: 'POST', body: form() });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      detail: 'The liveness check failed on the server.',
      code: 'INTERNAL',
    });
    expect(reported).toHaveLength(1);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
