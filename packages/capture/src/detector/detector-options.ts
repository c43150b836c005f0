import { LivenessError } from '@liveness-kit/core';
import { DEFAULT_MODEL_BASE_PATH, DEFAULT_WASM_PATH } from './asset-paths.js';

/** Where detection runs: a module Web Worker (the default where possible) or the page's thread. */
export type DetectorThread = 'auto' | 'worker' | 'main-thread';

/** Options of {@link createHumanFaceDetector}. Every one has a default chosen for guidance. */
export interface HumanFaceDetectorOptions {
  /**
   * URL of the folder holding `blazeface.json`/`.bin` (and `facemesh.*` with `pose`). Relative
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
   * Lowest detection score reported, 0-1. Default 0.7. Measured on the test photos (letterboxed
   * 256-px analysis): real faces scored 0.75-0.96, even dark, blurred or 96 px small; faceless
   * scenes at most 0.53 (a coffee cup), Chromium's synthetic camera at most 0.32 (0.59 when frames
   * were squeezed to a square instead of padded).
   */
  minScore?: number;
  /**
   * Smallest face reported, as a fraction of the frame's shorter side (compared with the box's
   * longer side). Default 0.05 (24 px on a 640x480 camera, a face about 3 m from a laptop camera):
   * about the smallest face BlazeFace finds reliably at the 256-px analysis; anything smaller is
   * noise. Whether a face is close enough for the photo is for guidance to say ("move closer").
   */
  minFaceSize?: number;
  /** Most faces reported per frame, largest confidence first. Default 10. */
  maxFaces?: number;
  /**
   * Longest side, in pixels, of the copy of each frame the model analyses. Default 256, exactly
   * BlazeFace's input: a 640x480 camera frame is sent as a 256x192 bitmap and padded to 256x256
   * (converting fewer pixels saved 15-20 ms per frame here, and padding instead of squeezing keeps
   * faces in proportion). Panoramas (2:1 and wider) are cut into overlapping square tiles of this
   * size. Boxes are always returned in the input frame's pixels.
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
   * your copy of `@liveness-kit/react/dist/human-worker.js`. Must be a module worker.
   */
  createWorker?: () => Worker;
}

/** Options after defaults, with absolute URLs: what the engine (in a worker or not) gets. */
export interface EngineOptions {
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

export const DETECTOR_DEFAULTS = {
  modelBasePath: DEFAULT_MODEL_BASE_PATH,
  wasmPath: DEFAULT_WASM_PATH,
  pose: false,
  minScore: 0.7,
  minFaceSize: 0.05,
  maxFaces: 10,
  analysisSize: 256,
  loadTimeoutMs: 10_000,
  detectTimeoutMs: 10_000,
  runIn: 'auto',
} as const satisfies Omit<ResolvedDetectorOptions, 'createWorker'>;

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
  const o = { ...DETECTOR_DEFAULTS, ...stripUndefined(options) };
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
