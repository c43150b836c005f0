import { LivenessError, type DetectedFace, type DetectorInput } from '@liveness-kit/core';
import type { DetectionBackend } from './detection-backend.js';
import type { EngineOptions } from './detector-options.js';
import { analysisSourceSize } from './analysis-layout.js';
import { frameBitmap, type Size } from './frame-input.js';
import type { EngineInfo } from './human-engine.js';
import type { LoadStage } from './load-stage.js';
import { modelLoadError } from './model-load-error.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** The worker shipped with this package, as a module worker (bundlers see this pattern). */
export function createDefaultWorker(): Worker {
  return new Worker(new URL('./human-worker.ts', import.meta.url), {
    type: 'module',
    name: 'liveness-kit-face-detector',
  });
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/** Human in a module Web Worker: frames go in as transferred ImageBitmaps, plain boxes come out. */
export class WorkerBackend implements DetectionBackend {
  readonly runsIn = 'worker' as const;
  lastEngineMs = 0;
  #worker: Worker | undefined;
  #load: (Pending<EngineInfo> & { onStage(stage: LoadStage): void }) | undefined;
  #detects = new Map<number, Pending<DetectedFace[]>>();
  #nextId = 1;
  #analysisSize = 256;
  #stopped = false;

  constructor(private readonly createWorker: () => Worker = createDefaultWorker) {}

  load(options: EngineOptions, onStage: (stage: LoadStage) => void): Promise<EngineInfo> {
    this.#analysisSize = options.analysisSize;
    return new Promise<EngineInfo>((resolve, reject) => {
      this.#load = { resolve, reject, onStage };
      let worker: Worker;
      try {
        worker = this.createWorker();
      } catch (cause) {
        this.#load = undefined;
        reject(modelLoadError(`the face detection worker could not be created: ${String(cause)}`, cause));
        return;
      }
      this.#worker = worker;
      worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) =>
        this.#onMessage(event.data),
      );
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const reason = event instanceof ErrorEvent && event.message ? `: ${event.message}` : '';
        this.#fail(`the face detection worker failed${reason} (its script may not have loaded)`);
      });
      worker.addEventListener('messageerror', () =>
        this.#fail('a message from the face detection worker was lost'),
      );
      this.#post({ type: 'load', options });
    });
  }

  async detect(frame: DetectorInput, size: Size): Promise<DetectedFace[]> {
    if (this.#stopped || !this.#worker) throw stoppedError();
    const bitmap = await frameBitmap(frame, analysisSourceSize(size, this.#analysisSize), size);
    if (this.#stopped) {
      bitmap.close();
      throw stoppedError();
    }
    const id = this.#nextId++;
    return new Promise<DetectedFace[]>((resolve, reject) => {
      this.#detects.set(id, { resolve, reject });
      try {
        this.#post({ type: 'detect', id, bitmap, frame: size }, [bitmap]);
      } catch (cause) {
        this.#detects.delete(id);
        bitmap.close();
        reject(
          new LivenessError('UNKNOWN', {
            detail: `the frame could not be sent to the worker: ${String(cause)}`,
            cause,
          }),
        );
      }
    });
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    const error = stoppedError();
    this.#load?.reject(error);
    this.#load = undefined;
    for (const pending of this.#detects.values()) pending.reject(error);
    this.#detects.clear();
  }

  #post(message: WorkerRequest, transfer: Transferable[] = []): void {
    this.#worker?.postMessage(message, transfer);
  }

  #onMessage(message: WorkerResponse): void {
    switch (message.type) {
      case 'stage':
        this.#load?.onStage(message.stage);
        break;
      case 'loaded':
        this.#load?.resolve(message.info);
        this.#load = undefined;
        break;
      case 'load-failed':
        this.#load?.reject(LivenessError.fromJSON(message.error));
        this.#load = undefined;
        break;
      case 'detected':
      case 'detect-failed': {
        const pending = this.#detects.get(message.id);
        this.#detects.delete(message.id);
        if (message.type === 'detected') {
          this.lastEngineMs = message.ms;
          pending?.resolve(message.faces);
        } else {
          pending?.reject(LivenessError.fromJSON(message.error));
        }
        break;
      }
    }
  }

  /** The worker died: reject whatever waits, as a load failure (a later `load()` starts a new one). */
  #fail(detail: string): void {
    const error = modelLoadError(detail);
    this.#load?.reject(error);
    this.#load = undefined;
    for (const pending of this.#detects.values()) pending.reject(error);
    this.#detects.clear();
    this.stop();
  }
}

function stoppedError(): LivenessError {
  return new LivenessError('UNKNOWN', {
    detail: 'the face detection engine was stopped (disposed or restarted)',
  });
}
