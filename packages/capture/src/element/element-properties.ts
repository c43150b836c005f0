import type { CreateLivenessCaptureOptions } from '../engine/engine-types.js';

/** The options `<liveness-capture>` takes only as properties (objects, functions, detectors). */
export const PROPERTY_OPTIONS = [
  'metadata',
  'headers',
  'submit',
  'detector',
  'detectorOptions',
  'frameThresholds',
  'stability',
  'oval',
  'timing',
  'timeoutMs',
  'retry',
  'displayText',
  'preloadDetector',
  'queryClient',
] as const satisfies ReadonlyArray<keyof CreateLivenessCaptureOptions>;

export type PropertyOption = (typeof PROPERTY_OPTIONS)[number];
export type PropertyOptions = Pick<CreateLivenessCaptureOptions, PropertyOption>;
