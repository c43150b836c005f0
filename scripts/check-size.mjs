// Size check of @liveness-kit/react's built JS (run after `pnpm build`): what a page loads up
// front for <LivenessCapture>, gzipped, without peers and without lazily loaded chunks.
// Fails when the component's own JS is over its budget; reports the rest.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 20;
const entry = fileURLToPath(new URL('../packages/react/dist/index.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('check-size: packages/react/dist/index.js is missing: run "pnpm build" first.');
  process.exit(1);
}
const PEERS = ['react', 'react-dom', '@tanstack/react-query'];
const isPeer = (id) => PEERS.some((p) => id === p || id.startsWith(`${p}/`));
const isBare = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);

async function measure(external) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rollupOptions: { external },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const start = output.find((o) => o.type === 'chunk' && o.isEntry);
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name) || !chunks.has(name)) return;
    upFront.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  visit(start.fileName);
  const gz = (code) => gzipSync(code, { level: 9 }).length / 1024;
  const upFrontKb = [...upFront].reduce((sum, name) => sum + gz(chunks.get(name).code), 0);
  const lazy = [...chunks.values()].filter((c) => !upFront.has(c.fileName));
  return { upFrontKb, lazy: lazy.map((c) => ({ name: c.fileName, kb: gz(c.code) })) };
}

const own = await measure((id) => isBare(id));
const withDeps = await measure((id) => isPeer(id));
const detectorKb = withDeps.lazy
  .filter((c) => /human|detector|engine/i.test(c.name))
  .reduce((s, c) => s + c.kb, 0);

const { assetFiles } = await import('../packages/react/dist/vite.js');
const assets = assetFiles({});
const assetKb = (re) =>
  assets.filter((a) => re.test(a.path)).reduce((s, a) => s + statSync(a.path).size / 1024, 0);

const rows = {
  'component JS, up front (own code; deps and peers excluded)': `${own.upFrontKb.toFixed(1)} kB gz (budget ${BUDGET_KB} kB)`,
  'component JS, up front, with its dependencies (peers excluded)': `${withDeps.upFrontKb.toFixed(1)} kB gz`,
  'lazily loaded chunks (detector, locales), with dependencies': `${withDeps.lazy.reduce((s, c) => s + c.kb, 0).toFixed(1)} kB gz in ${withDeps.lazy.length} chunks`,
  '  of which the face detector': `${detectorKb.toFixed(1)} kB gz`,
  'wasm binaries served by the Vite plugin': `${assetKb(/\.wasm$/).toFixed(0)} kB (uncompressed)`,
  'model files served by the Vite plugin': `${assetKb(/\.(json|bin)$/).toFixed(0)} kB (uncompressed)`,
};
console.log('@liveness-kit/react size (minified, gzip -9):');
for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(66)} ${v}`);
if (own.upFrontKb > BUDGET_KB) {
  console.error(
    `check-size: the component's own JS is ${own.upFrontKb.toFixed(1)} kB, over the ${BUDGET_KB} kB budget.`,
  );
  process.exit(1);
}
console.log(`check-size: within budget (${own.upFrontKb.toFixed(1)} kB <= ${BUDGET_KB} kB).`);
