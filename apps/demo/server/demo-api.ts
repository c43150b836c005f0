import type { IncomingMessage, ServerResponse } from 'node:http';
import * as serverPackage from '@liveness-kit/server';
import type { LivenessEngine } from '@liveness-kit/server';

/** Where the demo's API lives on the page's own origin. */
export const DEMO_API_BASE = '/api';

/** What the demo takes from `@liveness-kit/server` (another checkout's copy can stand in, e.g. a benchmark's baseline). */
export type DemoServerPackage = Pick<
  typeof serverPackage,
  'createEngine' | 'createLivenessApp' | 'SqliteFaceStore' | 'toNodeListener'
>;

export interface DemoApiOptions {
  /** Force an engine; default Didit when DIDIT_API_KEY is set, else local. */
  engine?: 'local' | 'didit';
  env?: Record<string, string | undefined>;
  /** The server package to run the API with (default: this workspace's). */
  server?: DemoServerPackage;
}

export interface DemoApi {
  engine: LivenessEngine;
  /** Said when the engine was chosen from the environment. */
  notice?: string;
  /** Whether a request's URL is the API's (under {@link DEMO_API_BASE}). */
  handles(url: string | undefined): boolean;
  /** Answers an API request. */
  listener(req: IncomingMessage, res: ServerResponse): void;
  close(): Promise<void>;
}

/** The liveness API the demo page calls: local engine by default, Didit when `DIDIT_API_KEY` is set. */
export function createDemoApi(options: DemoApiOptions = {}): DemoApi {
  const server = options.server ?? serverPackage;
  const store = new server.SqliteFaceStore();
  const { engine, notice } = server.createEngine({
    choice: options.engine,
    env: options.env ?? process.env,
    store,
  });
  const listener = server.toNodeListener(server.createLivenessApp({ engine, basePath: DEMO_API_BASE }));
  return {
    engine,
    ...(notice && { notice }),
    handles: (url) => url === DEMO_API_BASE || (url?.startsWith(`${DEMO_API_BASE}/`) ?? false),
    listener,
    async close() {
      await engine.close();
      store.close();
    },
  };
}
