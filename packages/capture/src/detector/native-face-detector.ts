import {
  DEFAULT_FRAME_THRESHOLDS,
  filterFaces,
  LivenessError,
  type DetectedFace,
  type DetectorInput,
  type FaceDetector,
} from '@liveness-kit/core';
import { bitmapSource, frameSize } from './frame-input.js';

/** The Shape Detection API's `FaceDetector` (not in TypeScript's DOM types). */
interface ShapeDetectionFace {
  boundingBox: DOMRectReadOnly;
  landmarks?: ReadonlyArray<{ type: string; locations: ReadonlyArray<{ x: number; y: number }> }>;
}
interface ShapeFaceDetector {
  detect(image: ImageBitmapSource): Promise<ShapeDetectionFace[]>;
}
type ShapeFaceDetectorConstructor = new (options?: {
  maxDetectedFaces?: number;
  fastMode?: boolean;
}) => ShapeFaceDetector;

function nativeConstructor(): ShapeFaceDetectorConstructor | undefined {
  const ctor = (globalThis as { FaceDetector?: unknown }).FaceDetector;
  return typeof ctor === 'function' ? (ctor as ShapeFaceDetectorConstructor) : undefined;
}

/**
 * Whether the browser exposes the Shape Detection API's `FaceDetector` (Chrome on macOS, ChromeOS
 * and Android; behind a flag elsewhere). Even then `load()` may find the platform service missing.
 */
export function isNativeFaceDetectorSupported(): boolean {
  return nativeConstructor() !== undefined;
}

export interface NativeFaceDetectorOptions {
  /** Most faces per frame. Default 10. */
  maxFaces?: number;
  /**
   * Smallest face reported, fraction of the frame's shorter side. Default core's
   * `DEFAULT_FRAME_THRESHOLDS.minFaceSize`, as the Human detector.
   */
  minFaceSize?: number;
}

/** A native face as a core `DetectedFace`. The API gives no confidence: `score` is 1. */
export function fromNativeFace(face: ShapeDetectionFace): DetectedFace {
  const { x, y, width, height } = face.boundingBox;
  const result: DetectedFace = { box: { x, y, width, height }, score: 1 };
  const points = (face.landmarks ?? []).flatMap((l) =>
    l.locations.map((p) => [p.x, p.y] as [number, number]),
  );
  if (points.length > 0) result.landmarks = points;
  return result;
}

/**
 * A {@link FaceDetector} over the browser's own `FaceDetector` (Shape Detection API): no model
 * download, but only where the platform provides it; check {@link isNativeFaceDetectorSupported}
 * and fall back to `createHumanFaceDetector()`. `load()` rejects with `MODEL_LOAD_FAILED`
 * (not retryable) when the API or its platform service is missing.
 */
export function createNativeFaceDetector(options: NativeFaceDetectorOptions = {}): FaceDetector {
  const maxFaces = options.maxFaces ?? 10;
  const minFaceSize = options.minFaceSize ?? DEFAULT_FRAME_THRESHOLDS.minFaceSize;
  if (!Number.isInteger(maxFaces) || maxFaces < 1) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `maxFaces must be a positive integer, got ${maxFaces}`,
    });
  }
  let native: ShapeFaceDetector | undefined;
  let loading: Promise<void> | undefined;
  let disposed = false;

  const unavailable = (detail: string, cause?: unknown) =>
    new LivenessError(
      'MODEL_LOAD_FAILED',
      cause === undefined ? { detail, retryable: false } : { detail, retryable: false, cause },
    );

  async function start(): Promise<void> {
    const Ctor = nativeConstructor();
    if (!Ctor) throw unavailable('this browser has no native FaceDetector (Shape Detection API)');
    const candidate = new Ctor({ maxDetectedFaces: maxFaces, fastMode: true });
    // The constructor exists on platforms without the service behind it: probe once.
    const probe = new ImageData(16, 16);
    try {
      await candidate.detect(probe);
    } catch (cause) {
      throw unavailable(`the native FaceDetector does not work here: ${String(cause)}`, cause);
    }
    native = candidate;
  }

  return {
    load() {
      if (disposed)
        return Promise.reject(new LivenessError('UNKNOWN', { detail: 'the face detector was disposed' }));
      if (native) return Promise.resolve();
      loading ??= start().finally(() => {
        loading = undefined;
      });
      return loading;
    },
    async detect(frame: DetectorInput) {
      const size = frameSize(frame);
      await this.load();
      if (!native) throw unavailable('the native FaceDetector is not loaded');
      const faces = (await native.detect(bitmapSource(frame))).map(fromNativeFace);
      return filterFaces(faces, size, { minFaceSize });
    },
    dispose() {
      disposed = true;
      native = undefined;
    },
  };
}
