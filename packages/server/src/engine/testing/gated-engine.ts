import type { EngineRequest, FaceMatchEngineRequest, LivenessEngine } from '../engine.js';

/**
 * For queue tests: a real engine whose calls are counted and held until `open()`, so a test can
 * fill a queue without relying on how long anything takes.
 */
export interface GatedEngine extends LivenessEngine {
  /** Calls that reached this engine (checks and face matches). */
  readonly calls: number;
  /** Lets every held call, and every later one, through to the real engine. */
  open(): void;
}

export function gateEngine(engine: LivenessEngine): GatedEngine {
  let calls = 0;
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const through =
    <R>(call: (request: R, signal?: AbortSignal) => Promise<unknown>) =>
    async (request: R, signal?: AbortSignal) => {
      calls++;
      await gate;
      return call(request, signal);
    };
  return {
    name: engine.name,
    get calls() {
      return calls;
    },
    open: () => open(),
    check: through<EngineRequest>((r, s) => engine.check(r, s)),
    faceMatch: through<FaceMatchEngineRequest>((r, s) => engine.faceMatch(r, s)),
    close: () => engine.close(),
  };
}

/** Resolves once `condition()` holds, checking every 5 ms; rejects after `limitMs`. */
export async function until(condition: () => boolean, limitMs = 20_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
