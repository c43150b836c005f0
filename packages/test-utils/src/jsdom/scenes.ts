/**
 * Test-only (Node): camera scenes made from the fixture photos, each with the face boxes BlazeFace
 * found in it (measured once with core's Node detector on the same letterboxed frame, as shares of
 * the frame), for the scripted detector.
 */
import { fixtureRgba } from '../fixtures.js';
import { letterbox, type Pixels } from '../dom/pixels.js';
import type { RelativeFace } from '../dom/scripted-detector.js';

export interface Scene {
  fixture: string;
  faces: RelativeFace[];
  /** Blur the picture with a box filter of this radius (px), like an out-of-focus camera. */
  blur?: number;
  /** The camera frame's size (default 640x480, a webcam; 480x640 is a phone's front camera held upright). */
  width?: number;
  height?: number;
}

const webcamFace: RelativeFace = { x: 0.287, y: 0.275, width: 0.434, height: 0.579, score: 0.91 };

export const SCENES = {
  /** A real webcam selfie, well lit and framed: READY once still. */
  ready: { fixture: 'single/man-glasses-webcam.jpg', faces: [webcamFace] },
  /** The same frame with the face reported small: MOVE_CLOSER. */
  far: { fixture: 'single/man-glasses-webcam.jpg', faces: [{ x: 0.42, y: 0.4, width: 0.16, height: 0.21 }] },
  /** The same frame with the face reported filling it: MOVE_BACK. */
  close: { fixture: 'single/man-glasses-webcam.jpg', faces: [{ x: 0.05, y: 0.0, width: 0.9, height: 1.0 }] },
  /** The same frame with the face reported at the edge: CENTER_FACE. */
  offCenter: {
    fixture: 'single/man-glasses-webcam.jpg',
    faces: [{ x: 0.0, y: 0.3, width: 0.4, height: 0.55 }],
  },
  /** The same frame out of focus: BLURRY. */
  blurry: { fixture: 'single/man-glasses-webcam.jpg', faces: [webcamFace], blur: 6 },
  /** The under-exposed edit of a portrait: TOO_DARK. */
  dark: {
    fixture: 'derived/dark-underexposed-01.jpg',
    faces: [{ x: 0.284, y: 0.075, width: 0.522, height: 0.696, score: 0.84 }],
  },
  /** The blown-out edit: TOO_BRIGHT. */
  bright: {
    fixture: 'derived/overexposed-blownout-01.jpg',
    faces: [{ x: 0.281, y: 0.067, width: 0.534, height: 0.713, score: 0.81 }],
  },
  /** Three people: MULTIPLE_FACES. */
  group: {
    fixture: 'multi/group-3-office.jpg',
    faces: [
      { x: 0.716, y: 0.067, width: 0.175, height: 0.229, score: 0.84 },
      { x: 0.272, y: 0.388, width: 0.231, height: 0.308, score: 0.84 },
      { x: 0.103, y: 0.042, width: 0.197, height: 0.263, score: 0.81 },
    ],
  },
  /**
   * The webcam selfie as a phone's upright 480x640 frame (letterboxed: the photo is landscape), with
   * the face where it lands in that frame: READY once still with the portrait oval.
   */
  portrait: {
    fixture: 'single/man-glasses-webcam.jpg',
    width: 480,
    height: 640,
    faces: [{ x: 0.287, y: 0.373, width: 0.434, height: 0.326, score: 0.91 }],
  },
  /** A landscape: NO_FACE. */
  empty: { fixture: 'noface/landscape.jpg', faces: [] },
} satisfies Record<string, Scene>;

const cache = new Map<string, Pixels>();

/** The scene's picture as a camera frame (640x480 unless the scene says otherwise). */
export async function sceneFrame(scene: Scene): Promise<Pixels> {
  const width = scene.width ?? 640;
  const height = scene.height ?? 480;
  const key = `${scene.fixture}#${scene.blur ?? 0}#${width}x${height}`;
  let frame = cache.get(key);
  if (!frame) {
    const image = await fixtureRgba(scene.fixture, { maxWidth: width, maxHeight: height });
    frame = letterbox(image, width, height);
    if (scene.blur) frame = boxBlur(boxBlur(frame, scene.blur), scene.blur);
    cache.set(key, frame);
  }
  return frame;
}

/** A separable box blur of `radius` pixels. */
function boxBlur(source: Pixels, radius: number): Pixels {
  const pass = (input: Pixels, dx: number, dy: number): Pixels => {
    const { width, height } = input;
    const out: Pixels = { data: new Uint8ClampedArray(input.data.length), width, height };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let r = 0;
        let g = 0;
        let b = 0;
        let n = 0;
        for (let k = -radius; k <= radius; k++) {
          const sx = Math.min(width - 1, Math.max(0, x + k * dx));
          const sy = Math.min(height - 1, Math.max(0, y + k * dy));
          const i = (sy * width + sx) * 4;
          r += input.data[i]!;
          g += input.data[i + 1]!;
          b += input.data[i + 2]!;
          n++;
        }
        const o = (y * width + x) * 4;
        out.data[o] = r / n;
        out.data[o + 1] = g / n;
        out.data[o + 2] = b / n;
        out.data[o + 3] = 255;
      }
    }
    return out;
  };
  return pass(pass(source, 1, 0), 0, 1);
}
