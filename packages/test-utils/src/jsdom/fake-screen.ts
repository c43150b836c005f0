/**
 * Test-only: the screen and page APIs jsdom lacks or fixes: `matchMedia` for `(orientation:
 * portrait)` and `(pointer: coarse)` with change events, `screen.width`/`height`, turning the
 * device, `document.visibilityState` with `visibilitychange`, and `navigator.wakeLock` (Screen Wake
 * Lock) that records its locks.
 */

export interface FakeScreenOptions {
  /** Screen size in CSS px as held now (default 1280x800, a laptop). */
  width?: number;
  height?: number;
  /** A touch screen (`(pointer: coarse)` matches). Default false. */
  coarse?: boolean;
}

/** A phone's screen held upright: 390x844, touch. */
export const PHONE_SCREEN: Required<FakeScreenOptions> = { width: 390, height: 844, coarse: true };

export interface FakeScreen {
  readonly width: number;
  readonly height: number;
  readonly portrait: boolean;
  /** Turns the device: the screen's sides swap to match `portrait`, and orientation listeners hear it. */
  turn(portrait: boolean): void;
}

type Listener = (event: MediaQueryListEvent) => void;

/** Installs a fake `matchMedia` and `screen`. Returns the screen and a function that removes them. */
export function installFakeScreen(options: FakeScreenOptions = {}): {
  screen: FakeScreen;
  restore: () => void;
} {
  let width = options.width ?? 1280;
  let height = options.height ?? 800;
  const coarse = options.coarse ?? false;
  const listeners = new Map<string, Set<Listener>>();
  const matches = (query: string): boolean => {
    const q = query.replace(/\s+/g, '');
    if (q === '(orientation:portrait)') return height >= width;
    if (q === '(orientation:landscape)') return width > height;
    if (q === '(pointer:coarse)') return coarse;
    if (q === '(pointer:fine)') return !coarse;
    return false;
  };
  const matchMedia = (query: string): MediaQueryList => {
    const set = listeners.get(query) ?? new Set<Listener>();
    listeners.set(query, set);
    return {
      media: query,
      get matches() {
        return matches(query);
      },
      onchange: null,
      addEventListener: (_type: string, listener: Listener) => set.add(listener),
      removeEventListener: (_type: string, listener: Listener) => set.delete(listener),
      addListener: (listener: Listener) => set.add(listener),
      removeListener: (listener: Listener) => set.delete(listener),
      dispatchEvent: () => true,
    } as unknown as MediaQueryList;
  };
  const saved = {
    matchMedia: Object.getOwnPropertyDescriptor(window, 'matchMedia'),
    width: Object.getOwnPropertyDescriptor(window.screen, 'width'),
    height: Object.getOwnPropertyDescriptor(window.screen, 'height'),
  };
  Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: matchMedia });
  Object.defineProperty(window.screen, 'width', { configurable: true, get: () => width });
  Object.defineProperty(window.screen, 'height', { configurable: true, get: () => height });

  const screen: FakeScreen = {
    get width() {
      return width;
    },
    get height() {
      return height;
    },
    get portrait() {
      return height >= width;
    },
    turn(portrait) {
      if (portrait === height >= width) return;
      [width, height] = [height, width];
      for (const [query, set] of listeners) {
        const event = { matches: matches(query), media: query } as MediaQueryListEvent;
        for (const listener of [...set]) listener(event);
      }
    },
  };
  return {
    screen,
    restore() {
      if (saved.matchMedia) Object.defineProperty(window, 'matchMedia', saved.matchMedia);
      else delete (window as { matchMedia?: unknown }).matchMedia;
      for (const key of ['width', 'height'] as const) {
        const descriptor = saved[key];
        if (descriptor) Object.defineProperty(window.screen, key, descriptor);
        else delete (window.screen as { width?: number; height?: number })[key];
      }
    },
  };
}

/**
 * Makes the page hidden or visible (`document.visibilityState`, `document.hidden`) and fires
 * `visibilitychange`, as switching tabs or locking the phone does. Returns a function that puts
 * jsdom's own values back.
 */
export function setPageVisibility(state: 'hidden' | 'visible'): () => void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
  return () => {
    delete (document as { visibilityState?: string }).visibilityState;
    delete (document as { hidden?: boolean }).hidden;
  };
}

/** One screen wake lock the fake handed out. */
export class FakeWakeLockSentinel extends EventTarget {
  readonly type = 'screen';
  released = false;
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.dispatchEvent(new Event('release'));
  }
}

export class FakeWakeLock {
  /** Every lock handed out, in order. */
  readonly sentinels: FakeWakeLockSentinel[] = [];
  /** Requests made, granted or not. */
  requests = 0;
  /** A DOMException name the next requests reject with (`NotAllowedError`), or `null` to grant them. */
  failWith: string | null = null;

  async request(type: 'screen'): Promise<FakeWakeLockSentinel> {
    this.requests++;
    if (type !== 'screen') throw new TypeError(`unknown wake lock type ${String(type)}`);
    if (this.failWith) throw new DOMException(`fake ${this.failWith}`, this.failWith);
    const sentinel = new FakeWakeLockSentinel();
    this.sentinels.push(sentinel);
    return sentinel;
  }

  /** The locks held now (handed out and not released). */
  get held(): FakeWakeLockSentinel[] {
    return this.sentinels.filter((s) => !s.released);
  }

  /** What the browser does when the page is hidden: it releases every lock itself. */
  releaseAll(): void {
    for (const sentinel of this.held) void sentinel.release();
  }
}

/** Installs `navigator.wakeLock`. Returns the fake and a function that removes it. */
export function installFakeWakeLock(): { wakeLock: FakeWakeLock; restore: () => void } {
  const wakeLock = new FakeWakeLock();
  const previous = Object.getOwnPropertyDescriptor(navigator, 'wakeLock');
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, get: () => wakeLock });
  return {
    wakeLock,
    restore() {
      if (previous) Object.defineProperty(navigator, 'wakeLock', previous);
      else delete (navigator as { wakeLock?: unknown }).wakeLock;
    },
  };
}
