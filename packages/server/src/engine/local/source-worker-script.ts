import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerScript } from './worker-script.js';

/**
 * The worker from the TypeScript sources (tests, `tsx`): it first registers tsx's loader (Node 20
 * does not pass `--import` on to workers) and resolves workspace packages to their sources, as the
 * tests do. Never in `dist`: the build replaces the check that calls it with `false`.
 */
export function sourceWorkerScript(here: string): WorkerScript {
  const require = createRequire(here);
  const tsxApi = pathToFileURL(
    join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./local-engine-worker.ts', here).href;
  return {
    source: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    options: { eval: true, execArgv: ['--conditions=@liveness-kit/source'] },
  };
}
