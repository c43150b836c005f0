import { LIVENESS_PATH } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import fc from 'fast-check';
import { connect } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFuzz, unhandledRejectionRecorder } from '../engine/local/testing/fuzz-run.js';
import { concat, imageMutations, mutateAll } from '../engine/local/testing/image-mutations.js';
import { createLivenessApp } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';
import { decodingEngine } from './testing/decoding-engine.js';

const enc = new TextEncoder();
const BOUNDARY = '----LivenessRawSocket7f3a';

/**
 * Sends `bytes` on a new connection and reads until the server closes it (or `boundMs`). `end`:
 * half-close at once ('now'), never ('never': the request must say Connection: close), or once
 * the line is idle ('idle': 1 s without an answer, 0.3 s after one), as a client that gave up would.
 * A client that half-closes at once gets no answer from Node's server: it counts as gone.
 */
function exchange(
  port: number,
  bytes: Uint8Array,
  { end = 'idle', boundMs = 8000 }: { end?: 'now' | 'never' | 'idle'; boundMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const received: Buffer[] = [];
    let idle: NodeJS.Timeout | undefined;
    const restartIdle = (ms: number) => {
      clearTimeout(idle);
      if (end === 'idle') idle = setTimeout(() => socket.end(), ms);
    };
    const done = () => {
      clearTimeout(bound);
      clearTimeout(idle);
      socket.destroy();
      resolve(Buffer.concat(received).toString('latin1'));
    };
    const bound = setTimeout(done, boundMs);
    socket.on('data', (d) => {
      received.push(d);
      restartIdle(300);
    });
    socket.on('close', done);
    socket.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? done() : reject(e),
    );
    socket.write(bytes, () => (end === 'now' ? socket.end() : restartIdle(1000)));
  });
}

/** The status codes of every response in a raw HTTP/1.1 answer, and the JSON bodies among them. */
function responses(raw: string): { statuses: number[]; codes: string[] } {
  const statuses = [...raw.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
  const codes = [...raw.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]!);
  return { statuses, codes };
}

function multipartBody(image: Uint8Array): Uint8Array {
  return concat(
    enc.encode(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="user_image"; filename="selfie.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    ),
    image,
    enc.encode(`\r\n--${BOUNDARY}--\r\n`),
  );
}

function requestHead(lines: string[]): Uint8Array {
  return enc.encode(
    [`POST ${LIVENESS_PATH} HTTP/1.1`, 'Host: 127.0.0.1', ...lines].join('\r\n') + '\r\n\r\n',
  );
}

const multipartType = `Content-Type: multipart/form-data; boundary=${BOUNDARY}`;

describe('framing-level garbage on a real listening server (raw sockets)', () => {
  let server: RunningServer;
  let image: Uint8Array;
  const unexpected: unknown[] = [];
  const rejections = unhandledRejectionRecorder();
  let checks = 0;
  const counting = {
    ...decodingEngine,
    check: (...args: Parameters<typeof decodingEngine.check>) => {
      checks++;
      return decodingEngine.check(...args);
    },
  };

  beforeAll(async () => {
    rejections.start();
    image = new Uint8Array(
      await sharp(fixtureBytes('single/man-glasses-webcam.jpg')).resize(96).jpeg().toBuffer(),
    );
    const app = createLivenessApp({ engine: counting, onUnexpectedError: (e) => void unexpected.push(e) });
    server = await startLivenessServer(app, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rejections.stop();
  });

  const healthy = async () => expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

  it('a well-formed request over the raw socket is a 200 (the baseline the others break)', async () => {
    const body = multipartBody(image);
    const raw = await exchange(
      server.port,
      concat(requestHead([multipartType, `Content-Length: ${body.length}`, 'Connection: close']), body),
      { end: 'never' },
    );
    expect(responses(raw).statuses).toEqual([200]);
    expect(checks).toBe(1);
  });

  it('a body cut short of its Content-Length, then the client closes: no engine call, no answer but a 4xx', async () => {
    const body = multipartBody(image);
    const before = checks;
    const raw = await exchange(
      server.port,
      concat(requestHead([multipartType, `Content-Length: ${body.length + 5000}`]), body),
      { end: 'now' },
    );
    const { statuses, codes } = responses(raw);
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    if (codes.length > 0) expect(codes).toEqual(['INVALID_MULTIPART']);
    expect(unexpected.map(String)).toEqual([]);
    expect(checks).toBe(before);
    await healthy();
  });

  it('a Content-Length over the limit is refused at once with the contract’s 413, before the body', async () => {
    const raw = await exchange(
      server.port,
      concat(requestHead([multipartType, `Content-Length: ${50 * 1024 * 1024}`]), multipartBody(image)),
      { end: 'never' },
    );
    expect(responses(raw)).toEqual({ statuses: [413], codes: ['FILE_TOO_LARGE'] });
    expect(raw).toMatch(/connection: close/i);
    await healthy();
  });

  it.each([
    ['a Content-Length that is not a number', ['Content-Length: abc']],
    ['two different Content-Lengths', ['Content-Length: 10', 'Content-Length: 20']],
    [
      'Content-Length and Transfer-Encoding: chunked together',
      ['Content-Length: 10', 'Transfer-Encoding: chunked'],
    ],
    ['a negative Content-Length', ['Content-Length: -1']],
  ])('%s: Node’s parser answers 400 and the app is never reached', async (_name, lines) => {
    const before = checks;
    const raw = await exchange(
      server.port,
      concat(requestHead([multipartType, ...lines]), multipartBody(image)),
    );
    expect(responses(raw).statuses).toEqual([400]);
    expect(checks).toBe(before);
    await healthy();
  });

  it('a chunked body with a chunk size that is not hex: Node’s parser answers 400', async () => {
    const before = checks;
    const bytes = concat(
      requestHead([multipartType, 'Transfer-Encoding: chunked']),
      enc.encode('zz\r\n'),
      multipartBody(image),
    );
    expect(responses(await exchange(server.port, bytes)).statuses).toEqual([400]);
    expect(checks).toBe(before);
    await healthy();
  });

  // Found by this fuzzing: a chunked upload whose client goes away mid-body made the body limit's
  // read reject with "aborted", answered 500 INTERNAL and reported to onUnexpectedError (an
  // operator's error log) for what is only a client leaving. Now 499 CLIENT_CLOSED, not reported.
  it('a chunked upload cut off by its client is not reported as unexpected', async () => {
    const body = multipartBody(image);
    const cut = concat(
      requestHead([multipartType, 'Transfer-Encoding: chunked']),
      enc.encode(`${body.length.toString(16)}\r\n`),
      body.subarray(0, body.length >> 1),
    );
    const before = unexpected.length;
    const { statuses } = responses(await exchange(server.port, cut, { end: 'now' }));
    const reported = unexpected.splice(before).map(String);
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    expect(reported).toEqual([]);
  });

  it('bytes past the Content-Length: Node answers the garbage 400, the request before it 200 or dropped', async () => {
    const body = multipartBody(image);
    const raw = await exchange(
      server.port,
      concat(
        requestHead([multipartType, `Content-Length: ${body.length}`]),
        body,
        enc.encode('GARBAGE\r\n\r\n'),
      ),
    );
    // Node's parser meets the garbage while the request is answered, and closes the connection.
    const { statuses } = responses(raw);
    expect(statuses.at(-1)).toBe(400);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    await healthy();
  });

  it('150 mutated raw requests (fast-check): only 2xx or 4xx answers, the server keeps serving', async () => {
    const body = multipartBody(image);
    // The request line and Host stay intact (a bad Host has its own test below); the rest is mutated.
    const start = requestHead([]).subarray(0, -2);
    const rest = concat(
      requestHead([multipartType, `Content-Length: ${body.length}`, 'Connection: close']),
      body,
    );
    const statuses = new Map<number, number>();
    const property = fc.asyncProperty(imageMutations(3), async (mutations) => {
      const raw = await exchange(
        server.port,
        concat(start, mutateAll(rest.subarray(start.length), mutations)),
      );
      for (const s of responses(raw).statuses) {
        statuses.set(s, (statuses.get(s) ?? 0) + 1);
        expect(s).toBeLessThan(500);
      }
    });
    await runFuzz('raw HTTP requests', property, { numRuns: 150, timeLimitMs: 30_000 });
    console.info('raw request fuzz statuses', Object.fromEntries(statuses));
    // Nothing a client sends is reported as the server's own error (a client leaving included).
    expect(unexpected.map(String)).toEqual([]);
    expect(rejections.seen).toEqual([]);
    await healthy();
  }, 60_000);

  // Found by the fuzzing above: a Host that Node's parser lets through but the URL parser refuses
  // (an IPv4 octet over 255) makes @hono/node-server's Request throw when the body is first read;
  // that was a 500 INTERNAL reported as unexpected. Now 400 INVALID_HOST, not reported.
  it('Host 927.0.0.1 on an upload answers 400 INVALID_HOST, not 500 INTERNAL, and is not reported', async () => {
    const body = multipartBody(image);
    const head = enc.encode(
      [
        `POST ${LIVENESS_PATH} HTTP/1.1`,
        'Host: 927.0.0.1',
        multipartType,
        `Content-Length: ${body.length}`,
        'Connection: close',
      ].join('\r\n') + '\r\n\r\n',
    );
    const before = unexpected.length;
    const { statuses } = responses(await exchange(server.port, concat(head, body), { end: 'never' }));
    expect(unexpected.splice(before)).toEqual([]);
    expect(statuses).toEqual([400]);
  });
});
