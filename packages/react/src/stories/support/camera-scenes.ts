/**
 * Stories only: what the fake camera films. Each scene is a fixture photo, the faces in it and where
 * the photo sits in the 640x480 frame. The face boxes are those the component's default detector
 * (`createHumanFaceDetector()`, BlazeFace in Chromium) reports on the photo fitted into the frame,
 * measured once in a story; moving or zooming the photo moves its boxes with it, so the scripted
 * detector reports what the real one would on the frames the camera really shows.
 */
import {
  createScriptedDetector,
  type RelativeFace,
  type ScriptedDetector,
} from '@liveness-kit/test-utils/dom';

export interface ScenePlacement {
  /** Scale of the photo about the frame's centre (1: fitted into the frame). */
  zoom?: number;
  /** Shift as shares of the frame's width and height. */
  shiftX?: number;
  shiftY?: number;
}

export interface CameraScene {
  /** The photo, relative to the fixture folder (`single/man-glasses-webcam.jpg`). */
  fixture: string;
  /** The faces in the photo fitted into the frame (shares of the frame, before `placement`). */
  faces: RelativeFace[];
  placement?: ScenePlacement;
  /**
   * A moving head: on every repaint the photo jumps this share of the frame's width to the other
   * side (and its faces with it), so it is never still.
   */
  jitter?: number;
  /** The face turned away from the camera by a perspective warp of the placed photo. */
  turn?: SceneTurn;
}

/**
 * A perspective turn of the frame (after placement): its content on a plane turned `degrees` about
 * the vertical line through (`axisX`, `axisY`) (positive: the right side goes away), seen by a
 * pinhole camera `distance` away (shares of the frame's width and height). Each output pixel
 * shows the plane's point `X = u d / (d cos - u sin)`, `Y = v (d + X sin) / d` from the axis.
 * The far side of the face is foreshortened, as on a head turned to one side.
 */
export interface SceneTurn {
  degrees: number;
  axisX: number;
  axisY: number;
  distance: number;
  /**
   * The faces the default detector reports on the turned frame (shares of the frame, with its 6
   * key points): measured once in Node on the same warp of the same placed photo, with Human's
   * BlazeFace run as in the browser (packages/server/src/engine/local/testing/human-keypoints.ts).
   */
  faces: RelativeFace[];
}

const webcam = 'single/man-glasses-webcam.jpg';
/** The webcam selfie's face, fitted into the frame (1440x1080, so it fills it). */
const webcamFace: RelativeFace = { x: 0.374, y: 0.411, width: 0.248, height: 0.335, score: 0.96 };
/**
 * The selfie a little closer than it was taken: the face fills two thirds of the oval's width,
 * centred, and is large enough in pixels for the server.
 */
const atArmsLength: ScenePlacement = { zoom: 1.45, shiftY: -0.08 };

export const SCENES = {
  /** The webcam selfie at arm's length, well lit and sharp: READY once still. */
  ready: { fixture: webcam, faces: [webcamFace], placement: atArmsLength },
  /** The same selfie far away (the photo shrunk in the frame): MOVE_CLOSER. */
  far: { fixture: webcam, faces: [webcamFace], placement: { zoom: 0.7 } },
  /** The same selfie too close (the photo enlarged): MOVE_BACK. */
  close: { fixture: webcam, faces: [webcamFace], placement: { zoom: 2.6, shiftY: -0.2 } },
  /** The same selfie at the frame's left edge: CENTER_FACE. */
  offCenter: { fixture: webcam, faces: [webcamFace], placement: { ...atArmsLength, shiftX: -0.25 } },
  /** The same selfie, with a head that keeps moving: HOLD_STILL. */
  moving: { fixture: webcam, faces: [webcamFace], placement: atArmsLength, jitter: 0.03 },
  /**
   * A frontal portrait (1024x1280, its face 0.26 of the frame wide, fitted) turned 55° by a
   * perspective warp about the face's vertical middle: LOOK_STRAIGHT (core estimates 33° of yaw
   * from the key points; the same frame unturned passes every pre-check).
   */
  turned: {
    fixture: 'single/woman-young-frontal.jpg',
    faces: [{ x: 0.375, y: 0.18, width: 0.261, height: 0.348, score: 0.91 }],
    placement: { zoom: 1.25, shiftX: -0.06, shiftY: 0.2 },
    turn: {
      degrees: -55,
      axisX: 0.447,
      axisY: 0.409,
      distance: 0.229,
      faces: [
        {
          x: 0.388,
          y: 0.319,
          width: 0.299,
          height: 0.398,
          score: 0.88,
          landmarks: [
            [0.429, 0.408],
            [0.516, 0.425],
            [0.401, 0.503],
            [0.417, 0.594],
            [0.464, 0.45],
            [0.669, 0.503],
          ],
        },
      ],
    },
  },
  /** The under-exposed edit of an official portrait (1200x1200): TOO_DARK. */
  dark: {
    fixture: 'derived/dark-underexposed-01.jpg',
    faces: [{ x: 0.385, y: 0.226, width: 0.301, height: 0.402, score: 0.93 }],
  },
  /** The blown-out edit: TOO_BRIGHT. */
  bright: {
    fixture: 'derived/overexposed-blownout-01.jpg',
    faces: [{ x: 0.374, y: 0.218, width: 0.31, height: 0.413, score: 0.82 }],
  },
  /** The Gaussian-blurred edit, a little closer and centred so that it fits the oval: BLURRY. */
  blurry: {
    fixture: 'derived/blur-gaussian-01.jpg',
    faces: [{ x: 0.385, y: 0.231, width: 0.301, height: 0.402, score: 0.91 }],
    placement: { zoom: 1.2, shiftX: -0.04, shiftY: 0.08 },
  },
  /** Three people at an office: MULTIPLE_FACES. */
  group: {
    fixture: 'multi/group-3-office.jpg',
    faces: [
      { x: 0.318, y: 0.449, width: 0.142, height: 0.19, score: 0.93 },
      { x: 0.755, y: 0.121, width: 0.103, height: 0.138, score: 0.91 },
      { x: 0.148, y: 0.099, width: 0.117, height: 0.156, score: 0.89 },
    ],
  },
  /** A landscape without anybody: NO_FACE. */
  empty: { fixture: 'noface/landscape.jpg', faces: [] },
} satisfies Record<string, CameraScene>;

/**
 * Photos chosen from disk, with the face as the default detector reports it on the whole photo
 * (shares of the photo).
 */
export const PHOTOS = {
  /** A frontal portrait, 1024x1280: passes the photo checks. */
  portrait: {
    fixture: 'single/woman-young-frontal.jpg',
    faces: [{ x: 0.29, y: 0.182, width: 0.425, height: 0.343, score: 0.85 }],
  },
  /** The under-exposed portrait, 1200x1200 (its face box in the frame, mapped back to the photo). */
  dark: { fixture: SCENES.dark.fixture, faces: facesInPhoto(SCENES.dark, 1) },
} satisfies Record<string, { fixture: string; faces: RelativeFace[] }>;

/** Where a point of the fitted photo (shares of the frame) lands once the scene is placed. */
export function placePoint(scene: CameraScene, x: number, y: number, extraShiftX = 0): [number, number] {
  const { zoom = 1, shiftX = 0, shiftY = 0 } = scene.placement ?? {};
  return [0.5 + (x - 0.5) * zoom + shiftX + extraShiftX, 0.5 + (y - 0.5) * zoom + shiftY];
}

/**
 * The scene's faces where the frame shows them (after placement and the current jitter shift; a
 * turned scene's faces as measured on the turned frame).
 */
export function placedFaces(scene: CameraScene, extraShiftX = 0): RelativeFace[] {
  if (scene.turn) return scene.turn.faces;
  const zoom = scene.placement?.zoom ?? 1;
  return scene.faces.map((face) => {
    const [x, y] = placePoint(scene, face.x, face.y, extraShiftX);
    return { ...face, x, y, width: face.width * zoom, height: face.height * zoom };
  });
}

let currentShift = 0;

/** Set by the fake camera on each repaint of a moving scene: how far the photo is shifted now. */
export function setCurrentShift(shiftX: number): void {
  currentShift = shiftX;
}

/**
 * A scripted detector that reports the faces of `scene` as the camera shows them: moved, zoomed
 * and, for a moving head, following the camera's current shift.
 */
export function sceneDetector(scene: CameraScene): ScriptedDetector {
  const detector = createScriptedDetector(placedFaces(scene));
  if (scene.jitter) {
    Object.defineProperty(detector, 'faces', {
      configurable: true,
      enumerable: true,
      get: () => placedFaces(scene, currentShift),
      set: () => undefined,
    });
  }
  return detector;
}

/**
 * The scene's faces as shares of the photo itself (not of the frame it is fitted into), for a
 * detector that is shown the photo alone (a photo chosen from disk). `aspect` is the photo's
 * width / height.
 */
export function facesInPhoto(scene: CameraScene, aspect: number): RelativeFace[] {
  const frameAspect = 4 / 3;
  // The share of the frame the fitted photo covers, and where it starts.
  const width = aspect >= frameAspect ? 1 : aspect / frameAspect;
  const height = aspect >= frameAspect ? frameAspect / aspect : 1;
  const left = (1 - width) / 2;
  const top = (1 - height) / 2;
  return scene.faces.map((face) => ({
    ...face,
    x: (face.x - left) / width,
    y: (face.y - top) / height,
    width: face.width / width,
    height: face.height / height,
  }));
}
