import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEFAULT_MODEL_BASE_PATH,
  DEFAULT_WASM_PATH,
  modelFilesFor,
  WASM_FILES,
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
  /** Folders to read from (default: the installed `@vladmandic/human` and `@tensorflow/tfjs-backend-wasm`). */
  modelsDir?: string;
  wasmDir?: string;
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

/** Where the installed model files and wasm binaries are. */
export function installedAssetDirs(): { modelsDir: string; wasmDir: string } {
  const require = createRequire(import.meta.url);
  const human = packageDir(require, '@vladmandic/human', join('models', 'blazeface.json'));
  const wasm = packageDir(require, '@tensorflow/tfjs-backend-wasm', join('dist', WASM_FILES[1]));
  return { modelsDir: join(human, 'models'), wasmDir: join(wasm, 'dist') };
}

/** Exactly the files a detector with these options fetches: BlazeFace (+ mesh) and the wasm builds. */
export function assetFiles(options: AssetFileOptions = {}): AssetFile[] {
  const modelsUrl = normaliseUrlFolder(options.modelsPath ?? DEFAULT_MODEL_BASE_PATH);
  const wasmUrl = normaliseUrlFolder(options.wasmPath ?? DEFAULT_WASM_PATH);
  const dirs =
    options.modelsDir && options.wasmDir
      ? { modelsDir: options.modelsDir, wasmDir: options.wasmDir }
      : installedAssetDirs();
  const files: AssetFile[] = [
    ...modelFilesFor({ pose: options.pose }).map((name) => ({
      url: modelsUrl + name,
      path: join(dirs.modelsDir, name),
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
