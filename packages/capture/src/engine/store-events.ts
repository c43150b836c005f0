import type { CaptureOptions } from '../options/capture-options.js';
import type { CaptureStore } from '../store/create-capture-store.js';
import type { CaptureState } from '../store/capture-state.js';
import type { CaptureEventMap, FocusTarget } from './engine-types.js';
import type { EventEmitter } from './event-emitter.js';

const ERROR_STATES: ReadonlySet<CaptureState> = new Set(['camera-error', 'model-error', 'upload-error']);

/**
 * Turns store changes into the engine's events and the option callbacks: `state` (and
 * `onStateChange`), `error` (and `onError`) for every error the user sees, `announce` when a held
 * hint is to be told, and `focus` when a result or an error replaces what the user was working with.
 */
export function emitStoreEvents(
  store: CaptureStore,
  events: EventEmitter<CaptureEventMap>,
  options: () => CaptureOptions,
): () => void {
  const focus = (target: FocusTarget) => queueMicrotask(() => events.emit('focus', { target }));
  return store.subscribe((next, prev) => {
    if (next.state !== prev.state) {
      events.emit('state', { state: next.state, previous: prev.state });
      options().onStateChange?.(next.state, prev.state);
      if (next.state === 'result') focus('result');
      else if (ERROR_STATES.has(next.state)) focus('error');
    }
    for (const error of [next.error, next.photoError]) {
      if (!error || error === prev.error || error === prev.photoError) continue;
      events.emit('error', { error });
      options().onError?.(error);
    }
    if (next.photoError && next.photoError !== prev.photoError) focus('photo-error');
    if (next.announcedHint !== prev.announcedHint) events.emit('announce', { hint: next.announcedHint });
  });
}
