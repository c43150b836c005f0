/**
 * The steps of `load()`, in order. `loadTimeoutMs` applies to each step on its own, so a slow
 * device starting the code is never charged for a download, and a stalled download is timed from
 * the moment it was requested.
 */
export type LoadStage = 'code' | 'wasm' | 'models' | 'warm-up';

/** What the detector was doing in each step, as the timeout error says it. */
export const LOAD_STAGE_ACTIONS: Readonly<Record<LoadStage, string>> = {
  code: 'while starting the face detection code (worker script or module)',
  wasm: 'while starting the tfjs wasm backend',
  models: 'while downloading the models',
  'warm-up': 'while warming up the models',
};
