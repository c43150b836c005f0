// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, preview, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFiles, installedAssetDirs, normaliseUrlFolder } from './asset-files.js';
import { livenessKit } from './liveness-kit-plugin.js';

function makeApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'liveness-kit-plugin-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), 'document.title = "app";');
  return root;
}

describe('assetFiles', () => {
  it('lists BlazeFace front and the three wasm builds, plus the face mesh only with pose', () => {
    const names = (files: Array<{ url: string }>) => files.map((f) => f.url).sort();
    expect(names(assetFiles())).toEqual([
      '/liveness-kit/models/blazeface-front.bin',
      '/liveness-kit/models/blazeface-front.json',
      '/liveness-kit/wasm/tfjs-backend-wasm-simd.wasm',
      '/liveness-kit/wasm/tfjs-backend-wasm-threaded-simd.wasm',
      '/liveness-kit/wasm/tfjs-backend-wasm.wasm',
    ]);
    const withPose = names(assetFiles({ pose: true, modelsPath: 'static/m', wasmPath: '/static/w/' }));
    expect(withPose).toContain('/static/m/facemesh.json');
    expect(withPose).toContain('/static/m/facemesh.bin');
    expect(withPose).toContain('/static/w/tfjs-backend-wasm-simd.wasm');
    expect(withPose).toHaveLength(7);
    const back = names(assetFiles({ model: 'back' }));
    expect(back.filter((url) => url.includes('/models/'))).toEqual([
      '/liveness-kit/models/blazeface.bin',
      '/liveness-kit/models/blazeface.json',
    ]);
    expect(
      names(assetFiles({ model: ['front', 'back'] })).filter((u) => u.includes('/models/')),
    ).toHaveLength(4);
  });

  it('points at the installed packages and at the front model shipped with this one, with its licence', () => {
    const { modelsDir, frontModelDir, wasmDir } = installedAssetDirs();
    expect(readdirSync(modelsDir)).toContain('blazeface.bin');
    expect(readdirSync(frontModelDir).sort()).toEqual([
      'LICENSE',
      'README.md',
      'blazeface-front.bin',
      'blazeface-front.json',
    ]);
    expect(readFileSync(join(frontModelDir, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(readdirSync(wasmDir)).toContain('tfjs-backend-wasm-simd.wasm');
  });

  it('only takes URL paths on the site', () => {
    expect(normaliseUrlFolder('a/b')).toBe('/a/b/');
    expect(normaliseUrlFolder('/a/b/')).toBe('/a/b/');
    expect(() => normaliseUrlFolder('https://cdn.example.com/models/')).toThrow(/not a URL path/);
    expect(() => normaliseUrlFolder('/a/../b')).toThrow(/not a URL path/);
    expect(() => normaliseUrlFolder('')).toThrow(/not a URL path/);
  });
});

describe('livenessKit() on the dev server', () => {
  let root: string;
  let server: ViteDevServer;
  let url: string;

  beforeAll(async () => {
    root = makeApp();
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      base: '/app/',
      plugins: [livenessKit({ crossOriginIsolation: true })],
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
    url = server.resolvedUrls!.local[0]!;
  });

  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the model files with their bytes and types, under the base path too', async () => {
    const { frontModelDir, wasmDir } = installedAssetDirs();
    const origin = new URL(url).origin;
    for (const path of [
      '/liveness-kit/models/blazeface-front.json',
      '/app/liveness-kit/models/blazeface-front.json',
    ]) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.text()).toBe(readFileSync(join(frontModelDir, 'blazeface-front.json'), 'utf8'));
    }
    const bin = await fetch(`${origin}/liveness-kit/models/blazeface-front.bin`);
    expect(bin.headers.get('content-type')).toBe('application/octet-stream');
    expect(
      Buffer.from(await bin.arrayBuffer()).equals(readFileSync(join(frontModelDir, 'blazeface-front.bin'))),
    ).toBe(true);
    const wasm = await fetch(`${origin}/liveness-kit/wasm/tfjs-backend-wasm-simd.wasm`);
    // application/wasm lets the browser compile while downloading (instantiateStreaming).
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(Number(wasm.headers.get('content-length'))).toBe(
      readFileSync(join(wasmDir, 'tfjs-backend-wasm-simd.wasm')).length,
    );
    await wasm.arrayBuffer();
  });

  it('answers a revalidation with 304 and a HEAD without a body', async () => {
    const target = `${new URL(url).origin}/liveness-kit/models/blazeface-front.bin`;
    const first = await fetch(target);
    const etag = first.headers.get('etag');
    await first.arrayBuffer();
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(target, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const head = await fetch(target, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(
      statSync(join(installedAssetDirs().frontModelDir, 'blazeface-front.bin')).size,
    );
  });

  it('does not serve models it was not asked for (no back model, no face mesh without pose, none of the others)', async () => {
    for (const name of ['blazeface.json', 'facemesh.json', 'faceres.json', 'iris.bin']) {
      const response = await fetch(`${new URL(url).origin}/liveness-kit/models/${name}`, {
        headers: { accept: 'application/json' },
      });
      const type = response.headers.get('content-type') ?? '';
      const body = await response.text();
      expect(
        response.status === 404 || type.includes('text/html'),
        `${name}: ${response.status} ${type}`,
      ).toBe(true);
      expect(body).not.toContain('weightsManifest');
    }
  });

  it('makes the page cross-origin isolated when asked (COOP and COEP headers)', async () => {
    const response = await fetch(url);
    await response.text();
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });
});

describe('livenessKit() in a build', () => {
  const built: string[] = [];
  afterAll(() => {
    for (const dir of built) rmSync(dir, { recursive: true, force: true });
  });

  async function buildApp(options: Parameters<typeof livenessKit>[0]): Promise<string> {
    const root = makeApp();
    built.push(root);
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [livenessKit(options)],
      build: { outDir: join(root, 'dist') },
    });
    return join(root, 'dist');
  }

  it('copies exactly BlazeFace front and the wasm builds into the output', async () => {
    const dist = await buildApp({});
    const { frontModelDir } = installedAssetDirs();
    expect(readdirSync(join(dist, 'liveness-kit', 'models')).sort()).toEqual([
      'blazeface-front.bin',
      'blazeface-front.json',
    ]);
    expect(readdirSync(join(dist, 'liveness-kit', 'wasm')).sort()).toEqual([
      'tfjs-backend-wasm-simd.wasm',
      'tfjs-backend-wasm-threaded-simd.wasm',
      'tfjs-backend-wasm.wasm',
    ]);
    expect(
      readFileSync(join(dist, 'liveness-kit', 'models', 'blazeface-front.bin')).equals(
        readFileSync(join(frontModelDir, 'blazeface-front.bin')),
      ),
    ).toBe(true);
  });

  it('copies the back model instead when asked, and the face mesh with pose, at custom paths', async () => {
    const dist = await buildApp({
      pose: true,
      model: 'back',
      modelsPath: '/static/face/',
      wasmPath: '/static/tfjs/',
    });
    expect(readdirSync(join(dist, 'static', 'face')).sort()).toEqual([
      'blazeface.bin',
      'blazeface.json',
      'facemesh.bin',
      'facemesh.json',
    ]);
    expect(readdirSync(join(dist, 'static', 'tfjs'))).toHaveLength(3);
  });
});

describe('livenessKit() beside a dev proxy whose prefix is a prefix of /liveness-kit/', () => {
  // Vite matches proxy keys as string prefixes: `/liveness` also matches `/liveness-kit/…`. The
  // plugin answers first, in the dev server and in `vite preview`; the proxy target is a closed port.
  const proxy = { '/liveness': 'http://127.0.0.1:9' };
  const roots: string[] = [];
  afterAll(() => {
    for (const dir of roots) rmSync(dir, { recursive: true, force: true });
  });

  it('the dev server and vite preview still serve the models and wasm, and proxy the rest', async () => {
    const root = makeApp();
    roots.push(root);
    const common = {
      root,
      configFile: false as const,
      logLevel: 'silent' as const,
      plugins: [livenessKit()],
    };
    const dev = await createServer({
      ...common,
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null, proxy },
    });
    await dev.listen();
    await build({ ...common, build: { outDir: join(root, 'dist') } });
    const previewed = await preview({
      ...common,
      build: { outDir: join(root, 'dist') },
      preview: { port: 0, host: '127.0.0.1', proxy },
    });
    try {
      for (const origin of [dev.resolvedUrls!.local[0]!, previewed.resolvedUrls!.local[0]!]) {
        const model = await fetch(new URL('liveness-kit/models/blazeface-front.json', origin));
        expect(model.status).toBe(200);
        expect(((await model.json()) as { format?: string }).format).toBe('graph-model');
        const wasm = await fetch(new URL('liveness-kit/wasm/tfjs-backend-wasm.wasm', origin));
        expect(wasm.headers.get('content-type')).toBe('application/wasm');
        // The proxy still has the rest of its prefix: its dead target answers with an error.
        const proxied = await fetch(new URL('liveness/v3/passive-liveness/', origin), { method: 'POST' });
        expect(proxied.status).toBeGreaterThanOrEqual(500);
      }
    } finally {
      await dev.close();
      await new Promise<void>((resolve) => previewed.httpServer.close(() => resolve()));
    }
  });
});
