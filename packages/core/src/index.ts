// @liveness-kit/core: framework-free, runs in browsers, Web Workers and Node.
// One export block per area; keep each block's lines together.

// Frames
export type { RgbaFrame, Box } from './frame/rgba-frame.js';
export { GUIDANCE_CODES, type GuidanceCode } from './frame/guidance-code.js';
export { REFERENCE_PROBLEMS, type ReferenceProblem } from './frame/reference-problem.js';
export {
  assessReferencePhoto,
  DEFAULT_REFERENCE_THRESHOLDS,
  type ReferenceThresholds,
  type ReferenceAssessment,
  type ReferenceMeasures,
} from './frame/assess-reference.js';

// Frame pre-checks
export { measureLuminance, type LuminanceStats } from './frame/luminance.js';
export { measureSharpness } from './frame/sharpness.js';
export {
  measureExposure,
  judgeExposure,
  exposureRegion,
  type ExposureMeasures,
  type ExposureVerdict,
  type ExposureAssessment,
  type ExposureThresholds,
} from './frame/exposure.js';
export { ANALYSIS_LONG_SIDE } from './frame/grey-image.js';
export {
  assessFraming,
  ovalFromRatios,
  DEFAULT_FRAMING_OVAL,
  type FramingOval,
  type FramingIssue,
  type FramingAssessment,
} from './frame/framing.js';
export {
  ovalForFrame,
  LANDSCAPE_OVAL,
  PORTRAIT_OVAL_WIDTH,
  PORTRAIT_OVAL_ASPECT,
  PORTRAIT_OVAL_MAX_HEIGHT,
  type OvalRatios,
} from './frame/oval-for-frame.js';
export {
  createStabilityTracker,
  DEFAULT_STABILITY_OPTIONS,
  type StabilityOptions,
  type StabilityState,
  type StabilityTracker,
} from './frame/stability.js';
export {
  assessFrame,
  type AssessFrameInput,
  type FrameAssessment,
  type FrameMetrics,
} from './frame/assess-frame.js';
export {
  DEFAULT_FRAME_THRESHOLDS,
  resolveFrameThresholds,
  type FrameThresholds,
} from './frame/frame-thresholds.js';

// Contract: schemas, warning catalogue, result interpretation
export {
  LIVENESS_STATUSES,
  parseLivenessResponse,
  livenessResponseSchema,
  livenessResultSchema,
  livenessWarningSchema,
  livenessEntitySchema,
  livenessUserImageSchema,
  type LivenessResponse,
  type LivenessResult,
  type LivenessStatus,
  type LivenessWarning,
  type LivenessEntity,
  type LivenessUserImage,
} from './contract/liveness-response.js';
export {
  FACE_MATCH_STATUSES,
  parseFaceMatchResponse,
  faceMatchResponseSchema,
  faceMatchResultSchema,
  type FaceMatchResponse,
  type FaceMatchResult,
  type FaceMatchStatus,
} from './contract/face-match-response.js';
export { LIVENESS_PATH, FACE_MATCH_PATH } from './contract/contract-paths.js';
export {
  LIVENESS_FORM_FIELDS,
  MAX_IMAGE_BYTES,
  LIVENESS_THRESHOLD_RANGE,
  MAX_VENDOR_DATA_LENGTH,
  MAX_METADATA_LENGTH,
  livenessRequestOptionsSchema,
  validateRequestOptions,
  checkRequestOptions,
  isLivenessThreshold,
  metadataToText,
  type LivenessRequestOptions,
  type SharedRequestOptions,
  type RequestOptionsCheck,
} from './contract/request-options.js';
export {
  FACE_MATCH_FORM_FIELDS,
  DEFAULT_FACE_MATCH_THRESHOLD,
  FACE_MATCH_THRESHOLD_RANGE,
  faceMatchRequestOptionsSchema,
  validateFaceMatchRequestOptions,
  checkFaceMatchRequestOptions,
  isFaceMatchThreshold,
  type FaceMatchRequestOptions,
} from './contract/face-match-request-options.js';
export { optionsFromFormText, parseThresholdText, type LivenessFormText } from './contract/form-text.js';
export { describeIssues, issueMessage } from './contract/describe-issues.js';
export {
  WARNING_TAGS,
  FACE_MATCH_WARNING_TAGS,
  WARNING_LOG_TYPES,
  isKnownWarningTag,
  isKnownLivenessWarningTag,
  isKnownFaceMatchWarningTag,
  type WarningTag,
  type LivenessWarningTag,
  type FaceMatchWarningTag,
  type WarningLogType,
} from './contract/warning-tags.js';
export {
  WARNING_CATALOGUE,
  UNKNOWN_WARNING_ENTRY,
  describeWarningTag,
  createWarning,
  logTypeForSeverity,
  severityForLogType,
  type WarningCatalogueEntry,
  type WarningSeverity,
  type WarningKind,
  type CreateWarningOptions,
} from './contract/warning-catalogue.js';
export {
  interpretResult,
  type LivenessInterpretation,
  type LivenessPrompt,
} from './contract/interpret-result.js';
export {
  interpretFaceMatch,
  type FaceMatchInterpretation,
  type FaceMatchRetake,
} from './contract/interpret-face-match.js';
export {
  combineVerification,
  outcomeTextKeys,
  VERIFICATION_OUTCOMES,
  type VerificationOutcome,
  type VerificationResult,
  type VerificationRetake,
} from './contract/verification-outcome.js';

// Errors
export {
  LIVENESS_ERROR_CODES,
  RETRYABLE_ERROR_CODES,
  isLivenessErrorCode,
  errorCodeForStatus,
  type LivenessErrorCode,
} from './errors/error-codes.js';
export {
  LivenessError,
  isLivenessError,
  toLivenessError,
  type LivenessErrorOptions,
  type SerializedLivenessError,
} from './errors/liveness-error.js';
export {
  errorFromResponse,
  parseRetryAfter,
  describeErrorBody,
  type ErrorFromResponseOptions,
} from './errors/error-from-response.js';
export { toCameraError, insecureContextError } from './errors/camera-error.js';
export { MODEL_LOAD_REASONS, isModelLoadReason, type ModelLoadReason } from './errors/model-load-reason.js';
export {
  UPSTREAM_PROBLEM_CODES,
  OPERATOR_ERROR_CODES,
  operatorErrorCode,
  retriedUpstream,
  type UpstreamProblemCode,
  type OperatorErrorCode,
} from './errors/upstream-codes.js';

// Text
export { en, type CoreText, type CoreTextKey } from './text/en.js';
export { formatText, type TextValues } from './text/format-text.js';
export { textArguments, type TextArgument } from './text/parse-text.js';
export { hintTextKey, statusTextKey, errorTextKeys, errorActionText, errorText } from './text/text-keys.js';

// Upload client
export {
  submitLiveness,
  DEFAULT_SUBMIT_TIMEOUT_MS,
  type SubmitLivenessOptions,
} from './upload/submit-liveness.js';
export { prepareImage, type PreparedImage } from './upload/prepare-image.js';
export { buildLivenessFormData } from './upload/build-form-data.js';
export { submitFaceMatch, type SubmitFaceMatchOptions } from './upload/submit-face-match.js';
export { buildFaceMatchFormData } from './upload/build-face-match-form-data.js';

// Face detection
export type { FaceDetector, DetectedFace, DetectorInput, HeadPose } from './detection/face-detector.js';
export {
  filterFaces,
  createConsecutiveFaceFilter,
  type FaceFilterOptions,
  type ConsecutiveFaceFilter,
} from './detection/face-filter.js';
export {
  estimateHeadPose,
  isHeadTurned,
  headPoseFeatures,
  BLAZEFACE_KEYPOINTS,
  MESH_KEYPOINTS,
  KEYPOINT_POSE_CALIBRATION,
  MESH_POSE_CALIBRATION,
  type HeadPoseFeatures,
  type HeadPoseLimits,
  type HeadPoseCalibration,
} from './detection/head-pose.js';

// Image encoding and type sniffing
export { sniffImageType, type ImageType } from './image/sniff-image-type.js';
export {
  encodeJpeg,
  DEFAULT_TARGET_BYTES,
  DEFAULT_QUALITY_STEPS,
  DEFAULT_SCALE_STEPS,
  type EncodeJpegOptions,
  type EncodedJpeg,
} from './image/encode-jpeg.js';
export {
  canvasJpegEncoder,
  jsJpegEncoder,
  defaultJpegEncoder,
  type JpegEncoder,
  type JpegEncodeRequest,
} from './image/jpeg-encoders.js';
export type { EncodeSource } from './image/encode-source.js';
