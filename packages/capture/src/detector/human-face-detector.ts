import {
  LivenessError,
  toLivenessError,
  type DetectedFace,
  type DetectorInput,
  type FaceDetector,
} from '@liveness-kit/core';
import { DETECTOR_MODELS } from './asset-paths.js';
import type { DetectionBackend } from './detection-backend.js';
import {
  engineOptions,
  resolveDetectorOptions,
  type HumanFaceDetectorOptions,
  type ResolvedDetectorOptions,
} from './detector-options.js';
import { frameSize } from './frame-input.js';
import type { EngineInfo } from './human-engine.js';
import { MainThreadBackend } from './main-thread-backend.js';
import { LOAD_STAGE_ACTIONS, type LoadStage } from './load-stage.js';
import { modelLoadError } from './model-load-error.js';
import { withStageTimeout } from './with-stage-timeout.js';
import { withTimeout } from './with-timeout.js';
import { WorkerBackend } from './worker-backend.js';

/** Counters since creation, e.g. for a frame-rate display or a benchmark. */
export interface FaceDetectorStats {
  /** Frames analysed. */
  detections: number;
  /** `detect()` calls answered with the result of the detection already in flight. */
  dropped: number;
  /** Milliseconds the last detection took, from `detect()` to its result. */
  lastMs: number;
  /** Of those, the milliseconds spent in the engine (in the worker: without copying the frame and messaging). */
  lastEngineMs: number;
}

/** The Human-based {@link FaceDetector}, with what it found out about itself. */
export interface HumanFaceDetector extends FaceDetector {
  /** Where detection runs; known once `load()` resolved. */
  readonly runsIn: 'worker' | 'main-thread' | undefined;
  /** Backend, SIMD, threads and load time; known once `load()` resolved. */
  readonly info: EngineInfo | undefined;
  /** The options in effect (defaults applied, URLs absolute). */
  readonly options: Readonly<ResolvedDetectorOptions>;
  stats(): FaceDetectorStats;
}

/**
 * Whether this browser can run the detector in a module Web Worker: it needs `Worker` with
 * `type: 'module'`, `OffscreenCanvas` and `createImageBitmap`.
 */
export function supportsWorkerDetection(): boolean {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return false;
  if (typeof createImageBitmap === 'undefined') return false;
  let readsType = false;
  try {
    // Reading `type` shows module support; the invalid URL then throws before any worker starts.
    const options = {
      get type(): WorkerType {
        readsType = true;
        return 'module';
      },
    };
    new Worker('blob://', options).terminate();
  } catch {
    // Expected: the URL is invalid.
  }
  return readsType;
}

function baseUrl(): string {
  if (typeof document !== 'undefined' && document.baseURI) return document.baseURI;
  if (typeof location !== 'undefined') return location.href;
  throw new LivenessError('INVALID_OPTIONS', {
    detail: 'no page URL to resolve modelBasePath and wasmPath against: pass absolute URLs',
  });
}

function absoluteBase(options: HumanFaceDetectorOptions): string {
  // Absolute URLs need no base; a dummy one keeps `new URL` happy outside a page.
  const paths = [options.modelBasePath, options.wasmPath];
  const allAbsolute = paths.every((p) => p !== undefined && /^[a-z][a-z\d+.-]*:/i.test(p));
  return allAbsolute ? 'http://localhost/' : baseUrl();
}

/**
 * The default face detector: @vladmandic/human (BlazeFace; the face mesh too with `pose`) on the
 * tfjs wasm backend, in a module Web Worker where the browser allows it, else on the page.
 *
 * - Models and wasm come from `modelBasePath` / `wasmPath` (default `/liveness-kit/models/` and
 *   `/liveness-kit/wasm/`, served by the Vite plugin `livenessKit()`), never from a CDN.
 * - `load()` fails with a retryable `MODEL_LOAD_FAILED` as soon as a file is missing, or when one of
 *   its steps (starting the code, starting wasm, downloading the models, warming up) takes more
 *   than `loadTimeoutMs` (10 s; the error names the step); call it again to retry. `detect()`
 *   loads first if needed.
 * - Each frame is resized once, to an ImageBitmap at most `analysisSize` pixels long (the model's
 *   input: 128 for `front`, 256 for `back`), transferred to the worker and closed there; boxes come
 *   back in the input frame's pixels. Give it the video itself, not a downscaled copy.
 * - One detection at a time: a `detect()` call made while one is running gets that detection's
 *   result (for the earlier frame) instead of queueing its own frame.
 *
 * Throws `INVALID_OPTIONS` for bad options.
 */
export function createHumanFaceDetector(options: HumanFaceDetectorOptions = {}): HumanFaceDetector {
  const resolved = resolveDetectorOptions(options, absoluteBase(options));
  let backend: DetectionBackend | undefined;
  let info: EngineInfo | undefined;
  let loading: Promise<void> | undefined;
  let inFlight: Promise<DetectedFace[]> | undefined;
  let disposed = false;
  const stats: FaceDetectorStats = { detections: 0, dropped: 0, lastMs: 0, lastEngineMs: 0 };

  function disposedError(): LivenessError {
    return new LivenessError('UNKNOWN', { detail: 'the face detector was disposed' });
  }

  function createBackend(): DetectionBackend {
    const inWorker =
      resolved.runIn === 'worker' ||
      (resolved.runIn === 'auto' && (resolved.createWorker || supportsWorkerDetection()));
    if (resolved.runIn === 'worker' && !resolved.createWorker && !supportsWorkerDetection()) {
      throw modelLoadError(
        'this browser cannot run the detector in a worker (module workers and OffscreenCanvas)',
      );
    }
    return inWorker ? new WorkerBackend(resolved.createWorker) : new MainThreadBackend();
  }

  function reset(): void {
    backend?.stop();
    backend = undefined;
    info = undefined;
  }

  async function startLoad(): Promise<void> {
    const attempt = createBackend();
    backend = attempt;
    const blazeface = DETECTOR_MODELS[resolved.model].files[0].replace('.json', '');
    const files = resolved.pose ? `${blazeface} and facemesh` : blazeface;
    try {
      info = await withStageTimeout<EngineInfo, LoadStage>(
        'code',
        resolved.loadTimeoutMs,
        (enter) => attempt.load(engineOptions(resolved), enter),
        (stage) =>
          modelLoadError(
            `loading timed out after ${resolved.loadTimeoutMs} ms ${LOAD_STAGE_ACTIONS[stage]} (models: ${files} from ${resolved.modelBasePath}, wasm from ${resolved.wasmPath})`,
          ),
      );
    } catch (error) {
      if (backend === attempt) reset();
      else attempt.stop();
      throw toLivenessError(error, 'MODEL_LOAD_FAILED');
    }
    if (disposed) {
      attempt.stop();
      throw disposedError();
    }
  }

  const detector: HumanFaceDetector = {
    get runsIn() {
      return info ? backend?.runsIn : undefined;
    },
    get info() {
      return info;
    },
    options: resolved,

    load(): Promise<void> {
      if (disposed) return Promise.reject(disposedError());
      if (info && backend) return Promise.resolve();
      loading ??= startLoad().finally(() => {
        loading = undefined;
      });
      return loading;
    },

    detect(frame: DetectorInput): Promise<DetectedFace[]> {
      if (disposed) return Promise.reject(disposedError());
      if (inFlight) {
        stats.dropped++;
        return inFlight;
      }
      const run = async (): Promise<DetectedFace[]> => {
        const size = frameSize(frame);
        await detector.load();
        const current = backend;
        if (!current) throw disposedError();
        const started = performance.now();
        try {
          const faces = await withTimeout(
            current.detect(frame, size),
            resolved.detectTimeoutMs,
            () =>
              new LivenessError('UNKNOWN', {
                detail: `face detection did not answer within ${resolved.detectTimeoutMs} ms; the engine is restarted on the next call`,
                retryable: true,
              }),
          );
          stats.detections++;
          stats.lastMs = performance.now() - started;
          stats.lastEngineMs = current.lastEngineMs;
          return faces;
        } catch (error) {
          const e = toLivenessError(error);
          // An engine that hung or died is restarted by the next call's load().
          if (e.code !== 'INVALID_IMAGE' && backend === current) reset();
          throw e;
        }
      };
      const promise = run().finally(() => {
        if (inFlight === promise) inFlight = undefined;
      });
      inFlight = promise;
      return promise;
    },

    dispose(): void {
      if (disposed) return;
      disposed = true;
      reset();
    },

    stats() {
      return { ...stats };
    },
  };
  return detector;
}
