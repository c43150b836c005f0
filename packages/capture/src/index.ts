// @liveness-kit/capture: the framework-free liveness capture engine (browser). React binds it in
// @liveness-kit/react; <liveness-capture> wraps it for every other framework.

// The engine
export { createLivenessCapture } from './engine/create-liveness-capture.js';
export type {
  LivenessCaptureEngine,
  CreateLivenessCaptureOptions,
  CaptureEventMap,
  CaptureEventType,
  FocusTarget,
} from './engine/engine-types.js';
export type {
  CaptureOptions,
  CaptureTiming,
  FaceMatchCaptureOptions,
  PhotoUploadMode,
} from './options/capture-options.js';
export {
  DEFAULT_TIMING,
  DEFAULT_OVAL,
  CAPTURE_OPTION_KEYS,
  splitCaptureOptions,
} from './options/capture-options.js';
export { checkCaptureOptions, type ResolvedCaptureOptions } from './options/check-capture-options.js';
export { attachCamera } from './camera/attach-camera.js';
export { cameraConstraints } from './camera/camera-constraints.js';
export { CAMERA_STORAGE_KEY } from './camera/remembered-camera.js';
export {
  isPhone,
  isPortraitScreen,
  watchScreenOrientation,
  PHONE_SCREEN_MAX_SIDE,
} from './camera/screen-geometry.js';
export { createScreenWakeLock, type ScreenWakeLock } from './camera/screen-wake-lock.js';

// State
export {
  CAPTURE_STATES,
  type CaptureState,
  type CaptureSource,
  type ModelStatus,
  type CameraDevice,
  type FrameSize,
  CAPTURE_STEPS,
  type CaptureStep,
  type ReferencePhoto,
} from './store/capture-state.js';
export type { CaptureSnapshot, CaptureRefusal, UploadProgress } from './store/create-capture-store.js';

// Upload
export { LIVENESS_MUTATION_KEY, FACE_MATCH_MUTATION_KEY } from './upload/create-upload.js';
export { faceMatchEndpoint } from './upload/send-face-match.js';
export type { RetryOptions } from './upload/retry-policy.js';
export type {
  SubmitFunction,
  SubmitRequest,
  SubmitFaceMatchFunction,
  SubmitFaceMatchRequest,
} from './upload/submit-types.js';

// Text
export { LOCALE_CODES, resolveLocale, localeDirection, type LocaleCode } from './i18n/locale-codes.js';
export { loadLocale } from './i18n/load-locale.js';
export type { LivenessText, LivenessTextKey, DisplayText, Translate } from './i18n/text-table.js';
export { uiEn, type UiTextKey } from './i18n/ui-text-en.js';
export { en as textEn } from './i18n/locales/en.js';
export { createTranslator, type LocaleText } from './i18n/create-translator.js';
export { loadedLocale } from './i18n/load-locale.js';

// Views
export { describeError } from './view/describe-error.js';

// Face detection
export {
  createHumanFaceDetector,
  supportsWorkerDetection,
  type HumanFaceDetector,
  type FaceDetectorStats,
} from './detector/human-face-detector.js';
export {
  DETECTOR_DEFAULTS,
  type HumanFaceDetectorOptions,
  type DetectorThread,
} from './detector/detector-options.js';
export type { EngineInfo } from './detector/human-engine.js';
export {
  createNativeFaceDetector,
  isNativeFaceDetectorSupported,
  type NativeFaceDetectorOptions,
} from './detector/native-face-detector.js';
export { DEFAULT_MODEL_BASE_PATH, DEFAULT_WASM_PATH } from './detector/asset-paths.js';
