import type { AnalyserSettings } from './analysis-runner.js';
import { HumanAnalyser } from './human-analyser.js';
import { loadMiniFasNet, type MiniFasNet } from './minifasnet.js';

/** The models one analysis uses: Human (BlazeFace, and faceres when asked) and MiniFASNet. */
export interface FaceModels {
  human: HumanAnalyser;
  pad: MiniFasNet;
}

/** Loads both (a worker thread's own copies); rejects with `MODEL_LOAD_FAILED` naming what is missing. */
export async function loadFaceModels(settings: AnalyserSettings): Promise<FaceModels> {
  const [human, pad] = await Promise.all([HumanAnalyser.load(settings), loadPadModel(settings)]);
  return { human, pad };
}

/** MiniFASNet from the settings' folders (or its defaults). */
export function loadPadModel(settings: AnalyserSettings): Promise<MiniFasNet> {
  return loadMiniFasNet({
    ...(settings.padModelDir !== undefined && { modelDir: settings.padModelDir }),
    ...(settings.ortWasmDir !== undefined && { wasmDir: settings.ortWasmDir }),
  });
}
