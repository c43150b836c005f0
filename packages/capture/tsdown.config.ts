import { defineConfig } from 'tsdown';

/**
 * In the sources the worker is `./human-worker.ts` (what Vite resolves inside the workspace); in
 * `dist` it is the `human-worker.js` entry beside `index.js`.
 */
const workerUrlToDist = {
  name: 'liveness-kit:worker-url',
  transform(code: string, id: string) {
    if (!id.endsWith('worker-backend.ts')) return null;
    return code.replace(
      "new URL('./human-worker.ts', import.meta.url)",
      "new URL('./human-worker.js', import.meta.url)",
    );
  },
};

export default defineConfig([
  {
    // Browser code: the component, the detector and its worker.
    entry: {
      index: 'src/index.ts',
      'human-worker': 'src/detector/human-worker.ts',
      // What `#human-engine` (package.json `imports`) points at: Human in a browser, a stub on a server.
      'human-engine': 'src/detector/human-engine.ts',
      'human-engine.server': 'src/detector/human-engine.server.ts',
      // <liveness-capture>: `./element` (no side effect) and `./element/define` (defines it).
      element: 'src/element/index.ts',
      'element-define': 'src/element/define.ts',
    },
    format: 'esm',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    plugins: [workerUrlToDist],
    // Resolved by the app's bundler with its own conditions (the `node` one picks the server stub),
    // so that Human and tfjs stay out of server bundles: never inlined here.
    deps: { neverBundle: ['#human-engine'] },
  },
  {
    // The Vite plugin runs in Node.
    entry: { vite: 'src/vite/index.ts' },
    format: 'esm',
    platform: 'node',
    // `.js`, as the package's exports say (the package is `type: module`).
    fixedExtension: false,
    dts: true,
    sourcemap: true,
    clean: false,
  },
]);
