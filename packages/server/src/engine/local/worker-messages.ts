import type { SerializedLivenessError } from '@liveness-kit/core';
import type { AnalyseOptions, ImageAnalysis } from './analyse-image.js';
import type { ModelLoadStats } from './human-analyser.js';

/** Main thread → worker: analyse one image. `bytes` is transferred. */
export interface AnalyseMessage {
  type: 'analyse';
  id: number;
  bytes: Uint8Array;
  options: AnalyseOptions;
}

/** Worker → main thread. */
export type WorkerReply =
  | { type: 'ready'; loadStats: ModelLoadStats }
  | { type: 'load-failed'; error: SerializedLivenessError }
  | { type: 'result'; id: number; analysis: ImageAnalysis }
  | { type: 'error'; id: number; error: SerializedLivenessError };
