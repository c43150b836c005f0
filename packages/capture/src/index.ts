// @liveness-kit/capture: the framework-free liveness capture engine (browser). React binds it in
// @liveness-kit/react; <liveness-capture> wraps it for every other framework.

// Face detection
export {
  createHumanFaceDetector,
  supportsWorkerDetection,
  type HumanFaceDetector,
  type FaceDetectorStats,
} from './detector/human-face-detector.js';
export { DETECTOR_DEFAULTS, type HumanFaceDetectorOptions, type DetectorThread } from './detector/detector-options.js';
export type { EngineInfo } from './detector/human-engine.js';
export {
  createNativeFaceDetector,
  isNativeFaceDetectorSupported,
  type NativeFaceDetectorOptions,
} from './detector/native-face-detector.js';
export { DEFAULT_MODEL_BASE_PATH, DEFAULT_WASM_PATH } from './detector/asset-paths.js';
