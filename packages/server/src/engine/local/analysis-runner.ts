import type { AnalyseOptions, ImageAnalysis } from './analyse-image.js';

/** How a runner loads its models. */
export interface AnalyserSettings {
  /** Human's models folder (path or `file:` URL). */
  modelDir: string;
  /** tfjs's `.wasm` files folder (path). */
  wasmDir: string;
  /** MiniFASNet's `.onnx` folder (path). Default: this package's `models/minifasnet`. */
  padModelDir?: string;
  /** onnxruntime-web's `.wasm` folder (path). Default: the installed package's `dist`. */
  ortWasmDir?: string;
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
