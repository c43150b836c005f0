// @liveness-kit/react: thin React bindings and views over the framework-free engine, @liveness-kit/capture.

// The component, styled, with its headless parts attached (`LivenessCapture.Root`, `.Camera`, …)
export {
  LivenessCapture,
  type LivenessCaptureProps,
  type LivenessCaptureComponents,
} from './liveness-capture.js';
export type { RootProps as LivenessCaptureRootProps } from './parts/root.js';
export type { CameraProps as LivenessCameraProps } from './parts/camera.js';
export type { OverlayProps as LivenessOverlayProps } from './parts/overlay.js';
export type { HintProps as LivenessHintProps } from './parts/hint.js';
export type { CameraSelectProps as LivenessCameraSelectProps } from './parts/camera-select.js';
export type { ProgressProps as LivenessProgressProps } from './parts/progress.js';
export type { UploadInputProps as LivenessUploadInputProps } from './parts/upload-input.js';
export type { PhotoNoticeProps as LivenessPhotoNoticeProps } from './parts/photo-notice.js';
export type { PartProps as LivenessPartProps } from './parts/part-props.js';
export type { LivenessClassNames, PartName as LivenessPartName } from './parts/part-names.js';
export { OvalGuide, type OvalGuideProps } from './parts/oval-guide.js';

// Hooks
export {
  useLivenessCapture,
  useLivenessActions,
  useLivenessText,
  useCaptureSelector,
} from './context/use-liveness-capture.js';
export type { CaptureActions } from './context/capture-context.js';

// The engine and its types, re-exported for React users
export {
  createLivenessCapture,
  CAPTURE_STATES,
  LIVENESS_MUTATION_KEY,
  CAMERA_STORAGE_KEY,
  LOCALE_CODES,
  resolveLocale,
  localeDirection,
  loadLocale,
  createHumanFaceDetector,
  supportsWorkerDetection,
  createNativeFaceDetector,
  isNativeFaceDetectorSupported,
  DETECTOR_DEFAULTS,
  DEFAULT_MODEL_BASE_PATH,
  DEFAULT_WASM_PATH,
  type LivenessCaptureEngine,
  type CaptureOptions as LivenessCaptureOptions,
  type CaptureTiming,
  type CaptureSnapshot,
  type CaptureState,
  type CaptureSource,
  type CaptureRefusal,
  type UploadProgress,
  type ModelStatus,
  type CameraDevice,
  type PhotoUploadMode,
  type RetryOptions,
  type SubmitFunction,
  type SubmitRequest,
  type LocaleCode,
  type LivenessText,
  type LivenessTextKey,
  type DisplayText,
  type Translate,
  type UiTextKey,
  type HumanFaceDetector,
  type FaceDetectorStats,
  type HumanFaceDetectorOptions,
  type DetectorThread,
  type EngineInfo,
  type NativeFaceDetectorOptions,
} from '@liveness-kit/capture';
