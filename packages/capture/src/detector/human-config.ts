import type { Config } from '@vladmandic/human';
import { DETECTOR_MODELS } from './asset-paths.js';
import type { EngineOptions } from './detector-options.js';

/**
 * Human's configuration for guidance: BlazeFace (plus the face mesh with `pose`), nothing else.
 *
 * Deliberate choices (Human's defaults in brackets):
 * - `backend: 'wasm'` [best available]: WebGL is software-rendered in headless and GPU-less
 *   browsers (13x slower here, 13.7 s first call); wasm SIMD is predictable everywhere.
 * - `modelBasePath` / `wasmPath` always set [a relative folder / a jsDelivr CDN URL].
 * - `cacheModels: false` [IndexedDB]: the browser's HTTP cache already keeps the files, and
 *   IndexedDB entries are keyed by model name only, so a changed `modelBasePath` (or a 404) would
 *   silently be served from an old copy.
 * - `face.detector.maxDetected` = `maxFaces` [1]: guidance must see a second face.
 * - `face.detector.minConfidence` = `minScore` [0.2]: 0.2 reported faces on most frames of a
 *   faceless camera here.
 * - Skipping: with BlazeFace alone nothing is cached (`cacheSensitivity: 0`, every frame is
 *   analysed: Human's box cache is only refilled by the mesh, so its skipping would only cost the
 *   frame comparison). With `pose` the mesh follows the face and BlazeFace re-runs at least every
 *   10 frames or 500 ms [99 frames / 2.5 s] and whenever the picture changes (`cacheSensitivity`
 *   0.7), so a second face or a face leaving is seen within half a second.
 * - No image filters, no warm-up, no gestures, body, hands, iris, emotion or descriptors.
 */
export function buildHumanConfig(options: EngineOptions): Partial<Config> {
  const skipping = options.pose;
  return {
    backend: 'wasm',
    modelBasePath: options.modelBasePath,
    wasmPath: options.wasmPath,
    wasmPlatformFetch: false,
    cacheModels: false,
    validateModels: false,
    debug: false,
    async: true,
    warmup: 'none',
    cacheSensitivity: skipping ? 0.7 : 0,
    filter: { enabled: false, equalization: false, flip: false, return: false, autoBrightness: false },
    gesture: { enabled: false },
    face: {
      enabled: true,
      detector: {
        modelPath: DETECTOR_MODELS[options.model].files[0],
        rotation: false,
        maxDetected: options.maxFaces,
        minConfidence: options.minScore,
        iouThreshold: 0.1,
        skipFrames: skipping ? 10 : 0,
        skipTime: skipping ? 500 : 0,
        return: false,
        mask: false,
        square: false,
      },
      mesh: { enabled: options.pose, modelPath: 'facemesh.json', keepInvalid: false },
      attention: { enabled: false, modelPath: 'facemesh-attention.json' },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
  } as Partial<Config>;
}
