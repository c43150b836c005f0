import { assetFiles, type DetectorModel } from '@liveness-kit/capture/vite';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CopyAssetsOptions {
  /** Folder the site serves at `urlPrefix`: the files go to `<dir>/models/` and `<dir>/wasm/`. */
  dir: string;
  /** URL path of `dir` on the site, like `/liveness-kit/` (capture's default folders are below it). */
  urlPrefix: string;
  pose: boolean;
  model: DetectorModel;
}

export interface CopiedAssets {
  /** Paths written, relative to `dir` (`models/blazeface-front.json`, …). */
  files: string[];
  bytes: number;
  /** `urlPrefix` as a folder URL (`/liveness-kit/`). */
  urlPrefix: string;
  /** What to pass to the detector (`detectorOptions`) for it to fetch these files. */
  detectorOptions: { modelBasePath: string; wasmPath: string; pose?: true; model?: DetectorModel };
}

/** `/a/b/` from `a/b`, `/a/b` or `/a/b/` (capture's asset list checks that it is a URL path). */
function folderUrl(prefix: string): string {
  return `/${prefix.trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Copies exactly the files a detector with these options fetches (capture's `assetFiles`, the list
 * the Vite plugin serves) for apps without Vite, and says which `detectorOptions` find them.
 */
export function copyAssets(options: CopyAssetsOptions): CopiedAssets {
  const prefix = folderUrl(options.urlPrefix);
  const modelBasePath = `${prefix}models/`;
  const wasmPath = `${prefix}wasm/`;
  const files = assetFiles({ modelsPath: modelBasePath, wasmPath, pose: options.pose, model: options.model });
  let bytes = 0;
  const written = files.map((file) => {
    const relative = file.url.slice(prefix.length);
    const target = join(options.dir, ...relative.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file.path, target);
    bytes += statSync(target).size;
    return relative;
  });
  return {
    files: written,
    bytes,
    urlPrefix: prefix,
    detectorOptions: {
      modelBasePath,
      wasmPath,
      ...(options.pose && { pose: true as const }),
      ...(options.model !== 'front' && { model: options.model }),
    },
  };
}
