// Serves a <liveness-capture> test page (Vite with the livenessKit() plugin, workspace sources) and
// the real server package at /api on the same origin, counting the checks the page sends.
import { createLivenessApp, toNodeListener, type LivenessEngine } from '@liveness-kit/server';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { workspaceSources } from '../../../vite.shared.js';
import { livenessKit } from '../src/vite/liveness-kit-plugin.js';

const workerSource = fileURLToPath(new URL('../src/detector/human-worker.ts', import.meta.url));

/** The pages: `element-page` (plain HTML, one module script) and `vue-page` (a Vue 3 app). */
export type ElementPage = 'element-page' | 'vue-page';

export interface ElementPageServer {
  url: string;
  /** POSTs the page sent to the liveness API. */
  readonly checks: number;
  close(): Promise<void>;
}

export async function startElementPageServer(
  page: ElementPage,
  engine: LivenessEngine,
): Promise<ElementPageServer> {
  const api = toNodeListener(createLivenessApp({ engine, basePath: '/api' }));
  const vite = await createServer({
    root: fileURLToPath(new URL(`./${page}/`, import.meta.url)),
    configFile: false,
    cacheDir: fileURLToPath(new URL(`../node_modules/.vite-${page}-e2e`, import.meta.url)),
    appType: 'spa',
    // Vue's full build compiles the page's template string in the browser.
    resolve: { alias: page === 'vue-page' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {} },
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    // Crawl the worker too, so nothing is discovered (and the page reloaded) mid-test.
    optimizeDeps: { entries: ['index.html', workerSource] },
    plugins: [workspaceSources(), livenessKit()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    logLevel: 'error',
  });
  const state = { checks: 0 };
  const http = createHttpServer((req, res) => {
    if (req.url?.startsWith('/api/')) {
      if (req.method === 'POST') state.checks++;
      api(req, res);
    } else vite.middlewares(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get checks() {
      return state.checks;
    },
    async close() {
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
      await vite.close();
    },
  };
}
