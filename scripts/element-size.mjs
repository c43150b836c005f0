// Size of <liveness-capture> (@liveness-kit/capture/element) from the workspace sources, minified by
// Vite/Rollup and gzipped (-9), what a page loads up front (lazy chunks: the detector, locales, apart):
// the element's view alone, with the engine and core, with every dependency; and the alternative,
// the React view in a shadow root (react + react-dom + @liveness-kit/react with its dependencies).
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementDir = join(root, 'packages/capture/src/element/');
const gz = (code) => gzipSync(code, { level: 9 }).length / 1024;
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

async function measure(entry, external, cwd = root) {
  const result = await build({
    root: cwd,
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@liveness-kit/source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rollupOptions: { external },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name) || !chunks.has(name)) return;
    upFront.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  const kb = [...upFront].reduce((s, n) => s + gz(chunks.get(n).code), 0);
  const lazyKb = [...chunks.values()]
    .filter((c) => !upFront.has(c.fileName))
    .reduce((s, c) => s + gz(c.code), 0);
  return { kb, lazyKb };
}

const entry = join(elementDir, 'index.ts');
const outside = (dir) => (id, _importer, resolved) =>
  isBare(id) || (resolved && id.startsWith('/') && !id.startsWith(dir));
const view = await measure(entry, outside(elementDir));
const withEngine = await measure(
  entry,
  (id, _i, resolved) =>
    (isBare(id) && !id.startsWith('@liveness-kit/')) || (resolved && id.includes('/node_modules/')),
);
const all = await measure(entry, () => false);

const tmp = mkdtempSync(join(tmpdir(), 'lk-size-'));
let react = null;
try {
  const wrapper = join(root, 'packages/react/.element-size-entry.tsx');
  writeFileSync(
    wrapper,
    `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { LivenessCapture } from '@liveness-kit/react';
export class ReactLivenessCapture extends HTMLElement {
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    createRoot(shadow).render(createElement(LivenessCapture, { endpoint: this.getAttribute('endpoint') ?? undefined }));
  }
}`,
  );
  try {
    react = await measure(wrapper, () => false, join(root, 'packages/react'));
  } finally {
    rmSync(wrapper, { force: true });
  }
} catch (error) {
  console.error(`React view not measured: ${error.message}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const row = (label, r) =>
  console.log(`  ${label.padEnd(62)} ${r.kb.toFixed(1)} kB gz (lazy chunks ${r.lazyKb.toFixed(1)} kB)`);
console.log('<liveness-capture> up front (minified, gzip -9):');
row('element view only (engine, core and dependencies excluded)', view);
row('element + engine + core (dependencies excluded)', withEngine);
row('element + engine + core + dependencies (zustand, query-core, zod)', all);
if (react) row('alternative: React view in a shadow root (react, react-dom, deps)', react);
if (react) console.log(`  the element is ${(react.kb / all.kb).toFixed(1)}x smaller up front`);
