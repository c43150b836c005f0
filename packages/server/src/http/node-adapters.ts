import { getRequestListener, serve } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a liveness app with Node's HTTP server. Port 0 picks a free port. */
export async function startLivenessServer(
  app: Hono,
  options: { port?: number; hostname?: string } = {},
): Promise<RunningServer> {
  const { port = 8787, hostname = '127.0.0.1' } = options;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const actual = (server.address() as AddressInfo).port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A Node `(req, res)` listener for Express, Connect (Vite's dev server) or `http.createServer`.
 * Mount it under a prefix, e.g. `expressApp.use('/liveness', toNodeListener(app))`.
 */
export function toNodeListener(app: Hono): (req: IncomingMessage, res: ServerResponse) => void {
  const listener = getRequestListener(app.fetch);
  return (req, res) => void listener(req, res);
}
