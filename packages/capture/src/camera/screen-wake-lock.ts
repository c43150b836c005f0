/** The part of the Screen Wake Lock API used here (`navigator.wakeLock`). */
interface WakeLockSentinelLike {
  readonly released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

/** Keeps the screen from dimming while wanted (guiding), where the browser allows it. */
export interface ScreenWakeLock {
  /**
   * Whether the screen should stay on now. The lock is asked for while wanted and the page is
   * visible, released otherwise; the browser drops it when the page is hidden, so it is asked for
   * again when the page is visible again (call `want` on every visibility change).
   */
  want(on: boolean): void;
  /** Whether a lock is held now. */
  readonly held: boolean;
  /**
   * Requests the browser refused or failed (no permission, battery saver, an iframe without
   * `screen-wake-lock`): counted, never an error to the user; the screen may just dim. A refused
   * lock is asked for again only when it is wanted anew (after a result, or the page hidden and shown).
   */
  readonly failures: number;
}

function wakeLockApi(): WakeLockLike | null {
  const api = (globalThis.navigator as { wakeLock?: WakeLockLike } | undefined)?.wakeLock;
  return api && typeof api.request === 'function' ? api : null;
}

const visible = () => globalThis.document?.visibilityState !== 'hidden';

/** A Screen Wake Lock holder; where `navigator.wakeLock` is missing, `want` does nothing. */
export function createScreenWakeLock(): ScreenWakeLock {
  let wanted = false;
  let sentinel: WakeLockSentinelLike | null = null;
  let pending = false;
  let failures = 0;
  /** The last request failed: not asked again until the lock is wanted anew (off, then on). */
  let refused = false;

  const release = () => {
    const current = sentinel;
    sentinel = null;
    if (current && !current.released) current.release().catch(() => failures++);
  };
  const acquire = () => {
    const api = wakeLockApi();
    if (!api || pending || refused || (sentinel && !sentinel.released)) return;
    pending = true;
    api.request('screen').then(
      (next) => {
        pending = false;
        sentinel = next;
        next.addEventListener('release', () => {
          if (sentinel === next) sentinel = null;
        });
        // Not wanted any more while the request was in flight: give it back at once.
        if (!wanted || !visible()) release();
      },
      () => {
        pending = false;
        refused = true;
        failures++;
      },
    );
  };

  return {
    want(on) {
      const wantedNow = on && visible();
      if (wantedNow && !wanted) refused = false;
      wanted = wantedNow;
      if (wantedNow) acquire();
      else release();
    },
    get held() {
      return !!sentinel && !sentinel.released;
    },
    get failures() {
      return failures;
    },
  };
}
