import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  createEngine,
  createLivenessApp,
  SqliteFaceStore,
  toNodeListener,
  type LivenessEngine,
} from '@liveness-kit/server';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
// Imported (not loaded by path) so that the workspace's TypeScript sources resolve without a build.
import demoViteConfig from '../vite.config.js';

/** Where the demo's API lives on the page's own origin. */
export const DEMO_API_BASE = '/api';

export interface DemoServerOptions {
  port?: number;
  host?: string;
  /** Force an engine; default Didit when DIDIT_API_KEY is set, else local. */
  engine?: 'local' | 'didit';
  env?: Record<string, string | undefined>;
}

export interface DemoServer {
  url: string;
  engine: LivenessEngine;
  /** Said when the engine was chosen from the environment. */
  notice?: string;
  close(): Promise<void>;
}

const demoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The demo app and the liveness API on one origin: Vite serves the page, `/api/*` goes to the
 * server package (local engine by default, Didit when `DIDIT_API_KEY` is set).
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const { port = 5173, host = 'localhost' } = options;
  const store = new SqliteFaceStore();
  const { engine, notice } = createEngine({ choice: options.engine, env: options.env ?? process.env, store });
  const api = toNodeListener(createLivenessApp({ engine, basePath: DEMO_API_BASE }));

  const httpServer: Server = createServer();
  let vite: ViteDevServer | undefined;
  try {
    vite = await createViteServer({
      ...demoViteConfig,
      root: demoRoot,
      configFile: false,
      appType: 'spa',
      logLevel: 'warn',
      server: { ...demoViteConfig.server, middlewareMode: true, ws: { server: httpServer } },
    });
  } catch (error) {
    await engine.close();
    store.close();
    throw error;
  }
  const viteMiddlewares = vite.middlewares;
  httpServer.on('request', (req, res) => {
    if (req.url === DEMO_API_BASE || req.url?.startsWith(`${DEMO_API_BASE}/`)) api(req, res);
    else viteMiddlewares(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    engine,
    ...(notice && { notice }),
    async close() {
      httpServer.closeAllConnections();
      await Promise.all([new Promise<void>((r) => httpServer.close(() => r())), vite?.close()]);
      await engine.close();
      store.close();
    },
  };
}
