#!/usr/bin/env node
// The `liveness-kit` command. Published packages run the built `dist/cli.js`; inside the
// repository (sources present, no build) it runs the TypeScript sources through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const source = here('../src/cli/main.ts');
const built = here('../dist/cli.js');

if (existsSync(source) && !process.env.LIVENESS_KIT_USE_DIST) {
  let tsx;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    tsx = undefined;
  }
  if (tsx) {
    const result = spawnSync(
      process.execPath,
      ['--conditions=@liveness-kit/source', '--import', 'tsx', source, ...process.argv.slice(2)],
      { stdio: 'inherit' },
    );
    process.exit(result.status ?? 1);
  }
}
if (!existsSync(built)) {
  console.error('liveness-kit: the package is not built (run "pnpm build") and tsx is not installed.');
  process.exit(1);
}
await import(built);
