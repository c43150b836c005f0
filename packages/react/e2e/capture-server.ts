// Serves the end-to-end page of <LivenessCapture> (Vite, with the livenessKit() plugin) and the
// real server package at /api on the same origin, and counts the checks the page sends.
import { createLivenessApp, toNodeListener, type LivenessEngine } from '@liveness-kit/server';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { workspaceSources } from '../../../vite.shared.js';
import { livenessKit } from '@liveness-kit/capture/vite';

const pageRoot = fileURLToPath(new URL('./capture-page/', import.meta.url));
const workerSource = fileURLToPath(new URL('../../capture/src/detector/human-worker.ts', import.meta.url));
const cacheDir = fileURLToPath(new URL('../node_modules/.vite-capture-e2e', import.meta.url));

export interface CapturePageServer {
  url: string;
  /** POSTs the page sent to the liveness API. */
  checks: number;
  close(): Promise<void>;
}

export async function startCapturePageServer(engine: LivenessEngine): Promise<CapturePageServer> {
  const api = toNodeListener(createLivenessApp({ engine, basePath: '/api' }));
  const vite = await createServer({
    root: pageRoot,
    configFile: false,
    cacheDir,
    appType: 'spa',
    // Crawl the worker too, so nothing is discovered (and the page reloaded) mid-test.
    optimizeDeps: { entries: ['index.html', workerSource] },
    plugins: [react(), workspaceSources(), livenessKit()],
    server: { middlewareMode: true, hmr: false, watch: null },
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
