import type BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { cosineSimilarity } from './cosine-similarity.js';
import { requireOptional } from './optional-dependency.js';

export type FaceMatchTag =
  'DUPLICATED_FACE' | 'POSSIBLE_DUPLICATED_FACE' | 'FACE_IN_BLOCKLIST' | 'POSSIBLE_FACE_IN_BLOCKLIST';

export interface FaceMatch {
  tag: FaceMatchTag;
  similarity: number;
}

export interface BlocklistEntry {
  id: string;
  label: string | null;
  createdAt: string;
}

export interface SqliteFaceStoreOptions {
  /** Database file; in memory when absent. */
  path?: string;
  /** Similarity (cosine) at or above which a face is the same person. */
  sameFaceSimilarity?: number;
  /** Similarity at or above which a face may be the same person. */
  possibleFaceSimilarity?: number;
}

/** `better-sqlite3`, or a `MissingDependencyError` naming the fix when it is not installed. */
export function loadBetterSqlite3(): typeof BetterSqlite3 {
  return requireOptional<typeof BetterSqlite3>('better-sqlite3', 'SqliteFaceStore');
}

/**
 * Face embeddings (never images) of approved checks and of the blocklist, in SQLite. Matching is a
 * linear scan with cosine similarity: fine for development and demos (thousands of faces).
 * `better-sqlite3` is an optional peer dependency, loaded by the constructor: without it, the
 * constructor throws a `MissingDependencyError` ("SqliteFaceStore needs better-sqlite3: npm install
 * better-sqlite3").
 */
export class SqliteFaceStore {
  readonly sameFaceSimilarity: number;
  readonly possibleFaceSimilarity: number;
  private readonly db: BetterSqlite3.Database;

  constructor(options: SqliteFaceStoreOptions = {}) {
    this.sameFaceSimilarity = options.sameFaceSimilarity ?? 0.8;
    this.possibleFaceSimilarity = options.possibleFaceSimilarity ?? 0.6;
    if (!(this.possibleFaceSimilarity <= this.sameFaceSimilarity)) {
      throw new RangeError('possibleFaceSimilarity must not be above sameFaceSimilarity.');
    }
    const Database = loadBetterSqlite3();
    this.db = new Database(options.path ?? ':memory:');
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS approved_faces (
        id INTEGER PRIMARY KEY,
        vendor_data TEXT,
        embedding BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS blocklist (
        id TEXT PRIMARY KEY,
        label TEXT,
        embedding BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
    `);
  }

  /**
   * Matches a face against the blocklist and against approved faces of other users (a different
   * or unknown `vendor_data`); the best match of each kind, if any.
   */
  async match(embedding: ArrayLike<number>, vendorData?: string): Promise<FaceMatch[]> {
    const matches: FaceMatch[] = [];
    const blocked = this.best(
      this.db.prepare('SELECT embedding FROM blocklist').all() as Array<{ embedding: Buffer }>,
      embedding,
    );
    if (blocked >= this.sameFaceSimilarity) matches.push({ tag: 'FACE_IN_BLOCKLIST', similarity: blocked });
    else if (blocked >= this.possibleFaceSimilarity) {
      matches.push({ tag: 'POSSIBLE_FACE_IN_BLOCKLIST', similarity: blocked });
    }

    const rows = (
      vendorData === undefined
        ? this.db.prepare('SELECT embedding FROM approved_faces').all()
        : this.db
            .prepare('SELECT embedding FROM approved_faces WHERE vendor_data IS NULL OR vendor_data <> ?')
            .all(vendorData)
    ) as Array<{ embedding: Buffer }>;
    const duplicate = this.best(rows, embedding);
    if (duplicate >= this.sameFaceSimilarity) matches.push({ tag: 'DUPLICATED_FACE', similarity: duplicate });
    else if (duplicate >= this.possibleFaceSimilarity) {
      matches.push({ tag: 'POSSIBLE_DUPLICATED_FACE', similarity: duplicate });
    }
    return matches;
  }

  /** Remembers the face of an approved check. */
  async save(embedding: ArrayLike<number>, vendorData?: string): Promise<void> {
    this.db
      .prepare('INSERT INTO approved_faces (vendor_data, embedding, created_at) VALUES (?, ?, ?)')
      .run(vendorData ?? null, toBlob(embedding), new Date().toISOString());
  }

  /** Adds a face to the blocklist; returns its id. */
  addToBlocklist(embedding: ArrayLike<number>, label?: string): BlocklistEntry {
    const entry = { id: randomUUID(), label: label ?? null, createdAt: new Date().toISOString() };
    this.db
      .prepare('INSERT INTO blocklist (id, label, embedding, created_at) VALUES (?, ?, ?, ?)')
      .run(entry.id, entry.label, toBlob(embedding), entry.createdAt);
    return entry;
  }

  /** Removes a blocklist entry; false when there was none with that id. */
  removeFromBlocklist(id: string): boolean {
    return this.db.prepare('DELETE FROM blocklist WHERE id = ?').run(id).changes > 0;
  }

  listBlocklist(): BlocklistEntry[] {
    return (
      this.db.prepare('SELECT id, label, created_at FROM blocklist ORDER BY created_at, id').all() as Array<{
        id: string;
        label: string | null;
        created_at: string;
      }>
    ).map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at }));
  }

  /** Approved faces stored (for tests and metrics). */
  countApproved(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM approved_faces').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }

  private best(rows: Array<{ embedding: Buffer }>, embedding: ArrayLike<number>): number {
    let best = -1;
    for (const row of rows) {
      const stored = fromBlob(row.embedding);
      if (stored.length !== embedding.length) continue;
      best = Math.max(best, cosineSimilarity(stored, embedding));
    }
    return best;
  }
}

function toBlob(embedding: ArrayLike<number>): Buffer {
  const f = Float32Array.from(embedding);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength);
}

function fromBlob(blob: Buffer): Float32Array {
  const copy = new Uint8Array(blob);
  return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
}
