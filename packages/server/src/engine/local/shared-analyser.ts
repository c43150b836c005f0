import type { AnalyserSettings } from './analysis-runner.js';
import { modelsReadFromDisk } from './file-model-router.js';
import { HumanAnalyser } from './human-analyser.js';

const analysers = new Map<string, Promise<HumanAnalyser>>();
let loads = 0;

/**
 * The analyser of this thread for these settings, loaded on first use and kept for the thread's
 * life (Human's models are per-thread singletons: see {@link HumanAnalyser}). Every in-process
 * engine of the thread shares it; a failed load is forgotten so a later call tries again.
 */
export function sharedAnalyser(settings: AnalyserSettings): Promise<HumanAnalyser> {
  const key = JSON.stringify([
    settings.modelDir,
    settings.wasmDir,
    settings.minFaceConfidence,
    settings.maxFaces,
  ]);
  let analyser = analysers.get(key);
  if (!analyser) {
    analyser = HumanAnalyser.load(settings).then(
      (loaded) => {
        loads++;
        return loaded;
      },
      (error: unknown) => {
        analysers.delete(key);
        throw error;
      },
    );
    analysers.set(key, analyser);
  }
  return analyser;
}

/** Model loads in this thread: Human instances loaded, and model files read from disk. */
export function threadModelStats(): { modelLoads: number; modelsRead: number } {
  return { modelLoads: loads, modelsRead: modelsReadFromDisk() };
}
