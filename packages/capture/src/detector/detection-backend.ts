import type { DetectedFace, DetectorInput } from '@liveness-kit/core';
import type { EngineOptions } from './detector-options.js';
import type { Size } from './frame-input.js';
import type { EngineInfo } from './human-engine.js';
import type { LoadStage } from './load-stage.js';

/** Where Human runs: a worker or the page. Created per load attempt; `stop()` ends it for good. */
export interface DetectionBackend {
  readonly runsIn: 'worker' | 'main-thread';
  /** Milliseconds the engine itself spent on the last frame (without copying and messaging). */
  readonly lastEngineMs: number;
  /**
   * Loads the engine, calling `onStage` as it moves past starting the code (`wasm`, `models`,
   * `warm-up`), so that the caller can time each step on its own.
   */
  load(options: EngineOptions, onStage: (stage: LoadStage) => void): Promise<EngineInfo>;
  /** Faces in `frame` (of `size` pixels), boxes in those pixels. */
  detect(frame: DetectorInput, size: Size): Promise<DetectedFace[]>;
  /** Stops everything; pending calls reject. Safe to call twice. */
  stop(): void;
}
