/**
 * Test-only: fixture photos decoded like camera frames (fitted in 640x480, EXIF applied) with the
 * faces BlazeFace finds in them. One detector per test file; call `disposeFixtureFaces` in
 * `afterAll`.
 */
import { fixtureRgba, type RgbaImage } from '@liveness-kit/test-utils';
import type { DetectedFace } from '../../detection/face-detector.js';
import { createNodeFaceDetector, type NodeFaceDetector } from './node-face-detector.js';

export const CAMERA_FIT = { maxWidth: 640, maxHeight: 480 } as const;

let detector: Promise<NodeFaceDetector> | undefined;

export async function fixtureWithFaces(
  relative: string,
): Promise<{ frame: RgbaImage; faces: DetectedFace[] }> {
  detector ??= createNodeFaceDetector();
  const frame = await fixtureRgba(relative, CAMERA_FIT);
  const faces = await (await detector).detect(frame);
  return { frame, faces };
}

export async function disposeFixtureFaces(): Promise<void> {
  if (!detector) return;
  const pending = detector;
  detector = undefined;
  await (await pending).dispose();
}
