import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { LivenessError } from '@liveness-kit/core';

export interface WorkerScript {
  /** What `new Worker()` takes: a file URL, or code when `options.eval` is set. */
  source: URL | string;
  options: Pick<WorkerOptions, 'eval' | 'execArgv'>;
}

/**
 * The worker thread's entry. From the built package it is `local-engine-worker.js` (or `.mjs`)
 * beside the bundle: the build must have it as an entry. From the TypeScript sources (tests, `tsx`) it is the `.ts` file: the worker first
 * registers tsx's loader (Node 20 does not pass `--import` on to workers) and resolves workspace
 * packages to their sources, as the tests do.
 */
export function localEngineWorkerScript(): WorkerScript {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
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
  // The bundle's own extension (.js or .mjs); the worker inherits this process's Node options.
  const extension = /\.[cm]?js$/.exec(new URL(here).pathname)?.[0] ?? '.js';
  const url = new URL(`./local-engine-worker${extension}`, here);
  if (!existsSync(fileURLToPath(url))) {
    throw new LivenessError('MODEL_LOAD_FAILED', {
      detail: `the local engine's worker file is missing (${fileURLToPath(url)}); use workers: 0`,
    });
  }
  return { source: url, options: {} };
}
