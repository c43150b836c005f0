// Child process of bench/load.ts: the liveness server under load, with createLivenessApp's
// default queue. ENGINE=local (WORKERS worker threads, models loaded before listening) or
// ENGINE=didit (DIDIT_BASE_URL). Prints {url, queue} on stdout once listening; SIGTERM stops it.
import { createBoundedEngine } from '../src/engine/bounded-engine.js';
import type { LivenessEngine } from '../src/engine/engine.js';
import { createDiditEngine } from '../src/engine/didit/didit-engine.js';
import { createLocalEngine } from '../src/engine/local/create-local-engine.js';
import { createLivenessApp } from '../src/http/create-liveness-app.js';
import { startLivenessServer } from '../src/http/node-adapters.js';

const kind = process.env.ENGINE ?? 'local';
let inner: LivenessEngine;
if (kind === 'local') {
  const local = createLocalEngine({ workers: Number(process.env.WORKERS ?? 2) });
  await local.ready();
  inner = local;
} else {
  inner = createDiditEngine({ apiKey: 'bench-key', baseUrl: process.env.DIDIT_BASE_URL ?? '' });
}
// The app's default queue, made here only to report its limits.
const engine = createBoundedEngine(inner);
// Time in the queue plus the analysis, of every accepted check: what the queue bounds.
let maxAcceptedMs = 0;
const timed: LivenessEngine = {
  ...engine,
  check: async (request, signal) => {
    const t0 = performance.now();
    const body = await engine.check(request, signal);
    maxAcceptedMs = Math.max(maxAcceptedMs, performance.now() - t0);
    return body;
  },
};
const server = await startLivenessServer(
  createLivenessApp({
    engine: timed,
    queue: false,
    onUnexpectedError: (e) => console.error('unexpected', e),
  }),
  { port: 0 },
);
process.stdout.write(`${JSON.stringify({ url: server.url, queue: engine.queueStats() })}\n`);
process.on('SIGTERM', () => {
  process.stdout.write(`${JSON.stringify({ url: server.url, final: engine.queueStats(), maxAcceptedMs })}\n`);
  void server
    .close()
    .then(() => engine.close())
    .then(() => process.exit(0));
});
