// Benchmark: the server under concurrent load, with its default bounded queue (bounded-engine.ts).
// Loopback only, bounded in time. Two scenarios, each against a server in a child process whose
// RSS is sampled from /proc every 100 ms:
//   local: LOCAL_CONNECTIONS (50) clients for DURATION_S (60) s, local engine with WORKERS (2) workers;
//   didit: DIDIT_CONNECTIONS (200) clients for DURATION_S s, Didit engine → the fake Didit in a
//          third process, answering after FAKE_DIDIT_DELAY_MS (200).
// Every client posts real fixture photos (multipart, three single/ photos in turn). Prints
// throughput, p50/p95/p99 latency (all answers, and accepted ones), answers by status/code, peak
// RSS. Checks, exit 1 if one fails: the server did not crash; every request was answered (no
// socket error, no timeout, only 200 or 503 BUSY); peak RSS under the bound; every accepted (200)
// check answered by the engine within maxWaitMs + one analysis bound (measured in the server, from
// the queue to the answer: the client's latency adds the upload, which the queue does not bound).
// SCENARIOS=local,didit picks which to run.
import { fixtureBytes } from '@liveness-kit/test-utils';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { LIVENESS_PATH } from '../src/http/create-liveness-app.js';

const DURATION_S = Number(process.env.DURATION_S ?? 60);
const PHOTOS = ['man-obama-official-portrait.jpg', 'woman-young-frontal.jpg', 'man-glasses-webcam.jpg'];
/** Peak RSS bounds of the server process (MB): the local one holds a model set per worker. */
const RSS_BOUND_MB = { local: 1_536, didit: 512 };
/** How long one analysis may take under this load, on top of maxWaitMs (ms). */
const ANALYSIS_BOUND_MS = { local: 5_000, didit: 5_000 };

interface Scenario {
  name: 'local' | 'didit';
  connections: number;
  env: Record<string, string>;
}

function multipart(photo: string, boundary: string): Buffer {
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="user_image"; filename="${photo}"\r\n` +
    'Content-Type: image/jpeg\r\n\r\n';
  return Buffer.concat([
    Buffer.from(head),
    fixtureBytes(`single/${photo}`),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** What a child prints once ready: its URL, and the server's queue limits. */
interface ChildInfo {
  url: string;
  queue?: { concurrency: number; maxQueue: number; maxWaitMs: number };
  /** On SIGTERM: the queue's counts, and the longest queue wait + analysis of an accepted check. */
  final?: Record<string, number>;
  maxAcceptedMs?: number;
}

function startChild(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; info: ChildInfo }> {
  const child = spawn(process.execPath, ['--conditions=@liveness-kit/source', '--import', 'tsx', script], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let ready = false;
    lines.on('line', (line) => {
      const info = JSON.parse(line) as ChildInfo;
      if (ready) child.emit('final', info);
      ready = true;
      resolve({ child, info });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}

function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

const quantile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;

async function run(s: Scenario): Promise<string[]> {
  const failures: string[] = [];
  const { child, info } = await startChild('bench/load-server.ts', { ...s.env, ENGINE: s.name });
  let crashed: string | undefined;
  child.once('exit', (code, signal) => {
    crashed = `exited (${code ?? signal}) during the run`;
  });
  const queue = info.queue!;
  let peakRss = rssMb(child.pid!);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(child.pid!));
  }, 100);

  const boundary = 'liveness-kit-load-bench';
  const byCode = new Map<string, number>();
  const latencies: number[] = [];
  const accepted: number[] = [];
  const requests = PHOTOS.map((photo) => ({
    method: 'POST',
    path: LIVENESS_PATH,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: multipart(photo, boundary),
    onResponse: (status: number, body: string) => {
      let code = '';
      try {
        code = (JSON.parse(body) as { code?: string }).code ?? '';
      } catch {
        code = 'unreadable';
      }
      const key = status === 200 ? '200' : `${status} ${code}`;
      byCode.set(key, (byCode.get(key) ?? 0) + 1);
    },
  }));
  // A request without an answer in a minute counts as unanswered.
  const timeoutS = 60;
  const instance = autocannon({
    url: info.url,
    connections: s.connections,
    duration: DURATION_S,
    timeout: timeoutS,
    requests,
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status === 200) accepted.push(ms);
  });
  const result = await instance;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMb(child.pid!));

  latencies.sort((a, b) => a - b);
  accepted.sort((a, b) => a - b);
  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(`\n== ${s.name}: ${s.connections} clients, ${DURATION_S} s, queue ${JSON.stringify(queue)}`);
  console.log(
    `answers: ${result.requests.total} (${(result.requests.total / result.duration).toFixed(1)}/s), ` +
      `accepted (200): ${accepted.length} (${(accepted.length / result.duration).toFixed(1)}/s)`,
  );
  console.log(
    `latency, all answers: p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}, p99 ${ms(quantile(latencies, 0.99))}, max ${ms(latencies.at(-1) ?? NaN)}`,
  );
  console.log(
    `latency, accepted:    p50 ${ms(quantile(accepted, 0.5))}, p95 ${ms(quantile(accepted, 0.95))}, p99 ${ms(quantile(accepted, 0.99))}, max ${ms(accepted.at(-1) ?? NaN)}`,
  );
  console.log(`answers by status/code: ${JSON.stringify(Object.fromEntries([...byCode].sort()))}`);
  console.log(`socket errors ${result.errors}, timeouts ${result.timeouts}, resets ${result.resets}`);
  console.log(`peak RSS of the server: ${peakRss.toFixed(0)} MB (bound ${RSS_BOUND_MB[s.name]} MB)`);

  if (crashed) failures.push(`${s.name}: the server ${crashed}`);
  if (result.errors > 0 || result.timeouts > 0) {
    failures.push(`${s.name}: ${result.errors} socket errors, ${result.timeouts} timeouts`);
  }
  for (const key of byCode.keys()) {
    if (key !== '200' && key !== '503 BUSY') failures.push(`${s.name}: unexpected answers ${key}`);
  }
  if ((byCode.get('200') ?? 0) === 0) failures.push(`${s.name}: no request was accepted`);
  if (peakRss > RSS_BOUND_MB[s.name])
    failures.push(`${s.name}: peak RSS ${peakRss.toFixed(0)} MB over the bound`);
  if (!crashed) {
    const final = new Promise<ChildInfo>((r) => child.once('final', r));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const { final: counts, maxAcceptedMs = NaN } = await final;
    await exited;
    const waitBound = queue.maxWaitMs + ANALYSIS_BOUND_MS[s.name];
    console.log(`server: queue counts ${JSON.stringify(counts)}`);
    console.log(
      `server: longest queue wait + analysis of an accepted check ${ms(maxAcceptedMs)} (bound ${ms(waitBound)})`,
    );
    if (!(maxAcceptedMs <= waitBound)) {
      failures.push(
        `${s.name}: an accepted check took ${ms(maxAcceptedMs)} in the server > ${ms(waitBound)}`,
      );
    }
  }
  return failures;
}

const chosen = (process.env.SCENARIOS ?? 'local,didit').split(',');
const failures: string[] = [];
if (chosen.includes('local')) {
  failures.push(
    ...(await run({
      name: 'local',
      connections: Number(process.env.LOCAL_CONNECTIONS ?? 50),
      env: { WORKERS: process.env.WORKERS ?? '2' },
    })),
  );
}
if (chosen.includes('didit')) {
  const fake = await startChild('bench/load-fake-didit.ts', {});
  try {
    failures.push(
      ...(await run({
        name: 'didit',
        connections: Number(process.env.DIDIT_CONNECTIONS ?? 200),
        env: { DIDIT_BASE_URL: fake.info.url },
      })),
    );
  } finally {
    fake.child.kill('SIGTERM');
  }
}
if (failures.length) {
  console.error(`\nFAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll checks passed.');
