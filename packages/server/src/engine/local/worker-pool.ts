import { Worker } from 'node:worker_threads';
import { LivenessError, type SerializedLivenessError } from '@liveness-kit/core';
import type { ImageAnalysis } from './analyse-image.js';
import type {
  AnalyserSettings,
  AnalysisJob,
  AnalysisRunner,
  AnalysisRunnerStats,
} from './analysis-runner.js';
import { raceAbort, SlotQueue } from './slot-queue.js';
import type { WorkerReply } from './worker-messages.js';
import { localEngineWorkerScript } from './worker-script.js';

interface Pending {
  resolve: (analysis: ImageAnalysis) => void;
  reject: (error: unknown) => void;
}

/** One worker thread with its own Human instance; restarted if it dies. */
class WorkerSlot {
  modelLoads = 0;
  modelsRead = 0;
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly settings: AnalyserSettings) {}

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
    return new Promise<ImageAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
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
    const script = localEngineWorkerScript();
    const worker = new Worker(script.source, { ...script.options, workerData: this.settings });
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
        this.failPending(
          new LivenessError('UNKNOWN', { detail: `local engine worker failed: ${error.message}` }),
        );
      });
      worker.on('exit', (code) => {
        if (!ready) {
          reject(new LivenessError('MODEL_LOAD_FAILED', { detail: `local engine worker exited (${code})` }));
        }
        if (this.worker === worker) {
          // Died while in use: the next job starts a new one.
          this.worker = undefined;
          this.starting = undefined;
          this.failPending(new LivenessError('UNKNOWN', { detail: `local engine worker exited (${code})` }));
        }
      });
    });
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending;
  }

  private failPending(error: LivenessError): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

function fromSerialized(error: SerializedLivenessError): LivenessError {
  return LivenessError.fromJSON(error);
}

/**
 * Analyses on `size` worker threads, each with its own Human instance (models loaded once per
 * worker). A request takes the first free worker or waits in line for one.
 */
export function createWorkerPool(settings: AnalyserSettings, size: number): AnalysisRunner {
  const slots = Array.from({ length: size }, () => new WorkerSlot(settings));
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
    stats(): AnalysisRunnerStats {
      return {
        modelLoads: slots.reduce((n, slot) => n + slot.modelLoads, 0),
        modelsRead: slots.reduce((n, slot) => n + slot.modelsRead, 0),
        analyses,
        queued: queue.waiting,
      };
    },
    async close() {
      queue.close();
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
