import {
  DEFAULT_FRAME_THRESHOLDS,
  measureLuminance,
  measureSharpness,
  type Box,
  type HeadPose,
  type RgbaFrame,
} from '@liveness-kit/core';
import { decodeImage, type DecodeLimits } from './decode-image.js';
import type { HumanAnalyser, HumanFace } from './human-analyser.js';
import { QUARTER_TURNS, rotateFrame, unrotateBox, type QuarterTurn } from './rotate-frame.js';

export interface AnalyseOptions extends DecodeLimits {
  /** Try the four quarter turns and analyse the one with the most confident face. */
  rotateImage: boolean;
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
export interface ScoredFaceMeasures {
  /** Antispoof model output (likelihood of a real face), 0-1. */
  real: number;
  /** Liveness model output (likelihood of a live face), 0-1. */
  live: number;
  /** Mean BT.709 luma of the face box, 0-100 (core's `measureLuminance`). */
  luminance: number;
  /** Laplacian variance of the face box (core's `measureSharpness`). */
  sharpness: number;
  /** Shorter side of the face box in the full image's pixels. */
  faceSize: number;
  /** Head pose in degrees; `null` when the mesh gave none. */
  pose: HeadPose | null;
  confidence: number;
  /** Face description (embedding) for duplicate and blocklist matching; `null` when Human gave none. */
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
 * Decodes an image and analyses it: optional rotation search, then every face model on the
 * chosen orientation, then luminance and sharpness of the largest face measured with core's
 * frame checks (the same code the browser pre-checks run), on the analysis copy.
 */
export async function analyseImage(
  analyser: HumanAnalyser,
  bytes: Uint8Array,
  options: AnalyseOptions,
): Promise<ImageAnalysis> {
  const image = await decodeImage(bytes, options);
  const angle = options.rotateImage ? await bestQuarterTurn(analyser, image.frame) : 0;
  const frame = rotateFrame(image.frame, angle);
  const faces = await analyser.detect(frame, 'full');

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
  const region = largest ? paddedBox(largest.box) : null;
  const scored: ScoredFaceMeasures | null =
    largest && region
      ? {
          real: largest.real ?? 0,
          live: largest.live ?? 0,
          luminance: measureLuminance(frame, region).mean,
          sharpness: measureSharpness(frame, region),
          faceSize: Math.min(largest.box.width, largest.box.height) * toImage,
          pose: largest.pose,
          confidence: largest.confidence,
          embedding: largest.embedding,
        }
      : null;
  return { width: image.width, height: image.height, bestAngle: angle, entities, scored };
}

/**
 * The quarter turn whose most confident face has the highest detector confidence. BlazeFace is
 * trained on upright faces, so its confidence peaks when the face is upright. Ties keep the
 * smaller angle; with no face at any angle, 0.
 */
async function bestQuarterTurn(analyser: HumanAnalyser, frame: RgbaFrame): Promise<QuarterTurn> {
  let best: QuarterTurn = 0;
  let bestConfidence = -1;
  for (const angle of QUARTER_TURNS) {
    const faces = await analyser.detect(rotateFrame(frame, angle), 'scan');
    const confidence = faces.reduce((max, face) => Math.max(max, face.confidence), -1);
    if (confidence > bestConfidence) {
      best = angle;
      bestConfidence = confidence;
    }
  }
  return best;
}

/**
 * The face box grown by core's `faceRegionPadding` on each side, as the browser pre-checks
 * (`assessFrame`) do, so both ends measure luminance and sharpness on the same region.
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
