import type { LivenessAppOptions } from '../http/create-liveness-app.js';
import { connectRedis, type RedisConnection } from '../http/rate-limit.js';
import type { CliCommand } from './parse-cli-args.js';

type ServeCommand = Extract<CliCommand, { command: 'serve' }>;

/** How long `serve` waits for Redis before it starts listening anyway (on the memory fallback). */
export const REDIS_CONNECT_WAIT_MS = 5_000;

/**
 * `serve`'s rate-limit and client-key options for `createLivenessApp`, and the Redis connection it
 * opened (from `--redis-url`, else `LIVENESS_KIT_REDIS_URL`, only with `--rate-limit`), to close on
 * stop. Waits for Redis to be ready (at most `REDIS_CONNECT_WAIT_MS`) so the first requests are
 * counted in the shared store, not in this instance's fallback; past that it warns and goes on.
 */
export async function serveRateLimit(
  command: ServeCommand,
  env: Record<string, string | undefined>,
  warn: (text: string) => void,
): Promise<{ options: Pick<LivenessAppOptions, 'rateLimit' | 'trustedProxies'>; redis?: RedisConnection }> {
  const trustedProxies = command.trustedProxies;
  if (!command.rateLimit) return { options: { trustedProxies } };
  const url = command.redisUrl ?? (env.LIVENESS_KIT_REDIS_URL || undefined);
  if (url === undefined) return { options: { rateLimit: command.rateLimit, trustedProxies } };
  const redis = connectRedis(url);
  if (!(await ready(redis, REDIS_CONNECT_WAIT_MS))) {
    warn(
      `liveness-kit: Redis at ${redactedUrl(url)} is not ready after ${REDIS_CONNECT_WAIT_MS} ms; the rate limit counts in this instance's memory until it is.\n`,
    );
  }
  return { options: { rateLimit: { ...command.rateLimit, store: { redis } }, trustedProxies }, redis };
}

/** Resolves true once the ioredis client is ready, false after `timeoutMs`. */
function ready(client: RedisConnection, timeoutMs: number): Promise<boolean> {
  const c = client as unknown as { status?: string; once(e: 'ready', f: () => void): unknown };
  if (c.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    c.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The URL without its password, for messages. */
function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given URL';
  }
}
