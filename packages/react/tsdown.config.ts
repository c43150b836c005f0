import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    // Browser code: the React bindings and views (the engine is @liveness-kit/capture).
    entry: { index: 'src/index.ts' },
    format: 'esm',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    // The component and hooks are client components: Next.js (App Router) may import them from a
    // server component and renders them on the server, then hydrates. Only on the entry (the Vite
    // plugin, `vite.js`, runs in Node); added after bundling, so rolldown never drops the directive.
    banner: ({ fileName }) => (fileName === 'index.js' ? { js: "'use client';" } : undefined),
    // The opt-in stylesheet, exported as `@liveness-kit/react/styles.css`.
    copy: [{ from: 'src/styles/liveness-capture.css', rename: 'styles.css' }],
  },
  {
    // `@liveness-kit/react/vite`: the capture package's Vite plugin, re-exported for existing imports.
    entry: { vite: 'src/vite/index.ts' },
    format: 'esm',
    platform: 'node',
    fixedExtension: false,
    dts: true,
    sourcemap: true,
    clean: false,
  },
]);
