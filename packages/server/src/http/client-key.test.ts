import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiditEngine } from '../engine/didit/didit-engine.js';
import { ANONYMOUS_CLIENT, createClientKey } from './client-key.js';
import { createLivenessApp, LIVENESS_PATH } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** A real loopback server whose only route answers with the client key it computed. */
async function keyServer(trustedProxies?: string[]): Promise<(xff?: string) => Promise<string>> {
  const key = createClientKey(trustedProxies);
  const app = new Hono();
  app.get('/key', (c) => c.text(key(c)));
  const server = await startLivenessServer(app, { port: 0 });
  servers.push(server);
  return async (xff) => {
    const res = await fetch(`${server.url}/key`, {
      headers: xff === undefined ? {} : { 'X-Forwarded-For': xff },
    });
    return res.text();
  };
}

describe('createClientKey over real HTTP (the test connects from 127.0.0.1)', () => {
  it('uses the socket address and ignores X-Forwarded-For by default', async () => {
    const key = await keyServer();
    expect(await key()).toBe('127.0.0.1');
    expect(await key('203.0.113.7')).toBe('127.0.0.1');
    expect(await key('203.0.113.7, 198.51.100.2')).toBe('127.0.0.1');
  });

  it('ignores a spoofed X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const key = await keyServer(['10.0.0.0/8', '192.168.1.1']);
    expect(await key('203.0.113.7')).toBe('127.0.0.1');
    expect(await key('10.1.2.3')).toBe('127.0.0.1');
  });

  it('from a trusted peer, the key is the right-most address that is not a trusted proxy', async () => {
    const key = await keyServer(['127.0.0.1', '10.0.0.0/8']);
    expect(await key('203.0.113.7')).toBe('203.0.113.7');
    // The client wrote "6.6.6.6" itself; the proxies appended the real address and then their own.
    expect(await key('6.6.6.6, 203.0.113.7, 10.0.0.5')).toBe('203.0.113.7');
    expect(await key('6.6.6.6,203.0.113.7')).toBe('203.0.113.7');
    // No header: the proxy itself is the client.
    expect(await key()).toBe('127.0.0.1');
    // Every hop trusted: the left-most one.
    expect(await key('10.0.0.9, 10.0.0.5')).toBe('10.0.0.9');
    // IPv6 in the header.
    expect(await key('2001:db8::1')).toBe('2001:db8::1');
  });

  it('accepts proxy-addr names (loopback) and refuses a malformed entry at once', async () => {
    const key = await keyServer(['loopback']);
    expect(await key('203.0.113.7')).toBe('203.0.113.7');
    expect(() => createClientKey(['10.0.0.0/99'])).toThrow(TypeError);
    expect(() => createClientKey(['not-an-address'])).toThrow(TypeError);
  });

  it('gives one shared key when there is no Node socket (app.fetch called directly)', async () => {
    const key = createClientKey(['127.0.0.1']);
    const app = new Hono();
    app.get('/key', (c) => c.text(key(c)));
    const res = await app.fetch(
      new Request('http://x/key', { headers: { 'X-Forwarded-For': '203.0.113.7' } }),
    );
    expect(await res.text()).toBe(ANONYMOUS_CLIENT);
  });
});

describe('the rate limit keyed through trusted proxies (createLivenessApp, real HTTP)', () => {
  // Never contacted: the requests are counted, then refused 415 (not multipart) or 429.
  const engine = createDiditEngine({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', retries: 0 });

  async function statuses(trustedProxies: string[] | undefined, forwardedFor: string[]): Promise<number[]> {
    const app = createLivenessApp({
      engine,
      rateLimit: { max: 2 },
      ...(trustedProxies && { trustedProxies }),
    });
    const server = await startLivenessServer(app, { port: 0 });
    servers.push(server);
    const out: number[] = [];
    for (const xff of forwardedFor) {
      const res = await fetch(`${server.url}${LIVENESS_PATH}`, {
        method: 'POST',
        body: 'not multipart',
        headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': xff },
      });
      await res.arrayBuffer();
      out.push(res.status);
    }
    return out;
  }

  it('a client changing its X-Forwarded-For does not escape the limit without trusted proxies', async () => {
    expect(await statuses(undefined, ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4'])).toEqual([
      415, 415, 429, 429,
    ]);
  });

  it('behind a trusted proxy each forwarded client has its own count', async () => {
    const xffs = ['1.1.1.1', '1.1.1.1', '1.1.1.1', '9.9.9.9, 2.2.2.2', '2.2.2.2'];
    // 1.1.1.1: 2 allowed then refused; 2.2.2.2 (the right-most, whatever the client prepended): its own 2.
    expect(await statuses(['127.0.0.1'], xffs)).toEqual([415, 415, 429, 415, 415]);
  });
});
