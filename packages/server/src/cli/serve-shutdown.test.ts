import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/liveness-kit.mjs', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'lk-shutdown-'));
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Served {
  child: ChildProcessWithoutNullStreams;
  port: number;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves once stderr contains `text`. */
  saidOnStderr: (text: string) => Promise<void>;
}

/** Starts the real `liveness-kit serve` on a free port. */
async function serve(env: Record<string, string>): Promise<Served> {
  const baseEnv = { ...process.env };
  delete baseEnv.DIDIT_API_KEY;
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--engine', 'local'], {
    cwd: workDir,
    env: { ...baseEnv, LIVENESS_KIT_DB: ':memory:', ...env },
  });
  children.push(child);
  let stderr = '';
  const watchers: Array<() => void> = [];
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    for (const watcher of watchers) watcher();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  const saidOnStderr = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (stderr.includes(text)) resolve();
      };
      watchers.push(check);
      check();
    });
  return { child, port, stderr: () => stderr, exited, saidOnStderr };
}

const BOUNDARY = 'lk-shutdown-boundary';
function multipart(photo: Uint8Array): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="user_image"; filename="selfie.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    ),
    photo,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/**
 * A check whose headers have reached the server (it answered `100 Continue`: the request is in
 * flight there) and whose body is not sent yet: `send()` sends it.
 */
async function checkInFlight(port: number, body: Buffer) {
  const req: ClientRequest = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/v3/passive-liveness/',
    headers: {
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'content-length': String(body.byteLength),
      expect: '100-continue',
    },
  });
  const answer = new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>(
    (resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
    },
  );
  answer.catch(() => undefined);
  await new Promise<void>((resolve) => req.once('continue', resolve));
  return { answer, send: () => req.end(body) };
}

/** Whether a new TCP connection to `port` is refused. */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code === 'ECONNREFUSED');
    });
  });
}

describe('liveness-kit serve: SIGTERM (real process, local engine, real photo)', { timeout: 60_000 }, () => {
  it('refuses new connections, finishes the check in flight with its 200, then exits 0', async () => {
    const served = await serve({});
    const check = await checkInFlight(
      served.port,
      multipart(fixtureBytes('single/man-obama-official-portrait.jpg')),
    );
    served.child.kill('SIGTERM');
    await served.saidOnStderr('finishing 1 request(s) in flight');
    expect(await connectionRefused(served.port)).toBe(true);
    check.send();
    const answer = await check.answer;
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    const body = JSON.parse(answer.body) as { liveness: { user_image: { entities: unknown[] } } };
    expect(body.liveness.user_image.entities).toHaveLength(1);
    expect(await served.exited).toBe(0);
    expect(served.stderr()).toContain('stopped.');
    expect(served.stderr()).not.toContain('drain timeout');
  });

  it('cuts a request still running at the drain timeout, and still exits 0', async () => {
    const served = await serve({ LIVENESS_KIT_DRAIN_TIMEOUT_MS: '300' });
    // Headers in, body never sent: it can never finish.
    const stuck = await checkInFlight(served.port, multipart(fixtureBytes('single/woman-young-frontal.jpg')));
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.stderr()).toContain('drain timeout: cut 1 request(s) still running');
    await expect(stuck.answer).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNRESET|socket hang up/),
    });
  });

  it('exits 1 with the reason for a bad LIVENESS_KIT_DRAIN_TIMEOUT_MS', async () => {
    await expect(serve({ LIVENESS_KIT_DRAIN_TIMEOUT_MS: 'soon' })).rejects.toThrow(
      /serve exited 1: .*LIVENESS_KIT_DRAIN_TIMEOUT_MS must be a whole number/s,
    );
  });
});
