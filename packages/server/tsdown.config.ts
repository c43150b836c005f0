import { defineConfig } from 'tsdown';

/**
 * `dist` runs only the built worker: the sources' branch (tsx, `./local-engine-worker.ts`) is made
 * dead code, so neither the bundle nor a bundler reading it (Next.js) meets those paths.
 */
const sourceBranchOut = {
  name: 'liveness-kit:no-source-worker',
  transform(code: string, id: string) {
    if (!id.endsWith('/worker-script.ts')) return null;
    const from = "const FROM_SOURCES = here.endsWith('.ts');";
    if (!code.includes(from))
      throw new Error(`worker-script.ts: "${from}" not found; update tsdown.config.ts`);
    return code.replace(from, 'const FROM_SOURCES = false;');
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/main.ts',
    // The local engine's worker threads load this file by path.
    'local-engine-worker': 'src/engine/local/local-engine-worker.ts',
  },
  format: 'esm',
  platform: 'node',
  fixedExtension: false,
  dts: true,
  sourcemap: true,
  clean: true,
  plugins: [sourceBranchOut],
});
