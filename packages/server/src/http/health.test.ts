import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthRoute } from './health.js';

describe('GET /healthz over real HTTP', () => {
  let server: ReturnType<typeof serve>;
  let base: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve(
        { fetch: createHealthRoute().fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => {
          base = `http://127.0.0.1:${info.port}`;
          resolve();
        },
      );
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers 200 with ok', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers 404 for other paths', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
