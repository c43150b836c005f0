/**
 * The attack model's operating point, measured by `bench/pad-figures.ts` (`bench:pad`) on the
 * labelled photos of `../shared/fixtures` (`single/`, `attack/`, `pad/`: 25 bona fide and 23
 * attack photos with a face, MiniFASNet on the engine's 640 px analysis copy and BlazeFace box).
 * The server README's "Presentation-attack figures" shows the table.
 */
export const PAD_CALIBRATION = Object.freeze({
  /**
   * MiniFASNet's fused live probability that score 30 (the contract's default decline threshold)
   * stands for: the strictest point at which at most 10% of the bona fide photos are declined
   * (2 of 25, live 0.063 and 0.536; the next one is 0.569), halfway between.
   */
  liveAtDecline: 0.553,
  /**
   * Under this score `LIVENESS_FACE_ATTACK` is raised too: no bona fide photo scored under it
   * (the lowest, live 0.063, scores 3).
   */
  attackScore: 3,
});
