import { getRequestListener, serve } from '@hono/node-server';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { trackForGracefulClose, type DrainResult } from './graceful-close.js';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  /** Stops at once: new connections refused, open ones (and their requests) cut. */
  close(): Promise<void>;
  /**
   * Stops gracefully: new connections are refused at once, idle keep-alive connections closed,
   * requests in flight answered (with `Connection: close`); those still running after
   * `drainTimeoutMs` (default 30 s) are cut. Resolves when no connection is left.
   */
  shutdown(options?: { drainTimeoutMs?: number }): Promise<DrainResult>;
  /** Requests being answered now. */
  readonly inFlight: number;
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
  const graceful = trackForGracefulClose(server as HttpServer);
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
    shutdown: (options = {}) => graceful.shutdown(options.drainTimeoutMs),
    get inFlight() {
      return graceful.inFlight;
    },
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
