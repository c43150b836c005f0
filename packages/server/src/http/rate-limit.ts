export interface RateLimitOptions {
  /** Requests allowed per client in one window. */
  max: number;
  /** Window length in milliseconds (default 60 s, like Didit's). */
  windowMs?: number;
  /** Clients tracked at most; the oldest windows are dropped first so memory stays bounded. */
  maxClients?: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the client's window resets. */
  resetMs: number;
}

/**
 * A fixed-window limiter per client key, in memory, with a bounded number of tracked clients.
 * `now` is injectable for tests.
 */
export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now) {
  const { max, windowMs = 60_000, maxClients = 10_000 } = options;
  const windows = new Map<string, { start: number; count: number }>();

  return {
    hit(key: string): RateLimitDecision {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        if (w) windows.delete(key);
        w = { start: t, count: 0 };
        if (windows.size >= maxClients) evict(t);
        windows.set(key, w);
      }
      w.count++;
      const resetMs = w.start + windowMs - t;
      return { allowed: w.count <= max, limit: max, remaining: Math.max(0, max - w.count), resetMs };
    },
    /** Clients currently tracked (for tests and metrics). */
    get size() {
      return windows.size;
    },
  };

  function evict(t: number) {
    for (const [k, w] of windows) {
      if (t - w.start >= windowMs) windows.delete(k);
    }
    // Still full: drop the oldest (Map keeps insertion order).
    while (windows.size >= maxClients) {
      const oldest = windows.keys().next().value;
      if (oldest === undefined) break;
      windows.delete(oldest);
    }
  }
}
