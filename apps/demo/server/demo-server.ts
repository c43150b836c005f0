import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { LivenessEngine } from '@liveness-kit/server';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
// Imported (not loaded by path) so that the workspace's TypeScript sources resolve without a build.
import demoViteConfig from '../vite.config.js';
import { createDemoApi } from './demo-api.js';

export { DEMO_API_BASE } from './demo-api.js';

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
  const api = createDemoApi({ engine: options.engine, env: options.env });
  const { engine, notice } = api;

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
    await api.close();
    throw error;
  }
  const viteMiddlewares = vite.middlewares;
  httpServer.on('request', (req, res) => {
    if (api.handles(req.url)) api.listener(req, res);
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
      await api.close();
    },
  };
}
