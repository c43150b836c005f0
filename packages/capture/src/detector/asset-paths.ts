/**
 * Where the detector's files live. Shared by the detector (browser) and the Vite plugin (Node), so
 * it must stay free of DOM and Node APIs.
 */

/** URL path under which the Vite plugin serves and emits the model files. */
export const DEFAULT_MODEL_BASE_PATH = '/liveness-kit/models/';

/** URL path under which the Vite plugin serves and emits the tfjs wasm binaries. */
export const DEFAULT_WASM_PATH = '/liveness-kit/wasm/';

/** BlazeFace: the face detector, always needed (618 KB). */
export const DETECTOR_MODEL_FILES = ['blazeface.json', 'blazeface.bin'] as const;

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
export function modelFilesFor(options: { pose?: boolean } = {}): string[] {
  return options.pose ? [...DETECTOR_MODEL_FILES, ...MESH_MODEL_FILES] : [...DETECTOR_MODEL_FILES];
}
