import { createDiditEngine } from './didit/didit-engine.js';
import { createLocalEngine } from './local/create-local-engine.js';
import type { LivenessEngine } from './engine.js';
import type { FaceStore } from './local/face-store.js';

export interface CreateEngineOptions {
  /** Force an engine; default: Didit when `DIDIT_API_KEY` is set, else local. */
  choice?: 'local' | 'didit' | undefined;
  env?: Record<string, string | undefined>;
  /** Where the local engine keeps faces for duplicate and blocklist checks. */
  store?: FaceStore;
}

/**
 * Picks the engine the way the command line and the demo do. `notice` says in words which one
 * answers when that was not asked for explicitly (to print on stderr).
 */
export function createEngine(options: CreateEngineOptions = {}): { engine: LivenessEngine; notice?: string } {
  const env = options.env ?? process.env;
  const apiKey = env.DIDIT_API_KEY?.trim();
  const choice = options.choice ?? (apiKey ? 'didit' : 'local');
  if (choice === 'didit') {
    if (!apiKey) throw new Error('The Didit engine needs DIDIT_API_KEY to be set.');
    return {
      engine: createDiditEngine({ apiKey, ...(env.DIDIT_BASE_URL && { baseUrl: env.DIDIT_BASE_URL }) }),
      ...(!options.choice && { notice: 'using Didit (DIDIT_API_KEY is set).' }),
    };
  }
  return {
    engine: createLocalEngine({ ...(options.store && { store: options.store }) }),
    ...(!options.choice && {
      notice:
        'DIDIT_API_KEY is not set: using the local engine (for development and demos, not a security control).',
    }),
  };
}
