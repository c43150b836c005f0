import {
  isHeadTurned,
  judgeExposure,
  type ExposureMeasures,
  type ExposureVerdict,
  type HeadPose,
} from '@liveness-kit/core';
import { describePose, faceQuality, faceQualityReason } from './face-quality.js';
import type { LocalEngineThresholds } from './local-engine-thresholds.js';

/** What the engine measures on the scored face before judging it. */
export interface FaceMeasures {
  /** Detector confidence, 0-1. */
  confidence: number;
  /** Shorter side of the face box in the full image's pixels. */
  faceSize: number;
  /** Laplacian variance of the padded face box (core's `measureSharpness`). */
  sharpness: number;
  /** Core's `measureExposure` on the face's skin region; `luminance` is the contract's `face_luminance`. */
  exposure: ExposureMeasures;
  /** Core's `estimateHeadPose` from BlazeFace's key points; `null` when they are unusable. */
  pose: HeadPose | null;
  /** Room around the face (`contextScale`): how many times the face box fits in the image (reported). */
  contextScale: number;
}

/** The limits the gates use (a subset of the engine's thresholds, sent to worker threads as is). */
export type FaceGateThresholds = Pick<
  LocalEngineThresholds,
  'maxDarkShare' | 'maxBrightShare' | 'minHighlight' | 'maxYaw' | 'maxPitch' | 'maxRoll' | 'lowQuality'
>;

/** What the gates found. */
export interface FaceGate {
  /** Core's exposure verdict on the skin, with the engine's limits. */
  exposure: ExposureVerdict;
  /** `face_quality`, 0-100 (`face-quality.ts`). */
  quality: number;
  /** The head is turned past a pose limit (core's `isHeadTurned`: the browser's `LOOK_STRAIGHT`). */
  turned: boolean;
  /**
   * Why the face cannot be judged for its quality, in words (the turn, or what pulls `face_quality`
   * under `lowQuality`); `null` when it can.
   */
  qualityReason: string | null;
  /** Every gate passed: the attack model may judge the face. */
  judgeable: boolean;
}

/**
 * The gates a face passes before the attack model judges it: the light (`judgeExposure`, the
 * browser pre-checks' rule), the head pose (`isHeadTurned`, the rule of their `LOOK_STRAIGHT`) and
 * the face's quality (blur, size, pose, confidence). A face stopped
 * here is asked to retake, not scored: a dark, blurred or turned face says nothing reliable about
 * an attack.
 *
 * Room around the face is not a gate: a face that fills the photo gives MiniFASNet's crops less
 * context than they were trained on, but on the 28 such photos of `../shared/fixtures/pad` the
 * model still separated bona fide from attacks as well as with context (AUC 0.98 against 0.96;
 * `bench:pad`, row "face fills the photo"), so those faces are judged like the others.
 */
export function gateFace(measures: FaceMeasures, t: FaceGateThresholds): FaceGate {
  const exposure = judgeExposure(measures.exposure, {
    maxDarkShare: t.maxDarkShare,
    maxBrightShare: t.maxBrightShare,
    minHighlight: t.minHighlight,
  });
  const quality = faceQuality(measures);
  const low = quality < t.lowQuality;
  const turned = isHeadTurned(measures.pose, t);
  const { pose } = measures;
  const reason =
    turned && pose
      ? `the face is turned (${describePose(pose)}; at most ${t.maxYaw}°, ${t.maxPitch}°, ${t.maxRoll}°)`
      : low
        ? (faceQualityReason(measures) ?? 'the face is unclear')
        : null;
  return {
    exposure,
    quality,
    turned,
    qualityReason: reason,
    judgeable: exposure === 'ok' && !low && !turned,
  };
}
