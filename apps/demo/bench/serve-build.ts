// Serves a production build of the demo on loopback, with the liveness API on the same origin.
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { preview, type Plugin } from 'vite';
import { createDemoApi, type DemoServerPackage } from '../server/demo-api.js';

export interface ServedBuild {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `vite preview` of `distDir` (the page, its assets, the face models; any path falls back to the
 * page) on 127.0.0.1, and `/api/*` answered by the local engine of `server` (a checkout's
 * `@liveness-kit/server`; default this workspace's).
 */
export async function serveDemoBuild(distDir: string, server?: DemoServerPackage): Promise<ServedBuild> {
  const api = createDemoApi({ engine: 'local', ...(server && { server }) });
  const apiPlugin: Plugin = {
    name: 'liveness-kit-bench:demo-api',
    configurePreviewServer(preview) {
      preview.middlewares.use((req, res, next) => {
        if (api.handles(req.url)) api.listener(req, res);
        else next();
      });
    },
  };
  try {
    const port = await freePort();
    const served = await preview({
      root: dirname(distDir),
      configFile: false,
      logLevel: 'warn',
      appType: 'spa',
      plugins: [apiPlugin],
      build: { outDir: distDir },
      preview: { port, strictPort: true, host: '127.0.0.1' },
    });
    return {
      url: `http://127.0.0.1:${port}`,
      async close() {
        await served.close();
        await api.close();
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}
