import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { LivenessError } from '@liveness-kit/core';
import { sourceWorkerScript } from './source-worker-script.js';

export interface WorkerScript {
  /** What `new Worker()` takes: a file URL, or code when `options.eval` is set. */
  source: URL | string;
  options: Pick<WorkerOptions, 'eval' | 'execArgv'>;
}

/**
 * The worker thread's entry. From the built package it is `local-engine-worker.js` (or `.mjs`)
 * beside the bundle: the build must have it as an entry. From the TypeScript sources it is the `.ts`
 * file through tsx (`sourceWorkerScript`); the build (tsdown.config.ts) replaces `FROM_SOURCES`'s
 * value with `false`, so `dist` has no path to the sources or to tsx for a bundler to follow.
 */
export function localEngineWorkerScript(): WorkerScript {
  const here = import.meta.url;
  const FROM_SOURCES = here.endsWith('.ts');
  if (FROM_SOURCES) return sourceWorkerScript(here);
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
