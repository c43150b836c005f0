// The Shape Detection API is missing from jsdom and from headless Chromium (see the e2e test), so
// these tests install a stand-in for the platform's `FaceDetector` to check the adapter's own logic:
// feature detection, the probe, and the mapping of its results.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createNativeFaceDetector,
  fromNativeFace,
  isNativeFaceDetectorSupported,
} from './native-face-detector.js';

const g = globalThis as { FaceDetector?: unknown; ImageData?: unknown };

class PlatformFaceDetector {
  static failProbe = false;
  static faces: unknown[] = [];
  async detect(image: { width: number }) {
    if (PlatformFaceDetector.failProbe)
      throw new DOMException('Face detection service unavailable.', 'NotSupportedError');
    return image.width === 16 ? [] : PlatformFaceDetector.faces;
  }
}

describe('createNativeFaceDetector', () => {
  const original = { FaceDetector: g.FaceDetector, ImageData: g.ImageData };
  beforeEach(() => {
    PlatformFaceDetector.failProbe = false;
    g.ImageData ??= class {
      constructor(
        public width: number,
        public height: number,
      ) {}
    };
  });
  afterEach(() => {
    g.FaceDetector = original.FaceDetector;
    g.ImageData = original.ImageData;
  });

  it('reports the API missing, and load() fails with a MODEL_LOAD_FAILED that is not retryable', async () => {
    delete g.FaceDetector;
    expect(isNativeFaceDetectorSupported()).toBe(false);
    await expect(createNativeFaceDetector().load()).rejects.toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      retryable: false,
    });
  });

  it('fails load() when the constructor exists but the platform service does not', async () => {
    g.FaceDetector = PlatformFaceDetector;
    PlatformFaceDetector.failProbe = true;
    expect(isNativeFaceDetectorSupported()).toBe(true);
    await expect(createNativeFaceDetector().load()).rejects.toThrow(/does not work here/);
  });

  it('maps boxes and landmarks and drops faces under the minimum size', async () => {
    g.FaceDetector = PlatformFaceDetector;
    PlatformFaceDetector.faces = [
      {
        boundingBox: { x: 10, y: 20, width: 200, height: 220 },
        landmarks: [{ type: 'eye', locations: [{ x: 50, y: 60 }] }],
      },
      { boundingBox: { x: 400, y: 20, width: 10, height: 10 } },
    ];
    const detector = createNativeFaceDetector();
    await detector.load();
    const faces = await detector.detect({
      data: new Uint8ClampedArray(640 * 480 * 4),
      width: 640,
      height: 480,
    });
    expect(faces).toEqual([
      { box: { x: 10, y: 20, width: 200, height: 220 }, score: 1, landmarks: [[50, 60]] },
    ]);
  });

  it('converts a face without landmarks', () => {
    expect(fromNativeFace({ boundingBox: { x: 1, y: 2, width: 3, height: 4 } as DOMRectReadOnly })).toEqual({
      box: { x: 1, y: 2, width: 3, height: 4 },
      score: 1,
    });
  });
});
