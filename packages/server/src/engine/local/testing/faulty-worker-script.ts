import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerScript } from '../worker-script.js';

/**
 * The real local-engine worker from the sources (as `sourceWorkerScript`), with
 * `fault-injection.ts` loaded before it, so a test can make a real worker exit, crash or hang
 * mid-analysis.
 */
export function faultyWorkerScript(): WorkerScript {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(
    join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('../local-engine-worker.ts', import.meta.url).href;
  const faults = new URL('./fault-injection.ts', import.meta.url).href;
  return {
    source:
      `import(${JSON.stringify(tsxApi)}).then(async (tsx) => { tsx.register(); ` +
      `await import(${JSON.stringify(faults)}); await import(${JSON.stringify(entry)}); });`,
    options: { eval: true, execArgv: ['--conditions=@liveness-kit/source'] },
  };
}
