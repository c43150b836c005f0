import { PAD_CALIBRATION } from './pad-calibration.js';

/** The score the contract's default decline threshold (30, Didit's) stands for. */
const DECLINE_ANCHOR = 30;

/**
 * The contract's liveness `score` (integer 0-100) from MiniFASNet's fused live probability (0-1),
 * piecewise linear so that the default decline threshold means the calibrated operating point:
 *
 *   live 0 → 0,  live = PAD_CALIBRATION.liveAtDecline → 30,  live 1 → 100
 *
 * A request's `face_liveness_score_decline_threshold` above 30 is stricter than the calibrated
 * point, below it more lenient, and the order of scores is the order of the model's probabilities.
 */
export function livenessScore(live: number, liveAtDecline: number = PAD_CALIBRATION.liveAtDecline): number {
  const p = Number.isFinite(live) ? Math.min(1, Math.max(0, live)) : 0;
  const t = liveAtDecline;
  const score =
    p <= t ? (DECLINE_ANCHOR * p) / t : DECLINE_ANCHOR + ((100 - DECLINE_ANCHOR) * (p - t)) / (1 - t);
  return Math.round(score);
}

/**
 * How much of the image lies around the face: the largest scale of the face box that still fits
 * in it, `min(W / w, H / h)`. MiniFASNet's crops are taken at 2.7 and 4.0 times the box; under
 * that they are cut to what the image holds (reported by `bench:pad`, not a gate).
 */
export function contextScale(box: { width: number; height: number }, width: number, height: number): number {
  if (!(box.width > 0 && box.height > 0)) return 0;
  return Math.min(width / box.width, height / box.height);
}
