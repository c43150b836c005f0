import { defineConfig } from 'tsdown';

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
});
