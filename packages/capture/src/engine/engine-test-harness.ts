// Shared by the engine's jsdom tests (not part of the package's exports).
import { vi } from 'vitest';
import { attachCamera } from '../camera/attach-camera.js';
import type { CaptureState } from '../store/capture-state.js';
import { createLivenessCapture } from './create-liveness-capture.js';
import type { CreateLivenessCaptureOptions, LivenessCaptureEngine } from './engine-types.js';

/** Short timings so a whole check takes milliseconds. */
export const FAST_ENGINE_OPTIONS = {
  timing: { frameIntervalMs: 5, readyHoldMs: 0, announceDelayMs: 30, modelTimeoutMs: 3_000 },
  stability: { stillMs: 40 },
  retry: { baseDelayMs: 5, maxDelayMs: 50 },
} satisfies CreateLivenessCaptureOptions;

/**
 * An engine with the fast timings and the fake camera opened by the engine's own binding
 * (`attachCamera`) on a new `<video>`; `cleanups` gets its teardown.
 */
export function engineWithCamera(
  options: CreateLivenessCaptureOptions,
  cleanups: Array<() => void>,
): { engine: LivenessCaptureEngine; video: HTMLVideoElement } {
  const engine = createLivenessCapture({ ...FAST_ENGINE_OPTIONS, ...options });
  const video = document.createElement('video');
  const detach = attachCamera(engine, video);
  cleanups.push(() => {
    detach();
    engine.destroy();
  });
  return { engine, video };
}

/** Waits until the engine is in `state`. */
export function waitForState(
  engine: LivenessCaptureEngine,
  state: CaptureState,
  timeout = 10_000,
): Promise<void> {
  return vi.waitFor(
    () => {
      if (engine.getState().state !== state)
        throw new Error(`state is ${engine.getState().state}, not ${state}`);
    },
    { timeout, interval: 5 },
  );
}
