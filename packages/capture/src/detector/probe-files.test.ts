// @vitest-environment node
// probeModel / probeWasm against a real HTTP server on loopback serving the shipped BlazeFace model
// and tfjs wasm binary (the files the Vite plugin serves), and broken copies of them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFiles } from '../vite/asset-files.js';
import { watchCspViolations } from './csp-violations.js';
import { probeModel, probeWasm, wasmCompileRefusal } from './probe-files.js';

const files = new Map(assetFiles().map((f) => [f.url, f.path]));
const real = (url: string) => readFileSync(files.get(url)!);

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, folder, ...rest] = path.split('/');
    const file = `/liveness-kit/${rest.join('/')}`;
    if (folder === 'ok' && files.has(file)) return res.end(real(file));
    // The model JSON, but its weights file is missing.
    if (folder === 'noweights' && file.endsWith('.json')) return res.end(real(file));
    // A single-page app's fallback: index.html with 200 for every path.
    if (folder === 'spa') {
      res.setHeader('Content-Type', 'text/html');
      return res.end('<!doctype html><title>app</title>');
    }
    if (folder === 'broken') return ((res.statusCode = 502), res.end('bad gateway'));
    res.statusCode = 404;
    res.end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('probeModel and probeWasm', () => {
  const log = watchCspViolations(undefined);
  const model = (folder: string) => `${base}/${folder}/models/blazeface-front.json`;
  const wasm = (folder: string) => `${base}/${folder}/wasm/tfjs-backend-wasm-simd.wasm`;

  it('find nothing wrong with the real files', async () => {
    expect(await probeModel(model('ok'), log)).toBeUndefined();
    expect(await probeWasm(wasm('ok'), log)).toBeUndefined();
  });

  it('name the missing file: the JSON, or the weights file the JSON lists', async () => {
    expect(await probeModel(model('missing'), log)).toMatchObject({
      reason: 'not-found',
      status: 404,
      url: model('missing'),
    });
    expect(await probeModel(model('noweights'), log)).toMatchObject({
      reason: 'not-found',
      status: 404,
      url: `${base}/noweights/models/blazeface-front.bin`,
    });
    expect(await probeWasm(wasm('missing'), log)).toMatchObject({ reason: 'not-found', status: 404 });
  });

  it('tell another HTTP status, an HTML fallback page, and no server apart', async () => {
    expect(await probeModel(model('broken'), log)).toMatchObject({ reason: 'http', status: 502 });
    const spa = await probeModel(model('spa'), log);
    expect(spa).toMatchObject({ reason: 'invalid', url: model('spa') });
    expect(spa!.fix).toMatch(/HTML page came back/);
    expect(await probeWasm(wasm('spa'), log)).toMatchObject({ reason: 'invalid' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const gone = `http://127.0.0.1:${port}/models/blazeface-front.json`;
    expect(await probeModel(gone, log)).toMatchObject({ reason: 'network', url: gone });
  });

  it('see no CSP refusal where WebAssembly compiles', () => {
    expect(wasmCompileRefusal(wasm('ok'), log)).toBeUndefined();
  });
});
