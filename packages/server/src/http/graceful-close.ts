import type { Server, ServerResponse } from 'node:http';

/** Default longest wait for in-flight requests when shutting down, ms. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 30_000;

export interface DrainResult {
  /** Every in-flight request got its answer before the drain timeout. */
  drained: boolean;
  /** Requests still running when the timeout cut their connections. */
  cutOff: number;
}

export interface GracefulClose {
  /** Requests being answered now. */
  readonly inFlight: number;
  /**
   * Stops accepting connections at once (the listening socket closes: new ones are refused),
   * closes idle keep-alive connections, lets the requests in flight finish (their answers carry
   * `Connection: close`), and after `drainTimeoutMs` cuts the connections still open.
   * Resolves when no connection is left.
   */
  shutdown(drainTimeoutMs?: number): Promise<DrainResult>;
}

/** Tracks `server`'s requests from now on, for a graceful {@link GracefulClose.shutdown}. */
export function trackForGracefulClose(server: Server): GracefulClose {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  let onIdle: (() => void) | undefined;

  const closeAfterAnswer = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) closeAfterAnswer(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (!closing) return;
      // The connection is idle once its answer is out: close it (keep-alive would hold it open).
      setImmediate(() => server.closeIdleConnections());
      if (inFlight.size === 0) onIdle?.();
    });
  });

  let shutdown: Promise<DrainResult> | undefined;
  return {
    get inFlight() {
      return inFlight.size;
    },
    shutdown(drainTimeoutMs = DEFAULT_DRAIN_TIMEOUT_MS) {
      shutdown ??= new Promise<DrainResult>((resolve) => {
        closing = true;
        for (const res of inFlight) closeAfterAnswer(res);
        let result: DrainResult = { drained: true, cutOff: 0 };
        const timer = setTimeout(() => {
          result = { drained: false, cutOff: inFlight.size };
          server.closeAllConnections();
        }, drainTimeoutMs);
        onIdle = () => {
          clearTimeout(timer);
          server.closeIdleConnections();
        };
        server.close(() => {
          clearTimeout(timer);
          resolve(result);
        });
        server.closeIdleConnections();
        if (inFlight.size === 0) onIdle();
      });
      return shutdown;
    },
  };
}
