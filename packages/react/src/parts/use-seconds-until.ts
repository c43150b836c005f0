import { useCallback, useSyncExternalStore } from 'react';

/** Whole seconds from `now` until `at` (both `Date.now()` times), rounded up; never negative. */
export function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1_000));
}

/** No countdown on the server, nor while hydrating: the clock is read only in the browser, after. */
const serverSeconds = () => null;

/**
 * Seconds left until `at` (a `Date.now()` time), re-rendering when the number changes; `null`
 * without one. The clock is an external store (`useSyncExternalStore`): it is never read while
 * rendering on the server, nor during hydration (the server's `null` is used), so the markup matches
 * and frameworks that forbid `Date.now()` in a prerender (Next.js `cacheComponents`) accept it.
 */
export function useSecondsUntil(at: number | null): number | null {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (at === null) return () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Wakes up when the rounded-up number of seconds changes (at each whole second before `at`).
      const next = () => {
        const left = at - Date.now();
        if (left <= 0) return;
        timer = setTimeout(
          () => {
            changed();
            next();
          },
          left % 1_000 || 1_000,
        );
      };
      next();
      return () => clearTimeout(timer);
    },
    [at],
  );
  const read = useCallback(() => (at === null ? null : secondsUntil(at, Date.now())), [at]);
  return useSyncExternalStore(subscribe, read, serverSeconds);
}
