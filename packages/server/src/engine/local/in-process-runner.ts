import { analyseImage, type ImageAnalysis } from './analyse-image.js';
import type {
  AnalyserSettings,
  AnalysisJob,
  AnalysisRunner,
  AnalysisRunnerStats,
} from './analysis-runner.js';
import { sharedFaceModels, threadModelStats } from './shared-analyser.js';
import { raceAbort, SlotQueue } from './slot-queue.js';

/**
 * Analyses in the calling thread, one at a time, with the thread's shared Human instance: its
 * models load once per thread (on `ready()` or the first analysis) and stay loaded until the
 * process exits, even after `close()`. Concurrent requests wait in line.
 */
export function createInProcessRunner(settings: AnalyserSettings): AnalysisRunner {
  let analyses = 0;
  const queue = new SlotQueue<'analyser'>(['analyser']);

  return {
    async ready() {
      await sharedFaceModels(settings);
    },
    async analyse(job: AnalysisJob, signal?: AbortSignal): Promise<ImageAnalysis> {
      const slot = await queue.acquire(signal);
      const running = sharedFaceModels(settings)
        .then((models) => analyseImage(models, job.bytes, job.options))
        .finally(() => {
          analyses++;
          queue.release(slot);
        });
      return raceAbort(running, signal);
    },
    stats(): AnalysisRunnerStats {
      return { ...threadModelStats(), analyses, queued: queue.waiting };
    },
    async close() {
      queue.close();
    },
  };
}
