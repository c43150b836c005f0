// @liveness-kit/react: thin React bindings and views over the framework-free engine, @liveness-kit/capture.

// The component, styled, with its headless parts attached (`LivenessCapture.Root`, `.Camera`, …)
export {
  LivenessCapture,
  type LivenessCaptureProps,
  type LivenessCaptureComponents,
} from './liveness-capture.js';
// Every part only as `LivenessCapture.<Part>`; their prop types with a `Liveness` prefix
export type { RootProps as LivenessCaptureRootProps } from './parts/root.js';
export type { IntroProps as LivenessIntroProps } from './parts/intro.js';
export type { StartButtonProps as LivenessStartButtonProps } from './parts/start-button.js';
export type { CameraProps as LivenessCameraProps } from './parts/camera.js';
export type { OverlayProps as LivenessOverlayProps } from './parts/overlay.js';
export type { HintProps as LivenessHintProps } from './parts/hint.js';
export type { CaptureButtonProps as LivenessCaptureButtonProps } from './parts/capture-button.js';
export type { CameraSelectProps as LivenessCameraSelectProps } from './parts/camera-select.js';
export type { ProgressProps as LivenessProgressProps } from './parts/progress.js';
export type { CancelButtonProps as LivenessCancelButtonProps } from './parts/cancel-button.js';
export type { ResultProps as LivenessResultProps } from './parts/result.js';
export type { RetakeButtonProps as LivenessRetakeButtonProps } from './parts/retake-button.js';
export type { ErrorViewProps as LivenessErrorViewProps } from './parts/error-view.js';
export type { RetryButtonProps as LivenessRetryButtonProps } from './parts/retry-button.js';
export type { UploadInputProps as LivenessUploadInputProps } from './parts/upload-input.js';
export type { PhotoNoticeProps as LivenessPhotoNoticeProps } from './parts/photo-notice.js';
export type { ReferencePhotoProps as LivenessReferencePhotoProps } from './parts/reference-photo.js';
export type { RetakeReferenceButtonProps as LivenessRetakeReferenceButtonProps } from './parts/retake-reference-button.js';
export type { StepLabelProps as LivenessStepLabelProps } from './parts/step-label.js';
export type { PartProps as LivenessPartProps } from './parts/part-props.js';
export type { LivenessClassNames, PartName as LivenessPartName } from './parts/part-names.js';
// The oval alone (it needs no Root), for layouts of your own
export {
  OvalGuide as LivenessOvalGuide,
  type OvalGuideProps as LivenessOvalGuideProps,
} from './parts/oval-guide.js';

// Hooks
export {
  useLivenessCapture,
  useLivenessActions,
  useLivenessText,
  useCaptureSelector,
} from './context/use-liveness-capture.js';
export type { CaptureActions as LivenessCaptureActions } from './context/capture-context.js';

// The engine and its types, re-exported for React users (generic names get a `Liveness` prefix)
export {
  createLivenessCapture,
  CAPTURE_STATES,
  CAPTURE_STEPS,
  LIVENESS_MUTATION_KEY,
  FACE_MATCH_MUTATION_KEY,
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
  faceMatchEndpoint,
  type LivenessCaptureEngine,
  type CaptureOptions as LivenessCaptureOptions,
  type CaptureTiming,
  type CaptureSnapshot,
  type CaptureState,
  type CaptureStep,
  type CaptureSource,
  type ReferencePhoto as LivenessReferencePhoto,
  type FaceMatchCaptureOptions,
  type CaptureRefusal,
  type UploadProgress as LivenessUploadProgress,
  type ModelStatus as LivenessModelStatus,
  type CameraDevice as LivenessCameraDevice,
  type PhotoUploadMode,
  type RetryOptions as LivenessRetryOptions,
  type SubmitFunction as LivenessSubmitFunction,
  type SubmitRequest as LivenessSubmitRequest,
  type SubmitFaceMatchFunction,
  type SubmitFaceMatchRequest,
  type LocaleCode,
  type LivenessText,
  type LivenessTextKey,
  type DisplayText as LivenessDisplayText,
  type Translate as LivenessTranslate,
  type UiTextKey,
  type HumanFaceDetector,
  type FaceDetectorStats,
  type HumanFaceDetectorOptions,
  type DetectorThread,
  type EngineInfo as DetectorEngineInfo,
  type NativeFaceDetectorOptions,
} from '@liveness-kit/capture';
