import type { Config } from '@vladmandic/human';

/** The models the engine needs: detector, mesh (pose, refined box), description, antispoof, liveness. */
export const REQUIRED_MODELS = ['blazeface', 'facemesh', 'faceres', 'antispoof', 'liveness'] as const;

export interface HumanConfigOptions {
  /** `file://` URL of the models folder, ending with `/`. */
  modelBaseUrl: string;
  /** Filesystem folder of the `.wasm` files, ending with `/`. */
  wasmDir: string;
  /** Detector confidence below which a face is discarded. */
  minFaceConfidence: number;
  /** Most faces analysed in one image. */
  maxFaces: number;
}

/**
 * Human's configuration for still images on the wasm backend. Every cache and frame-skipping
 * feature is off: they exist for video, and would reuse one upload's results for the next.
 */
export function humanConfig(options: HumanConfigOptions): Partial<Config> {
  return {
    backend: 'wasm',
    wasmPath: options.wasmDir,
    modelBasePath: options.modelBaseUrl,
    debug: false,
    async: false,
    warmup: 'none',
    cacheModels: false,
    cacheSensitivity: 0,
    skipAllowed: false,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: {
        rotation: true,
        maxDetected: options.maxFaces,
        minConfidence: options.minFaceConfidence,
        skipFrames: 0,
        skipTime: 0,
        return: false,
      },
      // A face whose mesh scores under minConfidence (small or blurred faces) is kept with its
      // detector box and score rather than dropped: detection confidence decides what is a face.
      mesh: { enabled: true, keepInvalid: true },
      iris: { enabled: false },
      attention: { enabled: false },
      emotion: { enabled: false },
      gear: { enabled: false },
      description: { enabled: true, skipFrames: 0, skipTime: 0 },
      antispoof: { enabled: true, skipFrames: 0, skipTime: 0 },
      liveness: { enabled: true, skipFrames: 0, skipTime: 0 },
    },
  };
}

/**
 * Per-call switches: `scan` runs the detector alone (for trying rotations), `full` runs every
 * face model. Human merges a call's config into its own, so each call states all of them.
 */
export function humanPassConfig(mode: 'scan' | 'full'): Partial<Config> {
  const on = mode === 'full';
  return {
    cacheSensitivity: 0,
    skipAllowed: false,
    face: {
      mesh: { enabled: on },
      description: { enabled: on },
      antispoof: { enabled: on },
      liveness: { enabled: on },
    },
  };
}
