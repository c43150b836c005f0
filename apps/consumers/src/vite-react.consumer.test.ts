// The README's "Vite + React" quick start, made from the packed packages in a folder outside the
// workspace, built for production, served by its own Express server with the local engine, and
// driven in Chromium with the fake camera to a result.
import { describe, expect, it } from 'vitest';
import { quickStartSuite } from './quick-start-suite.js';

describe('quick start: Vite + React with an Express server', () => {
  const suite = quickStartSuite('vite-react');

  it('the production build reaches a result with one POST, and nothing goes wrong on the page', async () => {
    await suite.expectCleanResult('/api/v3/passive-liveness/');
  });

  it('the build holds the detector files the plugin copies, served by the app, and no others of Human', async () => {
    const { url } = suite.served();
    const model = await fetch(`${url}/liveness-kit/models/blazeface-front.json`);
    expect(model.status).toBe(200);
    const wasm = await fetch(`${url}/liveness-kit/wasm/tfjs-backend-wasm-simd.wasm`);
    expect(wasm.status).toBe(200);
    expect(new Uint8Array(await wasm.arrayBuffer()).subarray(0, 4)).toEqual(
      new Uint8Array([0, 0x61, 0x73, 0x6d]),
    );
    const other = await fetch(`${url}/liveness-kit/models/emotion.json`);
    expect(other.headers.get('content-type') ?? '').not.toMatch(/json/);
  });
});
