import { useStore } from 'zustand';
import type { CaptureStoreState } from '../store/create-capture-store.js';
import { useCaptureContext, type CaptureActions } from './capture-context.js';
import type { Translate } from '../i18n/text-table.js';

/**
 * Reads the state of the nearest `<LivenessCapture>` and re-renders when the selected value
 * changes: `useLivenessCapture((s) => s.state)`, `useLivenessCapture((s) => s.hint)`. Return a
 * stored value or a primitive from the selector (not a new object on every call).
 */
export function useLivenessCapture<T>(selector: (state: CaptureStoreState) => T): T {
  return useStore(useCaptureContext().store, selector);
}

/** The actions of the nearest `<LivenessCapture>`: start, capture, retry, cancel, retake, … */
export function useLivenessActions(): CaptureActions {
  return useCaptureContext().actions;
}

/** The text of the nearest `<LivenessCapture>`: `t(key, values)`, its `lang` and `dir`. */
export function useLivenessText(): { t: Translate; lang: string; dir: 'ltr' | 'rtl' } {
  return useCaptureContext().text;
}
