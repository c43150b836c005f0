import type { DetectedFace, DetectorInput } from '@liveness-kit/core';
import type { DetectionBackend } from './detection-backend.js';
import type { EngineOptions } from './detector-options.js';
import { bitmapSource, type Size } from './frame-input.js';
import type { EngineInfo, HumanEngine } from './human-engine.js';
import type { LoadStage } from './load-stage.js';
import { modelLoadError } from './model-load-error.js';

/**
 * Human on the page's own thread, for browsers without module workers or OffscreenCanvas. Human
 * is imported only here, on demand, so the main bundle does not carry it.
 */
export class MainThreadBackend implements DetectionBackend {
  readonly runsIn = 'main-thread' as const;
  lastEngineMs = 0;
  #engine: HumanEngine | undefined;
  #stopped = false;

  async load(options: EngineOptions, onStage: (stage: LoadStage) => void): Promise<EngineInfo> {
    let loadHumanEngine: (o: EngineOptions, s: (stage: LoadStage) => void) => Promise<HumanEngine>;
    try {
      // `#human-engine` (package.json `imports`): the engine in a browser, a stub that says so on a server.
      ({ loadHumanEngine } = await import('#human-engine'));
    } catch (cause) {
      throw modelLoadError(`the face detection code could not be loaded: ${String(cause)}`, cause);
    }
    const engine = await loadHumanEngine(options, (stage) => {
      if (!this.#stopped) onStage(stage);
    });
    if (this.#stopped) {
      // Timed out or disposed while loading: this engine is nobody's.
      engine.dispose();
      throw modelLoadError('the face detector was stopped while loading');
    }
    this.#engine = engine;
    return engine.info;
  }

  async detect(frame: DetectorInput, size: Size): Promise<DetectedFace[]> {
    const started = performance.now();
    try {
      return await this.#detect(frame, size);
    } finally {
      this.lastEngineMs = performance.now() - started;
    }
  }

  async #detect(frame: DetectorInput, size: Size): Promise<DetectedFace[]> {
    if (!this.#engine || this.#stopped) throw modelLoadError('the face detector is not loaded');
    const source = bitmapSource(frame);
    if (source instanceof ImageData || source instanceof Blob) {
      const bitmap = await createImageBitmap(source);
      try {
        return await this.#engine.detect(bitmap, size, size);
      } finally {
        bitmap.close();
      }
    }
    return this.#engine.detect(source as CanvasImageSource, size, size);
  }

  stop(): void {
    this.#stopped = true;
    this.#engine?.dispose();
    this.#engine = undefined;
  }
}
