import {
  assessReferencePhoto,
  encodeJpeg,
  isLivenessError,
  toLivenessError,
  type FaceDetector,
  type ReferenceProblem,
  type ReferenceThresholds,
} from '@liveness-kit/core';
import { detectInFrame } from '../guidance/detect-in-frame.js';
import type { FrameGrabber } from '../guidance/frame-grabber.js';
import type { ReferencePhoto } from '../store/capture-state.js';
import { MAX_PHOTO_SIDE } from './check-photo.js';
import { decodePhoto } from './decode-photo.js';

const unusable = (problem: ReferenceProblem, faceCount = 0): ReferencePhoto => ({
  status: 'unusable',
  problem,
  faceCount,
  faceBox: null,
  width: 0,
  height: 0,
  image: null,
});

/**
 * Checks a reference photo (the portrait on an ID document) before it is sent: decoded upright
 * (EXIF orientation applied), scaled to at most {@link MAX_PHOTO_SIDE}, faces found, and core's
 * `assessReferencePhoto` on the largest one. A usable photo is re-encoded to JPEG (which drops its
 * EXIF and any other metadata): that is what the face match sends. A file that is not an image is
 * `UNSUPPORTED_TYPE` and one that cannot be decoded `UNREADABLE` (never thrown); a detector
 * failure is thrown, for the engine's model-error state.
 */
export async function checkReferencePhoto(
  file: Blob,
  detector: FaceDetector,
  grabber: FrameGrabber,
  thresholds?: Partial<ReferenceThresholds>,
): Promise<ReferencePhoto> {
  let photo;
  try {
    photo = await decodePhoto(file);
  } catch (error) {
    const code = isLivenessError(error) ? error.code : 'INVALID_IMAGE';
    return unusable(code === 'UNSUPPORTED_MEDIA_TYPE' ? 'UNSUPPORTED_TYPE' : 'UNREADABLE');
  }
  try {
    const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(photo.width, photo.height));
    const grabbed = grabber.grab(
      photo.source,
      Math.round(photo.width * scale),
      Math.round(photo.height * scale),
    );
    if (!grabbed) return unusable('UNREADABLE');
    const faces = await detectInFrame(detector, photo.source, photo.width, grabbed);
    const { width } = grabbed.fullSize;
    const assessment = assessReferencePhoto(grabbed.pixels, faces, { imageWidth: width, thresholds });
    if (assessment.problem) return unusable(assessment.problem, assessment.faceCount);
    const encoded = await encodeJpeg(grabbed.full);
    // The face in the pixels of the JPEG that is sent (the encoder may shrink it to fit 5 MB).
    const toSent = encoded.width / grabbed.pixels.width;
    const box = assessment.face!.box;
    return {
      status: 'ready',
      problem: null,
      faceCount: assessment.faceCount,
      faceBox: {
        x: box.x * toSent,
        y: box.y * toSent,
        width: box.width * toSent,
        height: box.height * toSent,
      },
      width: encoded.width,
      height: encoded.height,
      image: encoded.blob,
    };
  } catch (error) {
    throw toLivenessError(error, 'MODEL_LOAD_FAILED');
  } finally {
    photo.close();
  }
}
