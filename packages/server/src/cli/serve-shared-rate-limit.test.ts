import { FakeDiditServer, fixtureBytes, startRedisServer, type RunningRedis } from '@liveness-kit/test-utils';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVENESS_PATH } from '../http/create-liveness-app.js';

const bin = fileURLToPath(new URL('../../bin/liveness-kit.mjs', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'lk-serve-rl-'));
const portrait = new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'));

interface Served {
  url: string;
  child: ChildProcess;
  stderr: () => string;
}

describe('two `liveness-kit serve` processes, no proxy, one Redis', { timeout: 60_000 }, () => {
  const didit = new FakeDiditServer();
  let redis: RunningRedis;
  const children: ChildProcess[] = [];

  /** Starts the real CLI server in a child process (Didit engine on the fake Didit). */
  function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
    const baseEnv: Record<string, string | undefined> = { ...process.env };
    delete baseEnv.LIVENESS_KIT_REDIS_URL;
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--engine', 'didit', ...args], {
      cwd: workDir,
      env: { ...baseEnv, DIDIT_API_KEY: 'k', DIDIT_BASE_URL: didit.url, LIVENESS_KIT_DB: ':memory:', ...env },
    });
    children.push(child);
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/\S+?)\/v3/.exec(out);
        if (m) resolve({ url: m[1]!, child, stderr: () => err });
      });
      child.on('close', (code) => reject(new Error(`serve exited ${code}: ${out} ${err}`)));
    });
  }

  async function post(url: string): Promise<Response> {
    const form = new FormData();
    form.set('user_image', new Blob([portrait], { type: 'image/jpeg' }), 'selfie.jpg');
    const res = await fetch(`${url}${LIVENESS_PATH}`, { method: 'POST', body: form });
    return res;
  }

  /** `count` checks alternating between the servers; each answer's status and X-RateLimit-Remaining. */
  async function alternate(servers: Served[], count: number) {
    const answers: { status: number; remaining: string | null; code?: string }[] = [];
    for (let i = 0; i < count; i++) {
      const res = await post(servers[i % servers.length]!.url);
      const body = (await res.json()) as { code?: string };
      answers.push({
        status: res.status,
        remaining: res.headers.get('x-ratelimit-remaining'),
        ...(res.status !== 200 && { code: body.code! }),
      });
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    return answers;
  }

  beforeAll(async () => {
    [redis] = await Promise.all([startRedisServer(), didit.start()]);
  });
  afterAll(async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('close', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
    await Promise.all([redis?.stop(), didit.stop()]);
  });

  it('refuses requests alternating between them after max in total (--redis-url and LIVENESS_KIT_REDIS_URL)', async () => {
    const servers = await Promise.all([
      serve(['--rate-limit', '3', '--redis-url', redis.url]),
      serve(['--rate-limit', '3'], { LIVENESS_KIT_REDIS_URL: redis.url }),
    ]);
    didit.requests.length = 0;
    const answers = await alternate(servers, 6);
    // Only the allowed checks reached Didit (the default fake answer: Approved).
    expect(didit.requests).toHaveLength(3);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429, 429]);
    expect(answers.map((a) => a.remaining)).toEqual(['2', '1', '0', '0', '0', '0']);
    expect(answers.slice(3).every((a) => a.code === 'RATE_LIMITED')).toBe(true);
    expect(servers.map((s) => s.stderr())).not.toContainEqual(expect.stringContaining('Redis store failed'));
  });

  it('without Redis each instance counts alone (the control: 3 + 3 allowed)', async () => {
    const servers = await Promise.all([serve(['--rate-limit', '3']), serve(['--rate-limit', '3'])]);
    const answers = await alternate(servers, 8);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });
});
