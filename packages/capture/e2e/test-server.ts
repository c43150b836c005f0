// Starts the detector test page on a Vite dev server (port 0) with the livenessKit() plugin, the
// fixture photos under /fixtures/, and routes that fail on purpose for the load-error tests.
import { fixtureBytes } from '@liveness-kit/test-utils';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build, createServer, preview, type Connect, type Plugin } from 'vite';
import { workspaceSources } from '../../../vite.shared.js';
import { assetFiles, contentType } from '../src/vite/asset-files.js';
import { livenessKit } from '../src/vite/liveness-kit-plugin.js';

/** The dev server serves both BlazeFace models, so that tests can compare them. */
const BOTH_MODELS = ['front', 'back'] as const;

const pageRoot = fileURLToPath(new URL('./detector-page/', import.meta.url));
const workerSource = fileURLToPath(new URL('../src/detector/human-worker.ts', import.meta.url));
const cacheDir = fileURLToPath(new URL('../node_modules/.vite-detector-e2e', import.meta.url));

/** Switches the tests flip while the page runs. */
export interface RouteControls {
  /** `/flaky/models/*` answers 404 until this is true, then serves the real files. */
  flakyModelsUp: boolean;
  /** `/slow/models/*` holds requests (never answers) while this is true, else serves the files. */
  holdSlow: boolean;
  /** Answers the requests `/slow/models/*` holds. */
  releaseSlow(): void;
  /** How many requests each test route got (counted when the request reaches the server). */
  hits: Record<'flaky' | 'slow' | 'missing', number>;
  /** Each request `/slow/models/*` held: the file asked for and when it arrived (`Date.now()`). */
  slowHeld: Array<{ file: string; at: number }>;
}

function testRoutes(controls: RouteControls, held: Set<() => void>): Plugin {
  const models = new Map(
    assetFiles({ pose: true, model: BOTH_MODELS }).map((f) => [f.url.split('/').pop()!, f.path]),
  );
  const serveModel = (res: ServerResponse, name: string) => {
    const path = models.get(name);
    if (!path) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', contentType(path));
    res.end(readFileSync(path));
  };
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/fixtures/')) {
      const relative = path.slice('/fixtures/'.length);
      let bytes: Buffer;
      try {
        bytes = fixtureBytes(relative);
      } catch {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('Content-Type', relative.endsWith('.png') ? 'image/png' : 'image/jpeg');
      res.end(bytes);
      return;
    }
    const name = path.split('/').pop() ?? '';
    if (path.startsWith('/missing/')) {
      controls.hits.missing++;
      res.statusCode = 404;
      res.end('not here');
      return;
    }
    if (path.startsWith('/flaky/models/')) {
      controls.hits.flaky++;
      if (!controls.flakyModelsUp) {
        res.statusCode = 404;
        res.end('not yet');
        return;
      }
      serveModel(res, name);
      return;
    }
    if (path.startsWith('/slow/models/')) {
      controls.hits.slow++;
      if (controls.holdSlow) {
        controls.slowHeld.push({ file: name, at: Date.now() });
        held.add(() => serveModel(res, name));
      } else serveModel(res, name);
      return;
    }
    next();
  };
  return {
    name: 'detector-test-routes',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

export interface DetectorPageServer {
  url: string;
  /** The build output, for a production build. */
  outDir?: string;
  controls: RouteControls;
  close(): Promise<void>;
}

function createControls(held: Set<() => void>): RouteControls {
  return {
    flakyModelsUp: false,
    holdSlow: true,
    releaseSlow() {
      for (const release of held) release();
      held.clear();
    },
    hits: { flaky: 0, slow: 0, missing: 0 },
    slowHeld: [],
  };
}

/** The test page on a Vite dev server (sources served as modules, as in development). */
export async function startDetectorPageServer(
  options: { crossOriginIsolation?: boolean } = {},
): Promise<DetectorPageServer> {
  const held = new Set<() => void>();
  const controls = createControls(held);
  const server = await createServer({
    root: pageRoot,
    configFile: false,
    cacheDir,
    // Crawl the worker too, so every dependency is pre-bundled before the page runs (a dependency
    // found later makes Vite reload the page in the middle of a test).
    optimizeDeps: { entries: ['index.html', workerSource] },
    plugins: [
      workspaceSources(),
      livenessKit({
        pose: true,
        model: BOTH_MODELS,
        crossOriginIsolation: options.crossOriginIsolation ?? false,
      }),
      testRoutes(controls, held),
    ],
    // No file watching and no HMR: an edit elsewhere in the workspace must not reload the page mid-test.
    server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: (process.env.LK_VITE_LOG as 'info' | undefined) ?? 'error',
  });
  await server.listen();
  const url = server.resolvedUrls!.local[0]!;
  return {
    url,
    controls,
    async close() {
      controls.releaseSlow();
      await server.close();
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The test page as a production build (`vite build`), served by `vite preview`. */
export async function startDetectorPageBuild(
  options: { crossOriginIsolation?: boolean } = {},
): Promise<DetectorPageServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'liveness-kit-detector-build-'));
  const held = new Set<() => void>();
  const controls = createControls(held);
  const plugins = (): Plugin[] => [
    livenessKit({ crossOriginIsolation: options.crossOriginIsolation ?? false }),
    testRoutes(controls, held),
  ];
  await build({
    root: pageRoot,
    configFile: false,
    logLevel: 'error',
    plugins: [workspaceSources(), ...plugins()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  const server = await preview({
    root: pageRoot,
    configFile: false,
    logLevel: 'error',
    plugins: plugins(),
    build: { outDir },
    preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' },
  });
  return {
    url: server.resolvedUrls!.local[0]!,
    controls,
    outDir,
    async close() {
      controls.releaseSlow();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
