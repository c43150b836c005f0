import type { DetectedFace, SerializedLivenessError } from '@liveness-kit/core';
import type { EngineOptions } from './detector-options.js';
import type { EngineInfo } from './human-engine.js';
import type { LoadStage } from './load-stage.js';

/** Page → worker. */
export type WorkerRequest =
  | { type: 'load'; options: EngineOptions }
  /** `bitmap` is transferred; the worker closes it. Boxes come back in `frame` pixels. */
  | { type: 'detect'; id: number; bitmap: ImageBitmap; frame: { width: number; height: number } };

/** Worker → page: only plain data (Human's own result holds canvases and cannot be cloned). */
export type WorkerResponse =
  /** Loading moved on to `stage` (sent before the step's work starts). */
  | { type: 'stage'; stage: LoadStage }
  | { type: 'loaded'; info: EngineInfo }
  | { type: 'load-failed'; error: SerializedLivenessError }
  | { type: 'detected'; id: number; faces: DetectedFace[]; ms: number }
  | { type: 'detect-failed'; id: number; error: SerializedLivenessError };
