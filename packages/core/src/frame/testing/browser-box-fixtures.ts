/**
 * Test-only: fixture photos as the browser's selfie pre-check sees them, with the face boxes of the
 * size the browser's detector reports.
 *
 * - `camera`: the photo decoded like a camera frame ({@link CAMERA_FIT}, EXIF applied).
 * - `analysis`: that frame shrunk to at most {@link ANALYSIS_SIZE} px on its longer side, the copy
 *   capture's frame grabber hands to `assessFrame` (capture's `ANALYSIS_SIZE`).
 *
 * Faces are found by BlazeFace (the Node test detector, on the camera frame) and their boxes are
 * BlazeFace's own (forehead to chin): Human's box shrunk back by its 1.4 enlargement about its
 * centre and clamped to the frame, as capture's `face-mapping.ts` does; for the analysis copy they
 * are scaled to its pixels. One detector per test file; call `disposeBrowserBoxFixtures` in
 * `afterAll`.
 */
import { fixtureRgba, type RgbaImage } from '@liveness-kit/test-utils';
import type { DetectedFace } from '../../detection/face-detector.js';
import { CAMERA_FIT } from './fixture-faces.js';
import { createNodeFaceDetector, type NodeFaceDetector } from './node-face-detector.js';

/** Human enlarges BlazeFace's box by this factor; the browser's detector undoes it (face-mapping.ts). */
const HUMAN_BOX_SCALE = 1.4;

/** Capture's `ANALYSIS_SIZE`: the longer side of the copy of each frame the pre-checks look at. */
export const ANALYSIS_SIZE = 320;

/** One image and the faces in it, boxes in its pixels. */
export interface ImageWithFaces {
  frame: RgbaImage;
  faces: DetectedFace[];
}

let detector: Promise<NodeFaceDetector> | undefined;

/** The fixture as a camera frame and as its analysis copy, each with browser-size face boxes. */
export async function browserBoxFixture(
  relative: string,
): Promise<{ camera: ImageWithFaces; analysis: ImageWithFaces }> {
  detector ??= createNodeFaceDetector();
  const frame = await fixtureRgba(relative, CAMERA_FIT);
  const faces = (await (await detector).detect(frame)).map((face) => browserBox(face, frame));
  const scale = Math.min(1, ANALYSIS_SIZE / Math.max(frame.width, frame.height));
  const width = Math.max(1, Math.round(frame.width * scale));
  const height = Math.max(1, Math.round(frame.height * scale));
  const small = await fixtureRgba(relative, { maxWidth: width, maxHeight: height });
  const kx = small.width / frame.width;
  const ky = small.height / frame.height;
  const scaled = faces.map((face) => ({
    ...face,
    box: {
      x: face.box.x * kx,
      y: face.box.y * ky,
      width: face.box.width * kx,
      height: face.box.height * ky,
    },
  }));
  return { camera: { frame, faces }, analysis: { frame: small, faces: scaled } };
}

export async function disposeBrowserBoxFixtures(): Promise<void> {
  if (!detector) return;
  const pending = detector;
  detector = undefined;
  await (await pending).dispose();
}

function browserBox(face: DetectedFace, frame: RgbaImage): DetectedFace {
  const { x, y, width, height } = face.box;
  const w = width / HUMAN_BOX_SCALE;
  const h = height / HUMAN_BOX_SCALE;
  const x0 = Math.max(0, x + (width - w) / 2);
  const y0 = Math.max(0, y + (height - h) / 2);
  const x1 = Math.min(frame.width, x + (width + w) / 2);
  const y1 = Math.min(frame.height, y + (height + h) / 2);
  return {
    ...face,
    box: { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) },
  };
}
