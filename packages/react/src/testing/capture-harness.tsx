/**
 * Test-only (jsdom): renders `<LivenessCapture>` with a fake camera (fixture frames), the fake
 * canvas, a scripted detector and short timings, and gives the test the handles it needs.
 */
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LivenessCapture, type LivenessCaptureProps } from '../liveness-capture.js';
import { installFakeCanvas } from '@liveness-kit/test-utils/jsdom';
import { installFakeMedia, type FakeMedia, type FakeCameraDevice } from '@liveness-kit/test-utils/jsdom';
import { SCENES, sceneFrame, type Scene } from '@liveness-kit/test-utils/jsdom';
import { createScriptedDetector, type ScriptedDetector } from '@liveness-kit/test-utils/dom';
import type { CaptureState } from '@liveness-kit/capture';

export const FAST_TIMING = { frameIntervalMs: 5, readyHoldMs: 0, announceDelayMs: 60, modelTimeoutMs: 3_000 };
export const FAST_STABILITY = { stillMs: 40 };

export interface Harness {
  media: FakeMedia;
  detector: ScriptedDetector;
  /** Shows another scene on the camera (its picture and its faces). */
  show(scene: Scene): Promise<void>;
  restore(): void;
}

export async function installHarness(
  options: { scene?: Scene; devices?: FakeCameraDevice[]; secure?: boolean } = {},
): Promise<Harness> {
  const scene = options.scene ?? SCENES.ready;
  const restoreCanvas = installFakeCanvas();
  const { media, restore: restoreMedia } = installFakeMedia({
    frame: await sceneFrame(scene),
    ...(options.devices ? { devices: options.devices } : {}),
    ...(options.secure === undefined ? {} : { secure: options.secure }),
  });
  const detector = createScriptedDetector([...scene.faces]);
  return {
    media,
    detector,
    async show(next) {
      media.frame = await sceneFrame(next);
      detector.faces = [...next.faces];
    },
    restore() {
      restoreMedia();
      restoreCanvas();
      localStorage.clear();
    },
  };
}

/** The props the tests share: the harness's detector, fast timings and stability. */
export function harnessProps(
  harness: Harness,
  props: Partial<LivenessCaptureProps> = {},
): LivenessCaptureProps {
  return { detector: harness.detector, timing: FAST_TIMING, stability: FAST_STABILITY, ...props };
}

export function renderCapture(
  harness: Harness,
  props: Partial<LivenessCaptureProps> = {},
  wrap?: (ui: ReactElement) => ReactElement,
): RenderResult {
  const ui = <LivenessCapture {...harnessProps(harness, props)} />;
  return render(wrap ? wrap(ui) : ui);
}

/** The root element. */
export function root(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-part="root"]');
  if (!element) throw new Error('no [data-part="root"]');
  return element;
}

/** Waits for the root's `data-state`. */
/**
 * How long the waits below allow by default: an upper bound, not a speed test. Under a loaded CI
 * machine a whole guided capture and upload in jsdom took over 3 s (the old bound); nothing waits
 * for a state that should never come, so a generous bound costs nothing when tests pass.
 */
const WAIT_TIMEOUT_MS = 10_000;

export async function waitForState(state: CaptureState, timeout = WAIT_TIMEOUT_MS): Promise<void> {
  await waitFor(() => expectState(state), { timeout });
}

function expectState(state: CaptureState): void {
  const current = root().getAttribute('data-state');
  if (current !== state) throw new Error(`data-state is ${current}, waiting for ${state}`);
}

/** Waits until the hint shows `code`. */
export async function waitForHint(code: string, timeout = WAIT_TIMEOUT_MS): Promise<HTMLElement> {
  return waitFor(
    () => {
      const hint = document.querySelector<HTMLElement>('[data-part="hint"][data-source="camera"]');
      if (hint?.getAttribute('data-hint') !== code) {
        throw new Error(`hint is ${hint?.getAttribute('data-hint') ?? 'absent'}, waiting for ${code}`);
      }
      return hint;
    },
    { timeout },
  );
}

export { screen };
