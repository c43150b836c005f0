import {
  assessReferencePhoto,
  DEFAULT_REFERENCE_THRESHOLDS,
  DEFAULT_SCALE_STEPS,
  encodeJpeg,
  isLivenessError,
  LivenessError,
  type Box,
  type FaceDetector,
  type ReferenceProblem,
  type ReferenceThresholds,
  type RgbaFrame,
} from '@liveness-kit/core';
import { detectInFrame } from '../guidance/detect-in-frame.js';
import type { FrameGrabber } from '../guidance/frame-grabber.js';
import type { ReferencePhoto } from '../store/capture-state.js';
import { MAX_PHOTO_SIDE } from './check-photo.js';
import { decodePhoto, type DecodedPhoto } from './decode-photo.js';

/**
 * Checks a reference photo (the portrait on an ID document) before it is sent, in the browser:
 * decoded upright (EXIF orientation applied), drawn at most {@link MAX_PHOTO_SIDE} px long, faces
 * found by `detector`, and core's `assessReferencePhoto` on the pixels of that image, which is
 * the one sent (an ID portrait is a small part of a photo of a card: judged on a 320-px copy it
 * would be a few dozen pixels). A usable photo is re-encoded to JPEG by core's `encodeJpeg`
 * (which drops its EXIF and any other metadata); if the encoder has to shrink it to fit its byte
 * target, it never shrinks the face under `minFacePixels`.
 *
 * Never throws for a bad file: one that is not a JPEG, PNG, WebP or TIFF image is `unusable` with
 * `UNSUPPORTED_TYPE`, one that cannot be read or decoded `UNREADABLE`. The detector's errors (a
 * model that failed to load or to run) are thrown as they are, for the engine's model-error state.
 * `faceBox` is in the pixels of the image sent (`width` x `height`); for an `unusable` photo that
 * could be read, of the image checked.
 */
export async function checkReferencePhoto(
  file: Blob,
  detector: FaceDetector,
  grabber: FrameGrabber,
  thresholds?: Partial<ReferenceThresholds>,
): Promise<ReferencePhoto> {
  let photo: DecodedPhoto;
  try {
    photo = await decodePhoto(file);
  } catch (error) {
    const unsupported = isLivenessError(error) && error.code === 'UNSUPPORTED_MEDIA_TYPE';
    return unusable(unsupported ? 'UNSUPPORTED_TYPE' : 'UNREADABLE');
  }
  try {
    const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(photo.width, photo.height));
    const width = Math.max(1, Math.round(photo.width * scale));
    const height = Math.max(1, Math.round(photo.height * scale));
    const grabbed = grabber.grab(photo.source, width, height);
    if (!grabbed) return unusable('UNREADABLE');
    const canvas = grabbed.full;
    const pixels = readPixels(canvas);
    // Boxes in the pixels of the image that is checked and sent, not of the grabber's small copy.
    const faces = await detectInFrame(detector, photo.source, photo.width, {
      full: canvas,
      fullSize: grabbed.fullSize,
      pixels,
    });
    const assessment = assessReferencePhoto(pixels, faces, thresholds);
    const { face, faceCount, problem } = assessment;
    if (problem !== null) {
      return { ...unusable(problem, faceCount), faceBox: face ? face.box : null, width, height };
    }

    const minFacePixels = thresholds?.minFacePixels ?? DEFAULT_REFERENCE_THRESHOLDS.minFacePixels;
    const faceSide = Math.min(face!.box.width, face!.box.height);
    const encoded = await encodeJpeg(canvas, {
      scaleSteps: DEFAULT_SCALE_STEPS.filter((step) => faceSide * step >= minFacePixels),
    });
    return {
      status: 'ready',
      problem: null,
      faceCount,
      faceBox: scaleBox(face!.box, encoded.width / width),
      width: encoded.width,
      height: encoded.height,
      image: encoded.blob,
    };
  } finally {
    photo.close();
  }
}

function unusable(problem: ReferenceProblem, faceCount = 0): ReferencePhoto {
  return { status: 'unusable', problem, faceCount, faceBox: null, width: 0, height: 0, image: null };
}

/** The canvas's RGBA pixels (read once per photo). */
function readPixels(canvas: HTMLCanvasElement): RgbaFrame {
  const context = canvas.getContext('2d');
  if (!context) throw new LivenessError('INVALID_IMAGE', { detail: 'no 2D canvas context available' });
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: image.width, height: image.height };
}

function scaleBox(box: Box, k: number): Box {
  return { x: box.x * k, y: box.y * k, width: box.width * k, height: box.height * k };
}
