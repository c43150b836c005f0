import { Worker } from 'node:worker_threads';
import { LivenessError, type SerializedLivenessError } from '@liveness-kit/core';
import type { ImageAnalysis } from './analyse-image.js';
import type {
  AnalyserSettings,
  AnalysisJob,
  AnalysisRunner,
  AnalysisRunnerStats,
} from './analysis-runner.js';
import { engineUnavailable } from './engine-unavailable.js';
import { raceAbort, SlotQueue } from './slot-queue.js';
import type { WorkerReply } from './worker-messages.js';
import { localEngineWorkerScript, type WorkerScript } from './worker-script.js';

/** Longest one analysis may take on a worker before the worker is stopped and replaced, ms. */
export const DEFAULT_ANALYSIS_TIMEOUT_MS = 30_000;

export interface WorkerPoolOptions {
  /**
   * Longest one analysis may run on its worker, ms (default {@link DEFAULT_ANALYSIS_TIMEOUT_MS}).
   * Past it the request fails with `ENGINE_UNAVAILABLE` and the worker is terminated and replaced.
   * Waiting for a free worker does not count.
   */
  analysisTimeoutMs?: number;
  /** The worker's entry (default the package's own). Tests wrap it to make a worker misbehave. */
  script?: WorkerScript;
  /** Called with each worker thread started (first ones and replacements). For tests. */
  onSpawn?: (worker: Worker) => void;
}

interface Pending {
  resolve: (analysis: ImageAnalysis) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

interface SlotSettings {
  analyser: AnalyserSettings;
  analysisTimeoutMs: number;
  script: () => WorkerScript;
  onSpawn: ((worker: Worker) => void) | undefined;
}

/**
 * One worker thread with its own Human instance. A worker that exits, crashes or overruns the
 * analysis timeout fails its request with `ENGINE_UNAVAILABLE` and is replaced at once.
 */
class WorkerSlot {
  modelLoads = 0;
  modelsRead = 0;
  /** Workers lost (exited, crashed or timed out) after they were ready. */
  failures = 0;
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly settings: SlotSettings) {}

  /** Starts the worker and waits until its models are loaded. */
  start(): Promise<Worker> {
    if (this.closed)
      return Promise.reject(new LivenessError('UNKNOWN', { detail: 'the local engine is closed' }));
    this.starting ??= this.spawn().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  async run(job: AnalysisJob): Promise<ImageAnalysis> {
    const worker = await this.start();
    const id = this.nextId++;
    // Copy (not `slice()`: a Buffer's slice shares memory), so the caller keeps its bytes and
    // ours are transferred without another copy.
    const bytes = new Uint8Array(job.bytes);
    const timeoutMs = this.settings.analysisTimeoutMs;
    return new Promise<ImageAnalysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(id)?.reject(
          engineUnavailable(
            `the analysis took longer than ${timeoutMs} ms; its worker was stopped and is being replaced`,
          ),
        );
        this.lose(worker);
        void worker.terminate();
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ type: 'analyse', id, bytes, options: job.options }, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.starting = undefined;
    this.failPending(new LivenessError('UNKNOWN', { detail: 'the local engine is closed' }));
    if (worker) await worker.terminate();
  }

  private spawn(): Promise<Worker> {
    const script = this.settings.script();
    const worker = new Worker(script.source, { ...script.options, workerData: this.settings.analyser });
    this.settings.onSpawn?.(worker);
    return new Promise<Worker>((resolve, reject) => {
      let ready = false;
      worker.on('message', (reply: WorkerReply) => {
        switch (reply.type) {
          case 'ready':
            ready = true;
            this.modelLoads++;
            this.modelsRead += reply.loadStats.modelsRead;
            this.worker = worker;
            resolve(worker);
            break;
          case 'load-failed':
            reject(LivenessError.fromJSON(reply.error));
            void worker.terminate();
            break;
          case 'result':
            this.settle(reply.id)?.resolve(reply.analysis);
            break;
          case 'error':
            this.settle(reply.id)?.reject(fromSerialized(reply.error));
            break;
        }
      });
      worker.on('error', (error) => {
        if (!ready) reject(new LivenessError('MODEL_LOAD_FAILED', { detail: error.message, cause: error }));
        else if (this.worker === worker) {
          this.failPending(engineUnavailable(`the local engine worker crashed: ${error.message}`, error));
          this.lose(worker);
        }
      });
      worker.on('exit', (code) => {
        if (!ready) {
          reject(new LivenessError('MODEL_LOAD_FAILED', { detail: `local engine worker exited (${code})` }));
        }
        if (this.worker === worker) {
          this.failPending(engineUnavailable(`the local engine worker exited (code ${code}) mid-analysis`));
          this.lose(worker);
        }
      });
    });
  }

  /** Forgets a worker that died or hung, and starts its replacement (its models load now). */
  private lose(worker: Worker): void {
    if (this.worker !== worker) return;
    this.failures++;
    this.worker = undefined;
    this.starting = undefined;
    // A replacement that fails to load is retried by the next request, which gets its error.
    if (!this.closed) this.start().catch(() => undefined);
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (pending) clearTimeout(pending.timer);
    return pending;
  }

  private failPending(error: LivenessError): void {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }
}

function fromSerialized(error: SerializedLivenessError): LivenessError {
  return LivenessError.fromJSON(error);
}

export interface WorkerPool extends AnalysisRunner {
  stats(): AnalysisRunnerStats & { workerFailures: number };
}

/**
 * Analyses on `size` worker threads, each with its own Human instance (models loaded once per
 * worker). A request takes the first free worker or waits in line for one. A worker lost
 * mid-analysis (it exited, crashed, was terminated or overran `analysisTimeoutMs`) fails that one
 * request with a retryable `SERVER` error, code `ENGINE_UNAVAILABLE`, and is replaced at once.
 */
export function createWorkerPool(
  settings: AnalyserSettings,
  size: number,
  options: WorkerPoolOptions = {},
): WorkerPool {
  const analysisTimeoutMs = options.analysisTimeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS;
  if (!(analysisTimeoutMs > 0 && analysisTimeoutMs <= 2 ** 31 - 1)) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `analysisTimeoutMs must be a positive number of milliseconds, got ${String(analysisTimeoutMs)}`,
    });
  }
  const slotSettings: SlotSettings = {
    analyser: settings,
    analysisTimeoutMs,
    script: () => options.script ?? localEngineWorkerScript(),
    onSpawn: options.onSpawn,
  };
  const slots = Array.from({ length: size }, () => new WorkerSlot(slotSettings));
  const queue = new SlotQueue(slots);
  let analyses = 0;

  return {
    async ready() {
      await Promise.all(slots.map((slot) => slot.start()));
    },
    async analyse(job: AnalysisJob, signal?: AbortSignal): Promise<ImageAnalysis> {
      const slot = await queue.acquire(signal);
      const running = slot.run(job).finally(() => {
        analyses++;
        queue.release(slot);
      });
      return raceAbort(running, signal);
    },
    stats() {
      return {
        modelLoads: slots.reduce((n, slot) => n + slot.modelLoads, 0),
        modelsRead: slots.reduce((n, slot) => n + slot.modelsRead, 0),
        analyses,
        queued: queue.waiting,
        workerFailures: slots.reduce((n, slot) => n + slot.failures, 0),
      };
    },
    async close() {
      queue.close();
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
