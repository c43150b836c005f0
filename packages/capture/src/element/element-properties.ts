import type { CreateLivenessCaptureOptions } from '../engine/engine-types.js';

/**
 * The options `<liveness-capture>` takes only as properties (objects, functions, detectors, the
 * reference photo). `faceMatch` (true, false or its options object) replaces what the
 * `face-match*` attributes say; setting it to `undefined` goes back to them.
 */
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
  'referenceImage',
  'faceMatch',
] as const satisfies ReadonlyArray<keyof CreateLivenessCaptureOptions>;

export type PropertyOption = (typeof PROPERTY_OPTIONS)[number];
export type PropertyOptions = Pick<CreateLivenessCaptureOptions, PropertyOption>;
