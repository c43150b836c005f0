/**
 * The contract's liveness `score` (integer 0-100) from Human's two presentation-attack models,
 * each of which gives the likelihood (0-1) that the face is bona fide: `antispoof` (`real`) and
 * `liveness` (`live`).
 *
 *   score = round(100 × √(real × live))
 *
 * The geometric mean combines two independent experts: both must agree for a high score, one
 * confident "spoof" pulls it down more than an average would, and the result stays on the same
 * 0-1 likelihood scale (so the decline threshold keeps its meaning). It was chosen before looking
 * at the attack photos and is not tuned to them.
 */
export function livenessScore(real: number, live: number): number {
  const r = clamp01(real);
  const l = clamp01(live);
  return Math.round(100 * Math.sqrt(r * l));
}

/**
 * Whether both models, each at its own decision boundary (0.5), call the face a presentation
 * attack: the engine then raises `LIVENESS_FACE_ATTACK` as well as scoring it.
 */
export function bothModelsSaySpoof(real: number, live: number): boolean {
  return real < 0.5 && live < 0.5;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
