import type { CaptureSnapshot, LivenessCaptureEngine, LocaleText } from '@liveness-kit/capture';
import { useCallback, useSyncExternalStore } from 'react';
import { useCaptureContext, type CaptureActions } from './capture-context.js';

/** Reads `selector(engine.getState())` and re-renders when it changes (any engine, e.g. one you created). */
export function useCaptureSelector<T>(
  engine: LivenessCaptureEngine,
  selector: (state: CaptureSnapshot) => T,
): T {
  const read = useCallback(() => selector(engine.getState()), [engine, selector]);
  return useSyncExternalStore(engine.subscribe, read, read);
}

/**
 * Reads the state of the nearest `<LivenessCapture>` and re-renders when the selected value
 * changes: `useLivenessCapture((s) => s.state)`, `useLivenessCapture((s) => s.hint)`. Return a
 * stored value or a primitive from the selector (not a new object on every call).
 */
export function useLivenessCapture<T>(selector: (state: CaptureSnapshot) => T): T {
  return useCaptureSelector(useCaptureContext().engine, selector);
}

/** The actions of the nearest `<LivenessCapture>`: start, capture, retry, cancel, retake, … */
export function useLivenessActions(): CaptureActions {
  return useCaptureContext().engine;
}

/** The text of the nearest `<LivenessCapture>`: `t(key, values)`, its `lang` and `dir`. */
export function useLivenessText(): LocaleText {
  return useCaptureContext().text;
}
