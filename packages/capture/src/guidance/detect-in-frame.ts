import type { DetectedFace, DetectorInput, FaceDetector } from '@liveness-kit/core';
import type { GrabbedFrame } from './frame-grabber.js';

/**
 * Faces in `source` (`sourceWidth` pixels wide), with boxes in the pixels of `grabbed`'s analysis
 * copy, which the pre-checks read. The detector gets the source itself, not the copy, so the frame
 * is resized once on its way to the model's input (to 128 px for BlazeFace front), not twice.
 */
export async function detectInFrame(
  detector: FaceDetector,
  source: DetectorInput,
  sourceWidth: number,
  grabbed: GrabbedFrame,
): Promise<DetectedFace[]> {
  const faces = await detector.detect(source);
  const scale = grabbed.pixels.width / sourceWidth;
  return scale === 1 ? faces : faces.map((face) => scaleFace(face, scale));
}

function scaleFace(face: DetectedFace, scale: number): DetectedFace {
  const { box } = face;
  const scaled: DetectedFace = {
    ...face,
    box: { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale },
  };
  if (face.landmarks) scaled.landmarks = face.landmarks.map(([x, y]) => [x * scale, y * scale]);
  return scaled;
}
