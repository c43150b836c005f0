import { useEffect, useState } from 'react';

/** Which engine the demo server answers with (`GET /api/healthz`). */
export type EngineInfo = 'loading' | 'local' | 'didit' | 'unknown';

export const HEALTH_URL = '/api/healthz';

/** Asks the demo server which engine it runs; `unknown` when it does not answer as expected. */
export function useEngineInfo(): EngineInfo {
  const [engine, setEngine] = useState<EngineInfo>('loading');
  useEffect(() => {
    const controller = new AbortController();
    fetch(HEALTH_URL, { signal: controller.signal })
      .then(async (res) => {
        const body = (await res.json()) as { ok?: unknown; engine?: unknown };
        setEngine(res.ok && (body.engine === 'local' || body.engine === 'didit') ? body.engine : 'unknown');
      })
      .catch(() => {
        if (!controller.signal.aborted) setEngine('unknown');
      });
    return () => controller.abort();
  }, []);
  return engine;
}
