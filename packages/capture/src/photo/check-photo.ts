import {
  toLivenessError,
  type FaceDetector,
  type FrameThresholds,
  type FramingOval,
  type GuidanceCode,
} from '@liveness-kit/core';
import { checkPhotoFrame } from '../guidance/frame-check.js';
import { detectInFrame } from '../guidance/detect-in-frame.js';
import type { FrameGrabber } from '../guidance/frame-grabber.js';
import { decodePhoto } from './decode-photo.js';

/** Photos from disk are checked and encoded at most this long (a 12 MP photo gains nothing). */
export const MAX_PHOTO_SIDE = 1920;

/** A photo that passed (drawn upright on `canvas`, ready to encode), or the check it failed. */
export type PhotoCheck = { passed: true; canvas: HTMLCanvasElement } | { passed: false; hint: GuidanceCode };

/**
 * Checks a photo from disk like a camera frame: decoded upright, scaled to at most
 * {@link MAX_PHOTO_SIDE}, run through the detector and the photo pre-checks with the oval
 * `ovalFor` gives for its size (a portrait photo gets a portrait oval). Throws a
 * `LivenessError` for a file that is not an image (`UNSUPPORTED_MEDIA_TYPE`) or cannot be read
 * (`INVALID_IMAGE`).
 */
export async function checkPhoto(
  file: Blob,
  detector: FaceDetector,
  grabber: FrameGrabber,
  ovalFor: (size: { width: number; height: number }) => FramingOval,
  thresholds?: Partial<FrameThresholds>,
): Promise<PhotoCheck> {
  const photo = await decodePhoto(file);
  try {
    const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(photo.width, photo.height));
    const grabbed = grabber.grab(
      photo.source,
      Math.round(photo.width * scale),
      Math.round(photo.height * scale),
    );
    if (!grabbed) throw toLivenessError('the photo has no pixels', 'INVALID_IMAGE');
    const faces = await detectInFrame(detector, photo.source, photo.width, grabbed);
    const oval = ovalFor(grabbed.fullSize);
    const hint = checkPhotoFrame(grabbed.pixels, faces, oval, thresholds, grabbed.full.width);
    return hint === 'READY' ? { passed: true, canvas: grabbed.full } : { passed: false, hint };
  } finally {
    photo.close();
  }
}
