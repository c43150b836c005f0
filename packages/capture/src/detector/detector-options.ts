import { DEFAULT_FRAME_THRESHOLDS, LivenessError } from '@liveness-kit/core';
import {
  DEFAULT_MODEL_BASE_PATH,
  DEFAULT_WASM_PATH,
  DETECTOR_MODELS,
  type DetectorModel,
} from './asset-paths.js';

/** Where detection runs: a module Web Worker (the default where possible) or the page's thread. */
export type DetectorThread = 'auto' | 'worker' | 'main-thread';

/** Options of {@link createHumanFaceDetector}. Every one has a default chosen for guidance. */
export interface HumanFaceDetectorOptions {
  /**
   * Which BlazeFace: `front` (default), the 128-px front-camera model (`blazeface-front.json` +
   * `.bin`, 454 KB), or `back`, Human's default 256-px model (`blazeface.json` + `.bin`, 618 KB).
   * Measured on the fixture photos and the synthetic camera (package README, "Face detection"):
   * front finds the same single faces about 6x faster (9 vs 56 ms). `back` sees smaller faces (a
   * group photo's back row).
   */
  model?: DetectorModel;
  /**
   * URL of the folder holding the model's files (`blazeface-front.*` or `blazeface.*`, and
   * `facemesh.*` with `pose`). Relative
   * URLs resolve against the page. Default `/liveness-kit/models/`, where the Vite plugin
   * `livenessKit()` serves them. Never a CDN unless you set one here.
   */
  modelBasePath?: string;
  /** URL of the folder holding the `tfjs-backend-wasm*.wasm` binaries. Default `/liveness-kit/wasm/`. */
  wasmPath?: string;
  /**
   * Also run the face mesh (1.6 MB more) to get head pose and 468 landmarks. Default false:
   * BlazeFace alone gives the box, the score and 6 key points.
   */
  pose?: boolean;
  /**
   * Lowest detection score reported, 0-1. Default: core's `DEFAULT_FRAME_THRESHOLDS.minFaceScore`
   * (0.65), the one limit the pre-checks apply too; measured on the fixtures (see there).
   */
  minScore?: number;
  /**
   * Smallest face reported, as a fraction of the frame's shorter side (compared with the box's
   * longer side). Default: core's `DEFAULT_FRAME_THRESHOLDS.minFaceSize` (0.05, 24 px on a 640x480
   * camera). Whether a face is close enough for the photo is for guidance to say ("move closer").
   */
  minFaceSize?: number;
  /** Most faces reported per frame, largest confidence first. Default 10. */
  maxFaces?: number;
  /**
   * Longest side, in pixels, of the copy of each frame the model analyses. Default: the model's
   * input (128 for front, 256 for back), so that the frame is resized once, straight from the
   * video (or canvas) to the model's input: a 640x480 camera frame is sent as a 128x96 bitmap and
   * padded to 128x128 (padding instead of squeezing keeps faces in proportion). Panoramas (2:1 and
   * wider) are cut into overlapping square tiles of this size. Boxes are always returned in the
   * input frame's pixels.
   */
  analysisSize?: number;
  /**
   * How long each step of `load()` may take (starting the detection code, starting wasm,
   * downloading the models, warming up) before it fails with `MODEL_LOAD_FAILED` naming the step.
   * Default 10 000 ms. Per step, not in total: a slow device is not failed for the time it spends
   * starting the code, and a stalled download is timed from its request (the component's own
   * `timing.modelTimeoutMs` bounds the whole load).
   */
  loadTimeoutMs?: number;
  /** How long one `detect()` may take before it fails (the engine is then restarted). Default 10 000 ms. */
  detectTimeoutMs?: number;
  /**
   * `auto` (default): a module Web Worker where the browser has module workers and
   * OffscreenCanvas, else the main thread. `worker` / `main-thread` force one.
   */
  runIn?: DetectorThread;
  /**
   * Makes the worker, for bundlers that do not understand
   * `new Worker(new URL('./human-worker.js', import.meta.url), { type: 'module' })`: point it at
   * your copy of `@liveness-kit/capture/dist/human-worker.js`. Must be a module worker.
   */
  createWorker?: () => Worker;
}

/** Options after defaults, with absolute URLs: what the engine (in a worker or not) gets. */
export interface EngineOptions {
  model: DetectorModel;
  modelBasePath: string;
  wasmPath: string;
  pose: boolean;
  minScore: number;
  minFaceSize: number;
  maxFaces: number;
  analysisSize: number;
}

export interface ResolvedDetectorOptions extends EngineOptions {
  loadTimeoutMs: number;
  detectTimeoutMs: number;
  runIn: DetectorThread;
  createWorker?: () => Worker;
}

/** The defaults; `analysisSize` defaults to the model's input side (`DETECTOR_MODELS`). */
export const DETECTOR_DEFAULTS = {
  model: 'front',
  modelBasePath: DEFAULT_MODEL_BASE_PATH,
  wasmPath: DEFAULT_WASM_PATH,
  pose: false,
  minScore: DEFAULT_FRAME_THRESHOLDS.minFaceScore,
  minFaceSize: DEFAULT_FRAME_THRESHOLDS.minFaceSize,
  maxFaces: 10,
  loadTimeoutMs: 10_000,
  detectTimeoutMs: 10_000,
  runIn: 'auto',
} as const satisfies Omit<ResolvedDetectorOptions, 'createWorker' | 'analysisSize'>;

function invalid(detail: string): LivenessError {
  return new LivenessError('INVALID_OPTIONS', { detail });
}

function checkRange(name: string, value: number, min: number, max: number, integer = false): void {
  if (typeof value !== 'number' || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    throw invalid(
      `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${String(value)}`,
    );
  }
}

/** An absolute folder URL (with a trailing slash), resolved against `base`. */
export function toFolderUrl(name: string, value: string, base: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${name} must be a non-empty URL`);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch (cause) {
    throw new LivenessError('INVALID_OPTIONS', { detail: `${name} is not a valid URL: ${value}`, cause });
  }
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Applies defaults, checks ranges and turns the asset paths into absolute URLs (a worker resolves
 * relative URLs against its own script, not the page). Throws `INVALID_OPTIONS`.
 */
export function resolveDetectorOptions(
  options: HumanFaceDetectorOptions,
  baseUrl: string,
): ResolvedDetectorOptions {
  const given = stripUndefined(options);
  const model = given.model ?? DETECTOR_DEFAULTS.model;
  if (!Object.hasOwn(DETECTOR_MODELS, model)) {
    throw invalid(`model must be 'front' or 'back', got ${String(model)}`);
  }
  const o = {
    ...DETECTOR_DEFAULTS,
    analysisSize: DETECTOR_MODELS[model].inputSize as number,
    ...given,
  };
  checkRange('minScore', o.minScore, 0, 1);
  checkRange('minFaceSize', o.minFaceSize, 0, 1);
  checkRange('maxFaces', o.maxFaces, 1, 100, true);
  checkRange('analysisSize', o.analysisSize, 64, 4096, true);
  checkRange('loadTimeoutMs', o.loadTimeoutMs, 1, 600_000);
  checkRange('detectTimeoutMs', o.detectTimeoutMs, 1, 600_000);
  if (!['auto', 'worker', 'main-thread'].includes(o.runIn)) {
    throw invalid(`runIn must be 'auto', 'worker' or 'main-thread', got ${String(o.runIn)}`);
  }
  if (options.createWorker !== undefined && typeof options.createWorker !== 'function') {
    throw invalid('createWorker must be a function that returns a module Worker');
  }
  const resolved: ResolvedDetectorOptions = {
    model: o.model,
    modelBasePath: toFolderUrl('modelBasePath', o.modelBasePath, baseUrl),
    wasmPath: toFolderUrl('wasmPath', o.wasmPath, baseUrl),
    pose: Boolean(o.pose),
    minScore: o.minScore,
    minFaceSize: o.minFaceSize,
    maxFaces: o.maxFaces,
    analysisSize: o.analysisSize,
    loadTimeoutMs: o.loadTimeoutMs,
    detectTimeoutMs: o.detectTimeoutMs,
    runIn: o.runIn,
  };
  if (options.createWorker) resolved.createWorker = options.createWorker;
  return resolved;
}

/** The part of the options the engine needs: plain data that can be posted to a worker. */
export function engineOptions(o: ResolvedDetectorOptions): EngineOptions {
  return {
    model: o.model,
    modelBasePath: o.modelBasePath,
    wasmPath: o.wasmPath,
    pose: o.pose,
    minScore: o.minScore,
    minFaceSize: o.minFaceSize,
    maxFaces: o.maxFaces,
    analysisSize: o.analysisSize,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
