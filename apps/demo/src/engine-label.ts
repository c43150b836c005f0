import { t } from './demo-text.js';
import type { EngineInfo } from './use-engine-info.js';

/** Who answers the check: the demo server's engine, or someone else when the endpoint points away. */
export function engineLabel(engine: EngineInfo, endpoint: string): string {
  if (!endpoint.startsWith('/api/')) return t('dev.engine.custom');
  switch (engine) {
    case 'local':
      return t('dev.engine.local');
    case 'didit':
      return t('dev.engine.didit');
    case 'loading':
      return t('dev.engine.loading');
    default:
      return t('dev.engine.unknown');
  }
}
