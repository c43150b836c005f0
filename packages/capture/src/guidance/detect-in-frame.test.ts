import type { DetectedFace, DetectorInput, FaceDetector } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { detectInFrame } from './detect-in-frame.js';
import type { GrabbedFrame } from './frame-grabber.js';

/** A detector that records what it was given and finds one face, in that input's pixels. */
function recordingDetector(face: DetectedFace) {
  const inputs: DetectorInput[] = [];
  const detector: FaceDetector = {
    load: () => Promise.resolve(),
    detect: (input) => {
      inputs.push(input);
      return Promise.resolve([face]);
    },
    dispose: () => {},
  };
  return { detector, inputs };
}

function grabbedAt(width: number, height: number): GrabbedFrame {
  return {
    full: document.createElement('canvas'),
    fullSize: { width: 640, height: 480 },
    pixels: { data: new Uint8ClampedArray(width * height * 4), width, height },
  };
}

describe('detectInFrame', () => {
  it('gives the detector the source itself and maps its boxes to the analysis copy', async () => {
    const source = { data: new Uint8ClampedArray(640 * 480 * 4), width: 640, height: 480 };
    const { detector, inputs } = recordingDetector({
      box: { x: 200, y: 100, width: 240, height: 300 },
      score: 0.9,
      landmarks: [[320, 240]],
      pose: { yaw: 5, pitch: 0, roll: 0 },
    });
    const faces = await detectInFrame(detector, source, 640, grabbedAt(320, 240));
    expect(inputs).toEqual([source]);
    expect(faces).toEqual([
      {
        box: { x: 100, y: 50, width: 120, height: 150 },
        score: 0.9,
        landmarks: [[160, 120]],
        pose: { yaw: 5, pitch: 0, roll: 0 },
      },
    ]);
  });

  it('leaves boxes alone when the source is no larger than the copy', async () => {
    const source = { data: new Uint8ClampedArray(320 * 240 * 4), width: 320, height: 240 };
    const face = { box: { x: 1, y: 2, width: 3, height: 4 }, score: 0.8 };
    const { detector } = recordingDetector(face);
    expect(await detectInFrame(detector, source, 320, grabbedAt(320, 240))).toEqual([face]);
  });
});
