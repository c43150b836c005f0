import { Human } from '@vladmandic/human';
import type { BenchSubject } from './subject.js';

/**
 * The naive baseline: Human with its default configuration (all its default models: face detector,
 * mesh, iris, emotion, description, body, hands, gestures, image filters and caching) on the
 * page's main thread, detecting on full camera frames. Only the backend (wasm, as ours) and the
 * file locations (served locally, no CDN) differ from Human's defaults.
 */
export function baselineSubject(): BenchSubject {
  const human = new Human({
    backend: 'wasm',
    modelBasePath: new URL('/baseline/models/', location.href).href,
    wasmPath: new URL('/liveness-kit/wasm/', location.href).href,
  });
  return {
    load: () => human.load(),
    detect: async (video) => (await human.detect(video)).face.length,
    describe: () => ({
      runsIn: 'main-thread',
      backend: human.tf.getBackend(),
      models: human.models.loaded(),
    }),
  };
}
