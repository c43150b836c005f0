import type { CaptureEventMap, LivenessCaptureEngine } from '../engine/engine-types.js';

/** The DOM events of `<liveness-capture>`, each with the engine event as `detail`. */
export interface LivenessCaptureEventMap {
  'liveness-state': CustomEvent<CaptureEventMap['state']>;
  'liveness-result': CustomEvent<CaptureEventMap['result']>;
  'liveness-error': CustomEvent<CaptureEventMap['error']>;
}

const FORWARDED = { state: 'liveness-state', result: 'liveness-result', error: 'liveness-error' } as const;

/** Re-fires the engine's `state`, `result` and `error` events on `target` (bubbling, composed). Returns stop. */
export function dispatchEngineEvents(engine: LivenessCaptureEngine, target: EventTarget): () => void {
  const stops = Object.entries(FORWARDED).map(([type, name]) =>
    engine.on(type as keyof typeof FORWARDED, (detail) =>
      target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
    ),
  );
  return () => stops.forEach((stop) => stop());
}
