import type { AnalyseOptions, ImageAnalysis } from './analyse-image.js';

/** How a runner creates its Human instances. */
export interface AnalyserSettings {
  /** Models folder (path or `file:` URL). */
  modelDir: string;
  /** `.wasm` files folder (path). */
  wasmDir: string;
  minFaceConfidence: number;
  maxFaces: number;
}

export interface AnalysisJob {
  bytes: Uint8Array;
  options: AnalyseOptions;
}

export interface AnalysisRunnerStats {
  /**
   * Times models were loaded. In-process: Human instances loaded in this thread, which all its
   * in-process engines share (1 normally). With workers: one per worker started.
   */
  modelLoads: number;
  /** Models (JSON + weight files) read from disk by those loads. */
  modelsRead: number;
  /** Analyses finished (successfully or not). */
  analyses: number;
  /** Requests waiting for a free analyser. */
  queued: number;
}

/** Where analyses run: in this thread, or on a pool of worker threads. */
export interface AnalysisRunner {
  /** Loads the models (once); rejects with `MODEL_LOAD_FAILED`. */
  ready(): Promise<void>;
  analyse(job: AnalysisJob, signal?: AbortSignal): Promise<ImageAnalysis>;
  stats(): AnalysisRunnerStats;
  close(): Promise<void>;
}
