import {
  DEFAULT_FACE_MATCH_THRESHOLD,
  FACE_MATCH_THRESHOLD_RANGE,
  isFaceMatchThreshold,
  isLivenessThreshold,
  LIVENESS_THRESHOLD_RANGE,
  LivenessError,
  toLivenessError,
  type FaceMatchResponse,
  type LivenessResponse,
} from '@liveness-kit/core';
import type { EngineRequest, FaceMatchEngineRequest, LivenessEngine } from '../engine.js';
import type { AnalyseOptions } from './analyse-image.js';
import type { AnalysisRunner, AnalysisRunnerStats } from './analysis-runner.js';
import {
  assessAnalysis,
  buildLivenessResponse,
  statusOf,
  storeMatchWarnings,
} from './build-liveness-response.js';
import { buildFaceMatchResponse } from './build-face-match-response.js';
import type { FaceStore } from './face-store.js';
import { defaultModelDir, defaultWasmDir } from './human-paths.js';
import { createInProcessRunner } from './in-process-runner.js';
import { resolveLocalEngineThresholds, type LocalEngineThresholds } from './local-engine-thresholds.js';
import { createWorkerPool } from './worker-pool.js';

export interface LocalEngineOptions {
  /** Overrides of the warning thresholds (see `DEFAULT_LOCAL_ENGINE_THRESHOLDS`). */
  thresholds?: Partial<LocalEngineThresholds>;
  /**
   * 0 (default): analyse in this thread, one image at a time, with models shared by every
   * in-process engine of the thread and kept until the process exits. N: a pool of N worker
   * threads, each with its own models (about 160 MB each), analysing N images at once; `close()`
   * ends them and frees their memory.
   */
  workers?: number;
  /**
   * With workers: longest one analysis may run, ms (default 30 s). Past it the check fails with
   * a retryable `ENGINE_UNAVAILABLE` (HTTP 503) and the worker is terminated and replaced. A
   * worker that exits or crashes mid-analysis fails the same way. In-process analyses (workers: 0)
   * cannot be interrupted and have no timeout.
   */
  analysisTimeoutMs?: number;
  /** Duplicate and blocklist matching on face embeddings; without one, none is done. */
  store?: FaceStore;
  /** Folder (path or `file:` URL) of Human's models. Default: the installed `@vladmandic/human/models`. */
  modelBasePath?: string;
  /** Folder of the tfjs wasm binaries. Default: the installed `@tensorflow/tfjs-backend-wasm/dist`. */
  wasmPath?: string;
  /** Folder of MiniFASNet's two `.onnx` files. Default: this package's `models/minifasnet`. */
  padModelPath?: string;
  /** Folder of onnxruntime-web's `.wasm` files. Default: the installed `onnxruntime-web/dist`. */
  ortWasmPath?: string;
  /**
   * Estimate age and gender (Human's face description, about 70-170 ms more per image here) when
   * no face store asks for the description anyway. Default false: the entities' `age` and
   * `gender` are then `null`.
   */
  demographics?: boolean;
  /** Largest image accepted, in pixels, checked from the header before decoding. Default 40 MP. */
  maxInputPixels?: number;
  /** Long side of the copy that is analysed, px. Default 640. */
  analysisSize?: number;
  /** Most faces analysed (and reported) per image. Default 5. */
  maxFaces?: number;
}

export interface LocalEngineStats extends AnalysisRunnerStats {
  /** Worker threads (0: in-process). */
  workers: number;
}

/** The local engine: the Didit passive-liveness contract answered on this machine. */
export interface LocalEngine extends LivenessEngine {
  readonly name: 'local';
  /** Resolves to the contract's 200 body; rejects with a `LivenessError` (`INVALID_IMAGE` for bad images). */
  check(request: EngineRequest, signal?: AbortSignal): Promise<LivenessResponse>;
  /**
   * The face-match contract's 200 body: the largest face of each image described (Human's
   * `faceres`), compared by cosine similarity, mapped to 0-100 (`face-match-calibration.ts`).
   * Rejects like `check` (`INVALID_IMAGE` naming the image, `INVALID_OPTIONS` for a bad threshold).
   */
  faceMatch(request: FaceMatchEngineRequest, signal?: AbortSignal): Promise<FaceMatchResponse>;
  /**
   * The embedding (face description) of the image's largest face, `null` when there is none: what
   * a blocklist stores. `rotateImage` is honoured; nothing else of the request is used.
   */
  embedFace(request: EngineRequest, signal?: AbortSignal): Promise<number[] | null>;
  /** Loads the models now (otherwise the first check does); rejects with `MODEL_LOAD_FAILED`. */
  ready(): Promise<void>;
  stats(): LocalEngineStats;
}

export const DEFAULT_MAX_INPUT_PIXELS = 40_000_000;
export const DEFAULT_ANALYSIS_SIZE = 640;
export const DEFAULT_MAX_FACES = 5;

/**
 * Creates the local engine: BlazeFace (@vladmandic/human on tfjs's wasm backend) finds the face,
 * core's frame checks judge exposure, sharpness and pose, MiniFASNet (onnxruntime-web's wasm)
 * judges presentation attacks; models read from the installed packages (no network), images
 * decoded with sharp. Models load once, on `ready()` or
 * the first check. Throws `INVALID_OPTIONS` for bad options.
 */
export function createLocalEngine(options: LocalEngineOptions = {}): LocalEngine {
  const thresholds = resolveLocalEngineThresholds(options.thresholds);
  const workers = integerOption('workers', options.workers ?? 0, 0, 64);
  const maxInputPixels = integerOption(
    'maxInputPixels',
    options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS,
    1,
    1e9,
  );
  const analysisSize = integerOption('analysisSize', options.analysisSize ?? DEFAULT_ANALYSIS_SIZE, 64, 4096);
  const maxFaces = integerOption('maxFaces', options.maxFaces ?? DEFAULT_MAX_FACES, 1, 100);
  const settings = {
    modelDir: options.modelBasePath ?? defaultModelDir(),
    wasmDir: options.wasmPath ?? defaultWasmDir(),
    ...(options.padModelPath !== undefined && { padModelDir: options.padModelPath }),
    ...(options.ortWasmPath !== undefined && { ortWasmDir: options.ortWasmPath }),
    minFaceConfidence: thresholds.minFaceConfidence,
    maxFaces,
  };
  const runner: AnalysisRunner =
    workers === 0
      ? createInProcessRunner(settings)
      : createWorkerPool(settings, workers, {
          ...(options.analysisTimeoutMs !== undefined && { analysisTimeoutMs: options.analysisTimeoutMs }),
        });
  const store = options.store;
  const demographics = options.demographics === true;
  let closed = false;

  // Only the models a check needs: the face description for a store, `embedFace` or demographics.
  const analyseBytes = (
    image: Uint8Array,
    what: string,
    options: { rotateImage: boolean; describe: boolean; judgeAttack?: boolean },
    signal?: AbortSignal,
  ) => {
    if (closed) throw new LivenessError('UNKNOWN', { detail: 'the local engine is closed' });
    if (!(image instanceof Uint8Array) || image.byteLength === 0) {
      throw new LivenessError('INVALID_IMAGE', { detail: `${what} is empty` });
    }
    const analyseOptions: AnalyseOptions = {
      maxInputPixels,
      analysisSize,
      rotateImage: options.rotateImage,
      describe: options.describe,
      gates: thresholds,
      ...(options.judgeAttack === false && { judgeAttack: false }),
    };
    return runner.analyse({ bytes: image, options: analyseOptions }, signal);
  };
  const analyse = (request: EngineRequest, describe: boolean, signal?: AbortSignal) =>
    analyseBytes(request.image, 'the image', { rotateImage: request.rotateImage === true, describe }, signal);

  return {
    name: 'local',
    async check(request: EngineRequest, signal?: AbortSignal): Promise<LivenessResponse> {
      const threshold = request.threshold ?? thresholds.declineScore;
      if (!isLivenessThreshold(threshold)) {
        const { min, max } = LIVENESS_THRESHOLD_RANGE;
        throw new LivenessError('INVALID_OPTIONS', {
          detail: `face_liveness_score_decline_threshold must be from ${min} to ${max}, got ${String(threshold)}`,
        });
      }
      const analysis = await analyse(request, store !== undefined || demographics, signal);
      const assessment = assessAnalysis(analysis, thresholds, threshold);
      const embedding = analysis.scored?.embedding;
      if (store && embedding) {
        try {
          assessment.warnings.push(...storeMatchWarnings(await store.match(embedding, request.vendorData)));
          if (request.saveApiRequest && statusOf(assessment.warnings) === 'Approved') {
            await store.save(embedding, request.vendorData);
          }
        } catch (error) {
          throw toLivenessError(error, 'UNKNOWN');
        }
      }
      return buildLivenessResponse(analysis, assessment, {
        ...(request.vendorData !== undefined && { vendorData: request.vendorData }),
        ...(request.metadata !== undefined && { metadata: request.metadata }),
      });
    },
    async faceMatch(request: FaceMatchEngineRequest, signal?: AbortSignal): Promise<FaceMatchResponse> {
      const threshold = request.threshold ?? DEFAULT_FACE_MATCH_THRESHOLD;
      if (!isFaceMatchThreshold(threshold)) {
        const { min, max } = FACE_MATCH_THRESHOLD_RANGE;
        throw new LivenessError('INVALID_OPTIONS', {
          detail: `face_match_score_decline_threshold must be from ${min} to ${max}, got ${String(threshold)}`,
        });
      }
      const options = { rotateImage: request.rotateImage === true, describe: true, judgeAttack: false };
      const named = (what: string) => (error: unknown) => {
        const e = toLivenessError(error, 'UNKNOWN');
        if (e.code !== 'INVALID_IMAGE' && e.code !== 'FILE_TOO_LARGE') throw e;
        throw new LivenessError(e.code, { detail: `${what}: ${e.detail ?? e.message}`, cause: e });
      };
      // Both at once: a worker pool analyses them on two workers; in-process they queue.
      const [user, ref] = await Promise.all([
        analyseBytes(request.userImage, 'the user image', options, signal).catch(named('user_image')),
        analyseBytes(request.refImage, 'the reference image', options, signal).catch(named('ref_image')),
      ]);
      return buildFaceMatchResponse(user, ref, {
        threshold,
        saveApiRequest: request.saveApiRequest,
        ...(request.vendorData !== undefined && { vendorData: request.vendorData }),
        ...(request.metadata !== undefined && { metadata: request.metadata }),
      });
    },
    async embedFace(request: EngineRequest, signal?: AbortSignal): Promise<number[] | null> {
      const analysis = await analyse(request, true, signal);
      return analysis.scored?.embedding ?? null;
    },
    ready: () => runner.ready(),
    stats: () => ({ ...runner.stats(), workers }),
    async close() {
      if (closed) return;
      closed = true;
      await runner.close();
    },
  };
}

function integerOption(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `${name} must be an integer from ${min} to ${max}, got ${String(value)}`,
    });
  }
  return value;
}
