#!/usr/bin/env node
// The `liveness-kit` command. Published packages run the built `dist/cli.js`; inside the
// repository (sources present, tsx installed) it runs the TypeScript sources through tsx.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const source = here('../src/cli/main.ts');
const built = here('../dist/cli.js');

function resolveTsx() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return undefined;
  }
}

const tsx = existsSync(source) && !process.env.LIVENESS_KIT_USE_DIST ? resolveTsx() : undefined;
if (tsx) {
  const child = spawn(
    process.execPath,
    ['--conditions=@liveness-kit/source', '--import', tsx, source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Pass signals on (so `serve` stops cleanly) and leave with the child's exit code.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`liveness-kit: ${error.message}`);
    process.exit(1);
  });
} else if (existsSync(built)) {
  await import(built);
} else {
  console.error('liveness-kit: the package is not built (run "pnpm build") and tsx is not installed.');
  process.exit(1);
}
