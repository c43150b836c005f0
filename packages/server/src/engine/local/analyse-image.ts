import {
  DEFAULT_FRAME_THRESHOLDS,
  estimateHeadPose,
  measureExposure,
  measureSharpness,
  type Box,
  type RgbaFrame,
} from '@liveness-kit/core';
import { decodeImage, type DecodeLimits } from './decode-image.js';
import type { FaceModels } from './face-models.js';
import { gateFace, type FaceGate, type FaceGateThresholds, type FaceMeasures } from './face-gates.js';
import type { HumanAnalyser, HumanFace } from './human-analyser.js';
import { contextScale } from './liveness-score.js';
import { QUARTER_TURNS, rotateFrame, unrotateBox, type QuarterTurn } from './rotate-frame.js';

export interface AnalyseOptions extends DecodeLimits {
  /** Try the four quarter turns and analyse the one with the most confident face. */
  rotateImage: boolean;
  /** Compute the face description (embedding, age, gender): for a face store or `embedFace`. */
  describe: boolean;
  /** The gates a face must pass before the attack model runs on it. */
  gates: FaceGateThresholds;
  /** Run the attack model (MiniFASNet) on a face that passed the gates. Default true; face match skips it. */
  judgeAttack?: boolean;
}

/** One face of the result, in the contract's terms. */
export interface AnalysedEntity {
  /** `[x1, y1, x2, y2]` in the pixels of the full image after EXIF orientation, integers. */
  bbox: [number, number, number, number];
  /** Detection confidence, 0-1. */
  confidence: number;
  age: number | null;
  gender: 'male' | 'female' | null;
}

/** What was measured on the face that is scored (the largest one). */
export interface ScoredFaceMeasures extends FaceMeasures {
  /** What the gates said; the attack model ran only when `gate.judgeable`. */
  gate: FaceGate;
  /** MiniFASNet's fused likelihood of a live face, 0-1; `null` when the gates stopped the face (or it was not asked for). */
  live: number | null;
  /** Face description (embedding) for duplicate and blocklist matching; `null` unless asked for. */
  embedding: number[] | null;
}

/** Everything the engine needs from one image; plain data, so it can cross a worker boundary. */
export interface ImageAnalysis {
  /** Size of the full image after EXIF orientation. */
  width: number;
  height: number;
  /** The quarter turn (clockwise) the faces were found at. */
  bestAngle: QuarterTurn;
  /** Faces found, the scored (largest) one first. */
  entities: AnalysedEntity[];
  /** Measures of `entities[0]`; `null` when no face was found. */
  scored: ScoredFaceMeasures | null;
}

/**
 * Decodes an image and analyses it: optional rotation search, BlazeFace (and the face description
 * when asked) on the chosen orientation, then the largest face's measures with core's frame
 * checks (exposure on the skin, sharpness, head pose from the key points: the code the browser
 * pre-checks run), the gates of `face-gates.ts`, and MiniFASNet only on a face that passed them.
 */
export async function analyseImage(
  models: FaceModels,
  bytes: Uint8Array,
  options: AnalyseOptions,
): Promise<ImageAnalysis> {
  const image = await decodeImage(bytes, options);
  const turn = options.rotateImage ? await bestQuarterTurn(models.human, image.frame) : null;
  const angle = turn?.angle ?? 0;
  const frame = rotateFrame(image.frame, angle);
  // The rotation search already ran the detector on the chosen turn: only the description is new.
  const faces =
    turn && !options.describe
      ? turn.faces
      : await models.human.detect(frame, options.describe ? ['faceres'] : []);

  // Largest first: the contract scores the largest face when there are several.
  const ordered = [...faces].sort((a, b) => area(b) - area(a));
  const toImage = 1 / image.scale;
  const entities = ordered.map((face): AnalysedEntity => {
    const box = unrotateBox(face.box, angle, image.frame.width, image.frame.height);
    const x1 = clampInt(box.x * toImage, image.width);
    const y1 = clampInt(box.y * toImage, image.height);
    const x2 = clampInt((box.x + box.width) * toImage, image.width);
    const y2 = clampInt((box.y + box.height) * toImage, image.height);
    return {
      bbox: [x1, y1, x2, y2],
      confidence: round(face.confidence, 3),
      age: face.age === null ? null : round(face.age, 2),
      gender: face.gender,
    };
  });

  const largest = ordered[0];
  const scored = largest
    ? await scoreFace(models, frame, largest, toImage, options.gates, options.judgeAttack !== false)
    : null;
  return { width: image.width, height: image.height, bestAngle: angle, entities, scored };
}

async function scoreFace(
  models: FaceModels,
  frame: RgbaFrame,
  face: HumanFace,
  toImage: number,
  thresholds: FaceGateThresholds,
  judgeAttack: boolean,
): Promise<ScoredFaceMeasures> {
  const measures: FaceMeasures = {
    confidence: face.confidence,
    faceSize: Math.min(face.box.width, face.box.height) * toImage,
    sharpness: measureSharpness(frame, paddedBox(face.box)),
    exposure: measureExposure(frame, face.box, face.keypoints),
    pose: estimateHeadPose(face.keypoints, face.box),
    contextScale: contextScale(face.box, frame.width, frame.height),
  };
  const gate = gateFace(measures, thresholds);
  const live = judgeAttack && gate.judgeable ? (await models.pad.score(frame, face.box)).live : null;
  return { ...measures, gate, live, embedding: face.embedding };
}

/**
 * The quarter turn whose most confident face has the highest detector confidence, with the faces
 * found at it. BlazeFace is trained on upright faces, so its confidence peaks when the face is
 * upright. Ties keep the smaller angle; with no face at any angle, 0.
 */
async function bestQuarterTurn(
  analyser: HumanAnalyser,
  frame: RgbaFrame,
): Promise<{ angle: QuarterTurn; faces: HumanFace[] }> {
  let best: { angle: QuarterTurn; faces: HumanFace[] } = { angle: 0, faces: [] };
  let bestConfidence = -1;
  for (const angle of QUARTER_TURNS) {
    const faces = await analyser.detect(rotateFrame(frame, angle));
    const confidence = faces.reduce((max, face) => Math.max(max, face.confidence), -1);
    if (confidence > bestConfidence) {
      best = { angle, faces };
      bestConfidence = confidence;
    }
  }
  return best;
}

/**
 * The face box grown by core's `faceRegionPadding` on each side, as the browser pre-checks
 * (`assessFrame`) do, so both ends measure sharpness on the same region.
 */
function paddedBox(box: Box): Box {
  const padX = box.width * DEFAULT_FRAME_THRESHOLDS.faceRegionPadding;
  const padY = box.height * DEFAULT_FRAME_THRESHOLDS.faceRegionPadding;
  return { x: box.x - padX, y: box.y - padY, width: box.width + 2 * padX, height: box.height + 2 * padY };
}

function area(face: HumanFace): number {
  return face.box.width * face.box.height;
}

function clampInt(v: number, max: number): number {
  return Math.min(max, Math.max(0, Math.round(v)));
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
