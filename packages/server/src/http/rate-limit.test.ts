import { startRedisServer, type RunningRedis } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, createRateLimiter, type RedisConnection } from './rate-limit.js';

async function hits(limiter: { hit(key: string): Promise<{ allowed: boolean }> }, key: string, n: number) {
  const allowed: boolean[] = [];
  for (let i = 0; i < n; i++) allowed.push((await limiter.hit(key)).allowed);
  return allowed;
}

describe('createRateLimiter in memory', () => {
  it('allows max per key in a window, then refuses with the time left', async () => {
    const limiter = createRateLimiter({ max: 3, windowMs: 60_000 });
    const first = await limiter.hit('a');
    expect(first).toMatchObject({ allowed: true, limit: 3, remaining: 2 });
    expect(first.resetMs).toBeGreaterThan(55_000);
    expect(first.resetMs).toBeLessThanOrEqual(60_000);
    expect(await hits(limiter, 'a', 3)).toEqual([true, true, false]);
    const refused = await limiter.hit('a');
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.resetMs).toBeGreaterThan(0);
    // Another key has its own count.
    expect(await limiter.hit('b')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('starts a new window after windowMs', async () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 });
    expect(await hits(limiter, 'k', 2)).toEqual([true, false]);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await limiter.hit('k')).allowed).toBe(true);
  });

  it('refuses options it cannot honour, naming them', () => {
    expect(() => createRateLimiter({ max: 0 })).toThrow(/rateLimit\.max/);
    expect(() => createRateLimiter({ max: 2.5 })).toThrow(/rateLimit\.max/);
    expect(() => createRateLimiter({ max: 5, windowMs: 1500 })).toThrow(
      /rateLimit\.windowMs must be whole seconds/,
    );
    expect(() => createRateLimiter({ max: 5, windowMs: 0 })).toThrow(/rateLimit\.windowMs/);
  });
});

describe('createRateLimiter in a real Redis', { timeout: 30_000 }, () => {
  let redis: RunningRedis;
  const clients: RedisConnection[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
    await redis?.stop();
  });
  function client(): RedisConnection {
    const c = connectRedis(redis.url);
    clients.push(c);
    return c;
  }
  /** ioredis connects in the background; the limiter refuses to wait on a connection not yet ready. */
  async function ready(c: RedisConnection) {
    const status = () => (c as unknown as { status: string }).status;
    for (let i = 0; i < 250 && status() !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(status()).toBe('ready');
  }

  it('two limiters on two connections (two instances) share one count per key', async () => {
    const [c1, c2] = [client(), client()];
    await Promise.all([ready(c1), ready(c2)]);
    const errors: unknown[] = [];
    const options = { max: 4, windowMs: 60_000, onStoreError: (e: unknown) => errors.push(e) };
    const a = createRateLimiter({ ...options, store: { redis: c1, keyPrefix: 'test-share' } });
    const b = createRateLimiter({ ...options, store: { redis: c2, keyPrefix: 'test-share' } });
    const allowed: boolean[] = [];
    for (let i = 0; i < 6; i++) allowed.push((await (i % 2 ? b : a).hit('client-1')).allowed);
    expect(allowed).toEqual([true, true, true, true, false, false]);
    // Another client is counted apart; the remaining count comes from Redis.
    expect(await b.hit('client-2')).toMatchObject({ allowed: true, remaining: 3, limit: 4 });
    expect(errors).toEqual([]);
  });

  it('takes a redis:// URL and connects itself', async () => {
    const limiter = createRateLimiter({ max: 1, store: { redis: redis.url, keyPrefix: 'test-url' } });
    // Not connected yet: the first answer may come from the memory fallback; wait for Redis.
    const warn = console.warn;
    console.warn = () => {};
    try {
      let decision = await limiter.hit('warm-up');
      for (let i = 0; i < 50 && decision.allowed; i++) {
        await new Promise((r) => setTimeout(r, 20));
        decision = await limiter.hit('warm-up');
      }
      expect(decision.allowed).toBe(false);
    } finally {
      console.warn = warn;
    }
  });

  it('falls back to a per-instance memory count when Redis goes down, says so once, and returns to Redis', async () => {
    const own = await startRedisServer();
    const c = connectRedis(own.url);
    clients.push(c);
    await ready(c);
    const errors: unknown[] = [];
    const limiter = createRateLimiter({
      max: 2,
      windowMs: 60_000,
      store: { redis: c, keyPrefix: 'test-down' },
      onStoreError: (e) => errors.push(e),
    });
    expect(await hits(limiter, 'k', 1)).toEqual([true]);

    await own.stop();
    // Down: still limited (max per instance, counted from zero in memory), never an exception.
    expect(await hits(limiter, 'k', 3)).toEqual([true, true, false]);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/not ready|closed|ECONNREFUSED|writeable/i);

    // Back on the same port: ioredis reconnects, and the count is Redis's again (a fresh one).
    const again = await startRedisServer({ port: own.port });
    try {
      await ready(c);
      expect(await hits(limiter, 'k', 3)).toEqual([true, true, false]);
      expect(errors).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });
});
