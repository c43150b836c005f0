// Serves a production build (`vite build` with the livenessKit() plugin) of csp-page/ from a plain
// Node HTTP server on loopback that sends a Content-Security-Policy header with every response (the
// page, its scripts, the worker, the wasm and the models), with `report-uri` so that violations in
// the page and in its worker are counted by the server too. The real server package answers /api.
import { createLivenessApp, toNodeListener, type LivenessEngine } from '@liveness-kit/server';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { workspaceSources } from '../../../vite.shared.js';
import { livenessKit } from '../src/vite/liveness-kit-plugin.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** One violation report the browser POSTed to `report-uri`. */
export interface CspReport {
  'violated-directive'?: string;
  'effective-directive'?: string;
  'blocked-uri'?: string;
  'source-file'?: string;
  'document-uri'?: string;
}

export interface CspPageServer {
  url: string;
  /** The policy sent from now on (without `report-uri`, which is added). */
  policy: string;
  /** `/liveness-kit/models/*` answers 404 while true. */
  modelsMissing: boolean;
  /** Violation reports received since the last `clearReports()`. */
  readonly reports: CspReport[];
  clearReports(): void;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startCspPageServer(engine: LivenessEngine): Promise<CspPageServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'liveness-kit-csp-page-'));
  await build({
    root: fileURLToPath(new URL('./csp-page/', import.meta.url)),
    configFile: false,
    logLevel: 'error',
    plugins: [workspaceSources(), livenessKit()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  const api = toNodeListener(createLivenessApp({ engine, basePath: '/api' }));
  const reports: CspReport[] = [];
  const state = { policy: "default-src 'none'", modelsMissing: false };
  const http = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/csp-report' && req.method === 'POST') {
      void body(req).then((text) => {
        try {
          const report = (JSON.parse(text) as { 'csp-report'?: CspReport })['csp-report'];
          if (report) reports.push(report);
        } catch {
          reports.push({ 'violated-directive': `unreadable report: ${text.slice(0, 200)}` });
        }
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    res.setHeader('Content-Security-Policy', `${state.policy}; report-uri /csp-report`);
    if (path.startsWith('/api/')) {
      api(req, res);
      return;
    }
    if (state.modelsMissing && path.startsWith('/liveness-kit/models/')) {
      res.statusCode = 404;
      res.end('not here');
      return;
    }
    const file = normalize(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
    let bytes: Buffer;
    try {
      if (!file.startsWith(outDir) || !statSync(file).isFile()) throw new Error('not a file');
      bytes = readFileSync(file);
    } catch {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(bytes);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get policy() {
      return state.policy;
    },
    set policy(policy: string) {
      state.policy = policy;
    },
    get modelsMissing() {
      return state.modelsMissing;
    },
    set modelsMissing(missing: boolean) {
      state.modelsMissing = missing;
    },
    reports,
    clearReports() {
      reports.length = 0;
    },
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nothing listens on any more: connections to it are refused. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
