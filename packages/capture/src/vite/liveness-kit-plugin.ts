import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import type { DetectorModel } from '../detector/asset-paths.js';
import { assetFiles, contentType, type AssetFile } from './asset-files.js';

/** Options of {@link livenessKit}. */
export interface LivenessKitPluginOptions {
  /** URL path the models are served from and emitted to. Default `/liveness-kit/models/`. */
  modelsPath?: string;
  /** URL path the wasm binaries are served from and emitted to. Default `/liveness-kit/wasm/`. */
  wasmPath?: string;
  /** Also serve and emit the face mesh (1.6 MB), for detectors created with `pose: true`. Default false. */
  pose?: boolean;
  /**
   * The BlazeFace model(s) your detectors use (their `model` option): `front` (default, 453 KB) or
   * `back` (618 KB), or both.
   */
  model?: DetectorModel | readonly DetectorModel[];
  /**
   * Send `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`
   * from the dev and preview servers, making the page cross-origin isolated (lets tfjs use its
   * threaded wasm build). Default false: it also blocks cross-origin resources without CORP/CORS
   * headers, so turn it on only if your page works with it, and set the same headers in production.
   */
  crossOriginIsolation?: boolean;
}

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

function isolationMiddleware(): Connect.NextHandleFunction {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
    next();
  };
}

/** Serves the files from disk with an ETag (revalidated, so a package upgrade is seen at once). */
function assetMiddleware(files: AssetFile[], base: () => string): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return next();
    }
    const prefix = base().replace(/\/$/, '');
    const file = files.find((f) => pathname === f.url || pathname === prefix + f.url);
    if (!file) return next();
    const stat = statSync(file.path);
    const etag = `"${stat.size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`;
    res.setHeader('Content-Type', contentType(file.path));
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Length', String(stat.size));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file.path).pipe(res);
  };
}

/**
 * Minifies the detector's worker bundle without the compress step (names are still mangled and
 * whitespace removed: 1.60 MB instead of 1.57). tfjs starts its wasm threads from the *source
 * text* of a function (`fn.toString()` in a Blob); compressing moves code that text relies on, and
 * the threads die with "e is not defined" in cross-origin isolated pages. Other workers of the
 * app keep the app's settings.
 */
function workerBundleSettings(): Plugin {
  let isDetectorWorker = false;
  return {
    name: 'liveness-kit:detector-worker',
    options(options) {
      const inputs = Object.values(
        typeof options.input === 'string' ? [options.input] : (options.input ?? {}),
      ) as string[];
      isDetectorWorker = inputs.some((input) => /human-worker\.(ts|js)$/.test(input.split('?')[0] ?? ''));
      return null;
    },
    outputOptions(output) {
      return isDetectorWorker
        ? { ...output, minify: { mangle: true, compress: false, codegen: true } }
        : null;
    },
  };
}

/**
 * Vite plugin for liveness-kit's face detector: serves BlazeFace (front by default, see `model`;
 * and the face mesh with `pose`)
 * and the tfjs wasm binaries from your own dev server, and copies exactly those files into the
 * build, under `/liveness-kit/models/` and `/liveness-kit/wasm/` (the detector's defaults). Nothing
 * is fetched from a CDN.
 *
 * ```ts
 * // vite.config.ts
 * import { livenessKit } from '@liveness-kit/capture/vite';
 * export default defineConfig({ plugins: [react(), livenessKit()] });
 * ```
 */
export function livenessKit(options: LivenessKitPluginOptions = {}): Plugin {
  const files = assetFiles({
    ...(options.modelsPath !== undefined && { modelsPath: options.modelsPath }),
    ...(options.wasmPath !== undefined && { wasmPath: options.wasmPath }),
    pose: Boolean(options.pose),
    ...(options.model !== undefined && { model: options.model }),
  });
  let base = '/';
  return {
    name: 'liveness-kit',
    config() {
      return {
        // Applies to the detector's worker bundle only (see workerBundleSettings).
        worker: { plugins: () => [workerBundleSettings()] },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      if (options.crossOriginIsolation) server.middlewares.use(isolationMiddleware());
      server.middlewares.use(assetMiddleware(files, () => base));
    },
    configurePreviewServer(server) {
      if (options.crossOriginIsolation) server.middlewares.use(isolationMiddleware());
      // The built copies are the same bytes; served here, before Vite's proxy, a proxy prefix such
      // as `/liveness` (Vite matches it as a string prefix) cannot swallow `/liveness-kit/…`.
      server.middlewares.use(assetMiddleware(files, () => base));
    },
    generateBundle() {
      // Client builds only: a server (SSR) bundle has no use for the models.
      if (this.environment?.config.consumer === 'server') return;
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: file.url.slice(1), source: readFileSync(file.path) });
      }
    },
  };
}
