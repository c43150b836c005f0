/**
 * A `FaceDetector` for tests and stories: a real object implementing the interface whose faces are
 * scripted (in frame-relative units, turned into the pixels of whatever frame it is given), whose
 * loading can be made to fail, and which counts what it was asked.
 */
import { LivenessError, type DetectedFace, type DetectorInput, type FaceDetector } from '@liveness-kit/core';

/** A face box as shares of the frame (0-1), with a detection score. */
export interface RelativeFace {
  x: number;
  y: number;
  width: number;
  height: number;
  score?: number;
  /** Key points (BlazeFace's 6, in its order) as shares of the frame, reported as `landmarks`. */
  landmarks?: ReadonlyArray<readonly [number, number]>;
}

export interface ScriptedDetector extends FaceDetector {
  /** The faces every next frame shows. */
  faces: RelativeFace[];
  /** Makes the next `load()` calls fail with `MODEL_LOAD_FAILED` (true) or succeed (false). */
  failLoad: boolean;
  /** Makes `load()` wait for this promise (to hold the component in `loading-model`). */
  loadGate: Promise<void> | null;
  readonly loads: number;
  readonly detections: number;
  readonly disposed: boolean;
}

function sizeOf(input: DetectorInput): { width: number; height: number } {
  if ('videoWidth' in input) return { width: input.videoWidth, height: input.videoHeight };
  return { width: input.width, height: input.height };
}

export function createScriptedDetector(faces: RelativeFace[] = []): ScriptedDetector {
  let loads = 0;
  let detections = 0;
  let disposed = false;
  let loaded = false;
  const detector: ScriptedDetector = {
    faces,
    failLoad: false,
    loadGate: null,
    get loads() {
      return loads;
    },
    get detections() {
      return detections;
    },
    get disposed() {
      return disposed;
    },
    async load() {
      loads++;
      if (detector.loadGate) await detector.loadGate;
      if (detector.failLoad) {
        loaded = false;
        throw new LivenessError('MODEL_LOAD_FAILED', { detail: 'scripted failure' });
      }
      loaded = true;
    },
    async detect(input) {
      if (!loaded) throw new LivenessError('MODEL_LOAD_FAILED', { detail: 'not loaded' });
      detections++;
      const { width, height } = sizeOf(input);
      return detector.faces.map((f): DetectedFace => {
        const face: DetectedFace = {
          box: { x: f.x * width, y: f.y * height, width: f.width * width, height: f.height * height },
          score: f.score ?? 0.9,
        };
        if (f.landmarks) face.landmarks = f.landmarks.map(([x, y]) => [x * width, y * height]);
        return face;
      });
    },
    dispose() {
      disposed = true;
    },
  };
  return detector;
}
