/**
 * What the local engine asks of a face store: duplicate and blocklist matching on face
 * embeddings (never images). The server's SQLite store implements it; any other store can.
 */

/** The warning a match turns into. */
export type FaceStoreMatchTag =
  'DUPLICATED_FACE' | 'POSSIBLE_DUPLICATED_FACE' | 'FACE_IN_BLOCKLIST' | 'POSSIBLE_FACE_IN_BLOCKLIST';

export interface FaceStoreMatch {
  tag: FaceStoreMatchTag;
  /** Similarity of the embeddings, 0-1 (the store decides the measure and its thresholds). */
  similarity: number;
}

export interface FaceStore {
  /**
   * Matches the scored face's embedding (Human's `faceres` description, 1024 numbers) against
   * the blocklist and the faces of earlier approved checks. `vendorData` is the caller's user or
   * session id, so a store can tell a returning user from another user with the same face.
   */
  match(embedding: number[], vendorData?: string): Promise<FaceStoreMatch[]>;
  /** Keeps the embedding of an approved check (only called when `save_api_request` is true). */
  save(embedding: number[], vendorData?: string): Promise<void>;
}
