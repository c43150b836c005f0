// Entry of a local-engine worker thread: one Human instance and MiniFASNet, models loaded once, one analysis at a
// time. Started by `worker-pool.ts`; takes its `AnalyserSettings` as `workerData`.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toLivenessError } from '@liveness-kit/core';
import { analyseImage } from './analyse-image.js';
import type { AnalyserSettings } from './analysis-runner.js';
import { loadFaceModels } from './face-models.js';
import type { AnalyseMessage, WorkerReply } from './worker-messages.js';

if (!isMainThread && parentPort) {
  const port = parentPort;
  const post = (reply: WorkerReply): void => port.postMessage(reply);
  try {
    const models = await loadFaceModels(workerData as AnalyserSettings);
    port.on('message', (message: AnalyseMessage) => {
      if (message.type !== 'analyse') return;
      analyseImage(models, message.bytes, message.options).then(
        (analysis) => post({ type: 'result', id: message.id, analysis }),
        (error: unknown) => post({ type: 'error', id: message.id, error: toLivenessError(error).toJSON() }),
      );
    });
    post({ type: 'ready', loadStats: models.human.loadStats });
  } catch (error) {
    post({ type: 'load-failed', error: toLivenessError(error, 'MODEL_LOAD_FAILED').toJSON() });
  }
}
