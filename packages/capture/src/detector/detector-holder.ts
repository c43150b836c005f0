import { LivenessError, toLivenessError, type FaceDetector } from '@liveness-kit/core';
import type { HumanFaceDetectorOptions } from './detector-options.js';
import { withTimeout } from './with-timeout.js';

/** Owns the face detector of one component: the injected one, or the default loaded on demand. */
export interface DetectorHolder {
  /** Loads the detector (once; again after a failure) and returns it. Rejects with `MODEL_LOAD_FAILED`. */
  ensure(): Promise<FaceDetector>;
  /** The loaded detector, if any. */
  loaded(): FaceDetector | null;
  /** Disposes the default detector (an injected one belongs to the caller and is left alone). */
  dispose(): void;
}

export interface DetectorHolderOptions {
  /** An injected detector; without one, the Human detector is imported on demand (its own chunk). */
  detector?: FaceDetector | undefined;
  detectorOptions?: HumanFaceDetectorOptions | undefined;
  /** How long loading may take before it fails with `MODEL_LOAD_FAILED`. */
  timeoutMs: number;
}

/** Any failure of the detector as the `MODEL_LOAD_FAILED` the `model-error` state shows. */
export function asModelError(cause: unknown): LivenessError {
  const error = toLivenessError(cause, 'MODEL_LOAD_FAILED');
  if (error.code === 'MODEL_LOAD_FAILED') return error;
  return new LivenessError('MODEL_LOAD_FAILED', { detail: error.message, cause: error });
}

export function createDetectorHolder(options: DetectorHolderOptions): DetectorHolder {
  let own: FaceDetector | null = null;
  let ready: FaceDetector | null = null;
  let pending: Promise<FaceDetector> | null = null;
  let disposed = false;

  async function load(): Promise<FaceDetector> {
    let detector = options.detector;
    if (!detector) {
      if (!own) {
        const { createHumanFaceDetector } = await import('../detector/human-face-detector.js');
        if (disposed) throw new LivenessError('ABORTED', { detail: 'the component went away' });
        own = createHumanFaceDetector(options.detectorOptions);
      }
      detector = own;
    }
    await detector.load();
    return detector;
  }

  return {
    ensure() {
      if (ready) return Promise.resolve(ready);
      pending ??= withTimeout(
        load(),
        options.timeoutMs,
        () =>
          new LivenessError('MODEL_LOAD_FAILED', {
            detail: `the face detector did not load within ${options.timeoutMs} ms`,
          }),
      ).then(
        (detector) => {
          pending = null;
          if (disposed) throw new LivenessError('ABORTED', { detail: 'the component went away' });
          ready = detector;
          return detector;
        },
        (cause: unknown) => {
          pending = null;
          throw asModelError(cause);
        },
      );
      return pending;
    },
    loaded: () => ready,
    dispose() {
      disposed = true;
      own?.dispose();
      own = null;
      ready = null;
    },
  };
}
