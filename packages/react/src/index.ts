// @liveness-kit/react: thin React bindings over @liveness-kit/core.

export { OvalGuide, type OvalGuideProps } from './parts/oval-guide.js';

// Component: the styled default, its headless parts, hooks, store and text
export {
  LivenessCapture,
  type LivenessCaptureProps,
  type LivenessCaptureComponents,
} from './liveness-capture.js';
export { Root, type RootProps } from './parts/root.js';
export { Intro } from './parts/intro.js';
export { StartButton } from './parts/start-button.js';
export { Camera, type CameraProps } from './parts/camera.js';
export { Overlay, type OverlayProps } from './parts/overlay.js';
export { Hint, type HintProps } from './parts/hint.js';
export { CaptureButton } from './parts/capture-button.js';
export { CameraSelect, type CameraSelectProps } from './parts/camera-select.js';
export { Progress, type ProgressProps } from './parts/progress.js';
export { CancelButton } from './parts/cancel-button.js';
export { Result } from './parts/result.js';
export { RetakeButton } from './parts/retake-button.js';
export { ErrorView } from './parts/error-view.js';
export { RetryButton } from './parts/retry-button.js';
export { UploadInput, type UploadInputProps } from './parts/upload-input.js';
export { PhotoNotice, type PhotoNoticeProps } from './parts/photo-notice.js';
export type { PartProps } from './parts/part-props.js';
export type { LivenessClassNames, PartName } from './parts/part-names.js';
export { useLivenessCapture, useLivenessActions, useLivenessText } from './context/use-liveness-capture.js';
export type { CaptureActions, PhotoUploadMode } from './context/capture-context.js';
export {
  createCaptureStore,
  type CaptureStore,
  type CaptureStoreState,
  type CaptureSnapshot,
  type CaptureTransitions,
  type CaptureRefusal,
  type UploadProgress,
} from './store/create-capture-store.js';
export {
  CAPTURE_STATES,
  type CaptureState,
  type CaptureSource,
  type ModelStatus,
  type CameraDevice,
} from './store/capture-state.js';
export type { LivenessCaptureOptions, CaptureTiming } from './controller/capture-options.js';
export type { RetryOptions } from './upload/retry-policy.js';
export type { SubmitFunction, SubmitRequest } from './upload/submit-types.js';
export { LIVENESS_MUTATION_KEY } from './upload/use-liveness-upload.js';
export { CAMERA_STORAGE_KEY } from './camera/remembered-camera.js';
export { LOCALE_CODES, resolveLocale, localeDirection, type LocaleCode } from './i18n/locale-codes.js';
export { loadLocale } from './i18n/load-locale.js';
export type { LivenessText, LivenessTextKey, DisplayText, Translate } from './i18n/text-table.js';
export type { UiTextKey } from './i18n/ui-text-en.js';

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
