// Benchmark: what the Didit proxy adds to a check. Same run, same loopback fake Didit:
// (a) a direct multipart POST to the fake, (b) the same POST through our server and Didit engine.
// Prints median/p95 of both and the median added; exits 1 when the median added is 5 ms or more.
import { FakeDiditServer, fixtureBytes } from '@liveness-kit/test-utils';
import { createDiditEngine } from '../src/engine/didit/didit-engine.js';
import { createLivenessApp, LIVENESS_PATH } from '../src/http/create-liveness-app.js';
import { startLivenessServer } from '../src/http/node-adapters.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const TARGET_MS = 5;
const image = new Uint8Array(fixtureBytes('single/man-glasses-webcam.jpg'));

function form(): FormData {
  const f = new FormData();
  f.set('user_image', new Blob([image], { type: 'image/jpeg' }), 'selfie.jpg');
  f.set('face_liveness_score_decline_threshold', '30');
  f.set('vendor_data', 'bench');
  return f;
}

async function time(url: string, headers: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', body: form(), headers });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return performance.now() - t0;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95) };
};

const didit = await new FakeDiditServer().start();
const proxy = await startLivenessServer(
  createLivenessApp({ engine: createDiditEngine({ apiKey: 'bench-key', baseUrl: didit.url }) }),
  { port: 0 },
);
const direct: number[] = [];
const viaProxy: number[] = [];
// Warm up both paths, then interleave so both see the same machine state.
for (let i = 0; i < 20; i++) {
  await time(`${didit.url}${LIVENESS_PATH}`, { 'x-api-key': 'bench-key' });
  await time(`${proxy.url}${LIVENESS_PATH}`);
}
for (let i = 0; i < ROUNDS; i++) {
  direct.push(await time(`${didit.url}${LIVENESS_PATH}`, { 'x-api-key': 'bench-key' }));
  viaProxy.push(await time(`${proxy.url}${LIVENESS_PATH}`));
}
await proxy.close();
await didit.stop();

const d = stats(direct);
const p = stats(viaProxy);
const added = p.median - d.median;
console.log(`Didit proxy overhead, ${ROUNDS} checks each, ${image.length} B image, loopback fake Didit`);
console.table({
  'direct to fake Didit': { 'median ms': d.median.toFixed(2), 'p95 ms': d.p95.toFixed(2) },
  'through liveness-kit server': { 'median ms': p.median.toFixed(2), 'p95 ms': p.p95.toFixed(2) },
});
console.log(
  `median added by the proxy: ${added.toFixed(2)} ms (target < ${TARGET_MS} ms): ${added < TARGET_MS ? 'PASS' : 'FAIL'}`,
);
process.exitCode = added < TARGET_MS ? 0 : 1;
