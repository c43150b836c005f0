import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { requireOptional } from '../store/optional-dependency.js';

/**
 * Where the counts live. `'memory'` (default): in this process, so each instance counts alone.
 * `{ redis }`: in Redis, so every instance pointed at it enforces one limit. Give an ioredis or
 * node-redis (v4+) client you own, or a `redis://` URL (the server then connects with ioredis, an
 * optional peer dependency, for the life of the process).
 */
export type RateLimitStore = 'memory' | { redis: RedisClientLike | string; keyPrefix?: string };

/** An ioredis or node-redis (v4+) client; passed to rate-limiter-flexible as is. */
export type RedisClientLike = object;

export interface RateLimitOptions {
  /** Requests allowed per client in one window. */
  max: number;
  /** Window length in milliseconds, whole seconds (default 60 s, like Didit's). */
  windowMs?: number;
  /** Default `'memory'`. */
  store?: RateLimitStore;
  /**
   * Called when the shared store fails (Redis down, refused, not ready), once per outage: the
   * limiter then counts in this process's memory (same `max` and window) until Redis answers
   * again. Default: `console.warn`.
   */
  onStoreError?: (error: unknown) => void;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the client's window resets. */
  resetMs: number;
}

export interface RateLimiter {
  /** Counts one request for `key` and says whether it is allowed. Never rejects. */
  hit(key: string): Promise<RateLimitDecision>;
}

/** Key prefix in Redis, so the limiter's counters are easy to find and never collide with an app's keys. */
const DEFAULT_KEY_PREFIX = 'liveness-kit:rl';

/**
 * A fixed-window limiter per client key (rate-limiter-flexible): in memory, or in Redis shared by
 * every instance. When Redis fails, each instance falls back to counting in its own memory (fail
 * safe: still limited, at most `max` per instance), says so once through `onStoreError`, and
 * returns to Redis as soon as it answers.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { max, windowMs = 60_000, store = 'memory' } = options;
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`rateLimit.max must be a whole number of requests, at least 1, not ${String(max)}.`);
  }
  if (!Number.isInteger(windowMs) || windowMs < 1000 || windowMs % 1000 !== 0) {
    throw new RangeError(
      `rateLimit.windowMs must be whole seconds (a multiple of 1000), not ${String(windowMs)}.`,
    );
  }
  const limits = { points: max, duration: windowMs / 1000 };
  const memory = new RateLimiterMemory(limits);
  if (store === 'memory') return { hit: (key) => consume(memory, key, max) };

  const client = typeof store.redis === 'string' ? connectRedis(store.redis) : store.redis;
  const redis = new RateLimiterRedis({
    ...limits,
    storeClient: client,
    keyPrefix: store.keyPrefix ?? DEFAULT_KEY_PREFIX,
    // Fail at once while the connection is down rather than queue behind a reconnect.
    rejectIfRedisNotReady: true,
    // ioredis has defineCommand; node-redis v4+ does not and needs the other call style.
    useRedisPackage: typeof (client as { defineCommand?: unknown }).defineCommand !== 'function',
  });
  const report = options.onStoreError ?? ((error: unknown) => console.warn(storeErrorMessage(error)));
  let storeDown = false;
  return {
    async hit(key) {
      try {
        const decision = await consume(redis, key, max);
        storeDown = false;
        return decision;
      } catch (error) {
        if (!storeDown) report(error);
        storeDown = true;
        return consume(memory, key, max);
      }
    },
  };
}

/** The warning logged when Redis fails; names the fallback. */
export function storeErrorMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `liveness-kit: the rate limit's Redis store failed (${reason}); counting in this instance's memory until it answers again.`;
}

async function consume(
  limiter: RateLimiterMemory | RateLimiterRedis,
  key: string,
  max: number,
): Promise<RateLimitDecision> {
  try {
    const res = await limiter.consume(key);
    return { allowed: true, limit: max, remaining: res.remainingPoints, resetMs: res.msBeforeNext };
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return { allowed: false, limit: max, remaining: 0, resetMs: outcome.msBeforeNext };
    }
    throw outcome; // the store failed
  }
}

/** The client `connectRedis` makes: close it with `quit()`. */
export interface RedisConnection {
  quit(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

interface IoRedisModule {
  new (url: string, options: Record<string, unknown>): RedisConnection;
}

/**
 * An ioredis client for `url`, made for the limiter: commands fail at once while disconnected (no
 * offline queue), so a request never waits on a Redis that is down; it reconnects on its own.
 */
export function connectRedis(url: string): RedisConnection {
  const mod = requireOptional<IoRedisModule | { default: IoRedisModule }>(
    'ioredis',
    'rateLimit.store.redis (a URL)',
  );
  const Redis = 'default' in mod ? mod.default : mod;
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Connection errors reach the limiter (onStoreError); without a listener ioredis logs each retry.
  client.on('error', () => {});
  return client;
}
