import { once } from 'node:events';
import { createServer as createHttpServer, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { isLivenessError, type LivenessError } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineRequest } from '../engine.js';
import { createDiditEngine } from './didit-engine.js';

// Real loopback servers that misbehave at the TCP and HTTP level, as an upstream can: no listener,
// a listener that never answers, and an answer whose body starts and then stops or trickles.

const request: EngineRequest = {
  image: new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg')),
  imageType: 'image/jpeg',
  rotateImage: false,
  saveApiRequest: false,
};
const TIMEOUT_MS = 400;
const noSleep = async () => {};

const servers: Array<Server | HttpServer> = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(server: Server | HttpServer): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** How one check ends: its error and how long it took. */
async function failure(baseUrl: string, retries: number): Promise<{ error: LivenessError; ms: number }> {
  const engine = createDiditEngine({ apiKey: 'k', baseUrl, timeoutMs: TIMEOUT_MS, retries, sleep: noSleep });
  const started = Date.now();
  const error: unknown = await engine.check(request).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isLivenessError(error)) throw new Error(`expected a LivenessError, got ${String(error)}`);
  return { error, ms: Date.now() - started };
}

/** An HTTP server that sends a 200's headers and the first bytes of its body, then `rest`. */
function partialAnswer(rest: (res: ServerResponse) => void): HttpServer {
  return createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      res.write('{"request_id": "');
      rest(res);
    });
  });
}

describe('Didit engine: an upstream that misbehaves at the transport level', () => {
  it('refusing connections: NETWORK, retryable, after the retries', async () => {
    const probe = createNetServer();
    const url = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));
    servers.splice(servers.indexOf(probe), 1);
    const { error } = await failure(url, 2);
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true });
  });

  it('accepting and never answering: TIMEOUT after timeoutMs, once per attempt', async () => {
    // Requests that reached it (a connection that sent bytes): undici may open a spare one.
    let requests = 0;
    const url = await listen(createNetServer((socket) => socket.once('data', () => requests++)));
    const once = await failure(url, 0);
    expect(once.error).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(once.error.message).toContain(`within ${TIMEOUT_MS} ms`);
    expect(once.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(requests).toBe(1);
    let retriedRequests = 0;
    const retriedUrl = await listen(
      createNetServer((socket) => socket.once('data', () => retriedRequests++)),
    );
    const retried = await failure(retriedUrl, 2);
    expect(retried.error.code).toBe('TIMEOUT');
    expect(retriedRequests).toBe(3);
    expect(retried.ms).toBeGreaterThanOrEqual(3 * TIMEOUT_MS - 15);
  });

  it('headers, then a body that stops mid-way: TIMEOUT (the timeout covers the whole body)', async () => {
    const url = await listen(partialAnswer(() => undefined));
    const { error, ms } = await failure(url, 0);
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
  });

  it('headers, then a body that trickles a byte at a time past the timeout: TIMEOUT', async () => {
    let bytesSent = 0;
    const url = await listen(
      partialAnswer((res) => {
        const timer = setInterval(() => {
          if (res.destroyed) return clearInterval(timer);
          res.write(' ');
          bytesSent++;
        }, 50);
        res.on('close', () => clearInterval(timer));
      }),
    );
    const { error } = await failure(url, 0);
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
    // It was answering all along: a per-read idle timer would never have fired.
    expect(bytesSent).toBeGreaterThan(2);
  });

  it('headers, then the connection dropped mid-body: NETWORK, retried', async () => {
    let connections = 0;
    const url = await listen(
      partialAnswer((res) => {
        connections++;
        setTimeout(() => res.socket?.destroy(), 20);
      }),
    );
    const { error } = await failure(url, 1);
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(connections).toBe(2);
  });

  it('a face match ends the same way (stall: TIMEOUT)', async () => {
    const url = await listen(createNetServer(() => undefined));
    const engine = createDiditEngine({ apiKey: 'k', baseUrl: url, timeoutMs: TIMEOUT_MS, retries: 0 });
    await expect(
      engine.faceMatch({
        userImage: request.image,
        userImageType: 'image/jpeg',
        refImage: request.image,
        refImageType: 'image/jpeg',
        rotateImage: false,
        saveApiRequest: false,
      }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
