/** `matchMedia` where the page has one (not in Node, nor in jsdom unless a test installs it). */
function media(query: string): MediaQueryList | null {
  const match = globalThis.matchMedia;
  return typeof match === 'function' ? match.call(globalThis, query) : null;
}

/** The shorter screen side, CSS px, up to which a touch screen counts as a phone's. */
export const PHONE_SCREEN_MAX_SIDE = 600;

/** Whether the screen is portrait now (`(orientation: portrait)`); `true` where it cannot be told. */
export function isPortraitScreen(): boolean {
  return media('(orientation: portrait)')?.matches ?? true;
}

/**
 * Whether this is a phone: a coarse pointer (`(pointer: coarse)`, a finger) and a small screen (its
 * shorter side at most {@link PHONE_SCREEN_MAX_SIDE} CSS px; tablets are larger). A phone in
 * landscape is asked to be held upright; a desktop or a tablet in landscape guides as usual.
 */
export function isPhone(): boolean {
  if (!media('(pointer: coarse)')?.matches) return false;
  const screen = globalThis.screen;
  if (!screen || !(screen.width > 0 && screen.height > 0)) return false;
  return Math.min(screen.width, screen.height) <= PHONE_SCREEN_MAX_SIDE;
}

/** Calls `changed` whenever the screen's orientation changes. Returns stop. */
export function watchScreenOrientation(changed: () => void): () => void {
  const query = media('(orientation: portrait)');
  if (!query || typeof query.addEventListener !== 'function') return () => undefined;
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}
