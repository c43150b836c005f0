// @liveness-kit/core: framework-free, runs in browsers, Web Workers and Node.
// One export block per area; keep each block's lines together.

// Frames
export type { RgbaFrame, Box } from './frame/rgba-frame.js';
export { GUIDANCE_CODES, type GuidanceCode } from './frame/guidance-code.js';

// Frame pre-checks

// Contract: schemas, warning catalogue, result interpretation

// Errors

// Text

// Upload client

// Face detection
export type {
  FaceDetector,
  DetectedFace,
  DetectorInput,
  HeadPose,
} from './detection/face-detector.js';

// Image encoding and type sniffing
export { sniffImageType, type ImageType } from './image/sniff-image-type.js';
