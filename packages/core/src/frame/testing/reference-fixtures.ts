/**
 * Test-only: fixture photos as the browser's reference photo check sends them (upright, EXIF
 * applied, fitted in 1920 px, or shrunk further) with the faces BlazeFace finds in them, boxes in
 * the pixels of that image and of the size the browser's detector reports: BlazeFace's own box
 * (forehead to chin), which is Human's box (what the Node detector gives) shrunk back by Human's
 * 1.4 enlargement about its centre (for a box Human clamped at the image's edge, about the clamped
 * box's centre: close enough for sizes). One detector per test file; call
 * `disposeReferenceFixtures` in `afterAll`.
 */
import { fixtureRgba, type RgbaImage } from '@liveness-kit/test-utils';
import type { DetectedFace } from '../../detection/face-detector.js';
import { createNodeFaceDetector, type NodeFaceDetector } from './node-face-detector.js';

/** Human enlarges BlazeFace's box by this factor; the browser's detector undoes it (face-mapping.ts). */
const HUMAN_BOX_SCALE = 1.4;

/** `MAX_PHOTO_SIDE` of the capture package: the longest side of the reference photo sent. */
export const REFERENCE_FIT = 1920;

let detector: Promise<NodeFaceDetector> | undefined;

/**
 * The fixture at most `longSide` px on its longer side (default {@link REFERENCE_FIT}; never
 * enlarged) and the faces found in it.
 */
export async function referenceWithFaces(
  relative: string,
  longSide: number = REFERENCE_FIT,
): Promise<{ frame: RgbaImage; faces: DetectedFace[] }> {
  detector ??= createNodeFaceDetector();
  const side = Math.max(1, Math.round(longSide));
  const frame = await fixtureRgba(relative, { maxWidth: side, maxHeight: side });
  const faces = (await (await detector).detect(frame)).map(blazeFaceBox);
  return { frame, faces };
}

export async function disposeReferenceFixtures(): Promise<void> {
  if (!detector) return;
  const pending = detector;
  detector = undefined;
  await (await pending).dispose();
}

function blazeFaceBox(face: DetectedFace): DetectedFace {
  const { x, y, width, height } = face.box;
  const w = width / HUMAN_BOX_SCALE;
  const h = height / HUMAN_BOX_SCALE;
  return { ...face, box: { x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h } };
}
