import type { AnalyserSettings } from './analysis-runner.js';
import { loadPadModel, type FaceModels } from './face-models.js';
import { modelsReadFromDisk } from './file-model-router.js';
import { HumanAnalyser } from './human-analyser.js';
import type { MiniFasNet } from './minifasnet.js';

const analysers = new Map<string, Promise<HumanAnalyser>>();
const padModels = new Map<string, Promise<MiniFasNet>>();
let loads = 0;

/**
 * The Human analyser of this thread for these settings, loaded on first use and kept for the
 * thread's life (Human's models are per-thread singletons: see {@link HumanAnalyser}). Every
 * in-process engine of the thread shares it; a failed load is forgotten so a later call tries again.
 */
export function sharedAnalyser(settings: AnalyserSettings): Promise<HumanAnalyser> {
  const key = JSON.stringify([
    settings.modelDir,
    settings.wasmDir,
    settings.minFaceConfidence,
    settings.maxFaces,
  ]);
  return once(analysers, key, () =>
    HumanAnalyser.load(settings).then((loaded) => {
      loads++;
      return loaded;
    }),
  );
}

/** {@link sharedAnalyser} and this thread's MiniFASNet for these settings, loaded once each. */
export async function sharedFaceModels(settings: AnalyserSettings): Promise<FaceModels> {
  const padKey = JSON.stringify([settings.padModelDir, settings.ortWasmDir]);
  const [human, pad] = await Promise.all([
    sharedAnalyser(settings),
    once(padModels, padKey, () => loadPadModel(settings)),
  ]);
  return { human, pad };
}

function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, loading);
  }
  return loading;
}

/** Model loads in this thread: Human instances loaded, and model files read from disk. */
export function threadModelStats(): { modelLoads: number; modelsRead: number } {
  return { modelLoads: loads, modelsRead: modelsReadFromDisk() };
}
