import type { Config } from '@vladmandic/human';

/**
 * Human's optional face models, each run only in the passes that ask for it. The engine itself uses
 * `faceres` alone (the face description: embedding, age, gender); the others are here so a
 * benchmark can run the pipeline the engine had before (mesh, antispoof, liveness).
 */
export type HumanFaceModel = 'facemesh' | 'faceres' | 'antispoof' | 'liveness';

/**
 * The models the engine loads: BlazeFace (detector, box, 6 key points; pose comes from those, in
 * core) and `faceres` (embedding, age, gender) for the checks that need it. Presentation attacks
 * are judged by MiniFASNet (`minifasnet.ts`), not by Human.
 */
export const REQUIRED_MODELS = ['blazeface', 'faceres'] as const;

export interface HumanConfigOptions {
  /** `file://` URL of the models folder, ending with `/`. */
  modelBaseUrl: string;
  /** Filesystem folder of the `.wasm` files, ending with `/`. */
  wasmDir: string;
  /** Detector confidence below which a face is discarded. */
  minFaceConfidence: number;
  /** Most faces analysed in one image. */
  maxFaces: number;
  /** Optional models to load beside BlazeFace. Default: `faceres`. */
  models?: readonly HumanFaceModel[];
}

/**
 * Human's configuration for still images on the wasm backend. Every cache and frame-skipping
 * feature is off: they exist for video, and would reuse one upload's results for the next.
 */
export function humanConfig(options: HumanConfigOptions): Partial<Config> {
  const models = new Set(options.models ?? ['faceres']);
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
      mesh: { enabled: models.has('facemesh'), keepInvalid: true },
      iris: { enabled: false },
      attention: { enabled: false },
      emotion: { enabled: false },
      gear: { enabled: false },
      description: { enabled: models.has('faceres'), skipFrames: 0, skipTime: 0 },
      antispoof: { enabled: models.has('antispoof'), skipFrames: 0, skipTime: 0 },
      liveness: { enabled: models.has('liveness'), skipFrames: 0, skipTime: 0 },
    },
  };
}

/**
 * Per-call switches: BlazeFace always runs; each optional model runs only when listed (no models:
 * the detector alone, as for trying rotations). Human merges a call's config into its own, so each
 * call states all of them.
 */
export function humanPassConfig(models: readonly HumanFaceModel[]): Partial<Config> {
  const on = new Set(models);
  return {
    cacheSensitivity: 0,
    skipAllowed: false,
    face: {
      mesh: { enabled: on.has('facemesh') },
      description: { enabled: on.has('faceres') },
      antispoof: { enabled: on.has('antispoof') },
      liveness: { enabled: on.has('liveness') },
    },
  };
}
