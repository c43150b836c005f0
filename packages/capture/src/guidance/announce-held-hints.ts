import type { CaptureStore } from '../store/create-capture-store.js';

/**
 * Tells screen readers about a hint only once it has held for `delayMs()` while guiding (through
 * the store's `announcedHint`), so a hint that changes every frame does not flood them. Returns
 * the unsubscribe function.
 */
export function announceHeldHints(store: CaptureStore, delayMs: () => number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.hint === prev.hint && next.state === prev.state) return;
    clearTimeout(timer);
    if (next.state !== 'guiding' || next.hint === null) return;
    const hint = next.hint;
    timer = setTimeout(() => {
      const now = store.getState();
      if (now.state === 'guiding' && now.hint === hint) now.actions.announce(hint);
    }, delayMs());
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
