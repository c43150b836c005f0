import type Pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { FaceStore } from '../engine/local/face-store.js';
import { cosineSimilarity } from './cosine-similarity.js';
import { requireOptional } from './optional-dependency.js';
import type { BlocklistEntry, FaceMatch } from './sqlite-face-store.js';

export interface PostgresFaceStoreOptions {
  /** `postgres://user:password@host:port/database`; ignored when `pool` is given. */
  connectionString?: string;
  /** A pool the caller owns (and ends): `close()` then leaves it open. */
  pool?: Pg.Pool;
  /** Connections of the pool the store makes (default 4). */
  maxConnections?: number;
  /** Prefix of the two tables, `<prefix>approved_faces` and `<prefix>blocklist` (default `liveness_kit_`). */
  tablePrefix?: string;
  /** Similarity (cosine) at or above which a face is the same person. */
  sameFaceSimilarity?: number;
  /** Similarity at or above which a face may be the same person. */
  possibleFaceSimilarity?: number;
  /** Rows fetched per round trip while scanning (default 2000, about 16 MB of hex text). */
  pageSize?: number;
}

/** `pg` (node-postgres), or a `MissingDependencyError` naming the fix when it is not installed. */
export function loadPg(): typeof Pg {
  return requireOptional<typeof Pg>('pg', 'PostgresFaceStore');
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Face embeddings (never images) of approved checks and of the blocklist, in PostgreSQL, so that
 * several server instances share them. Same rules as `SqliteFaceStore`: the best match of each kind
 * by cosine similarity, the caller's own earlier faces (same `vendorData`) not counted.
 *
 * Search is exact, without extensions (no pgvector on Debian 12): embeddings are `bytea` (1024
 * float32, stored uncompressed out of line) and the similarity is computed in Node over pages of rows
 * read in id order. Measured on 20,000 faces that is about 4x faster than computing it in SQL over
 * `float4[]` with `unnest` (0.5-0.7 s against 2.2-2.5 s); the scan is linear, see the README's
 * "PostgreSQL face store" for the size at which an index becomes necessary.
 *
 * `pg` is an optional peer dependency, loaded by the constructor (a `MissingDependencyError` without
 * it). The tables are created on first use, idempotently and safely when instances start together.
 */
export class PostgresFaceStore implements FaceStore {
  readonly sameFaceSimilarity: number;
  readonly possibleFaceSimilarity: number;
  private readonly pool: Pg.Pool;
  private readonly ownsPool: boolean;
  private readonly approved: string;
  private readonly blocklist: string;
  private readonly pageSize: number;
  private schema: Promise<void> | undefined;
  private closed: Promise<void> | undefined;

  constructor(options: PostgresFaceStoreOptions = {}) {
    this.sameFaceSimilarity = options.sameFaceSimilarity ?? 0.8;
    this.possibleFaceSimilarity = options.possibleFaceSimilarity ?? 0.6;
    if (!(this.possibleFaceSimilarity <= this.sameFaceSimilarity)) {
      throw new RangeError('possibleFaceSimilarity must not be above sameFaceSimilarity.');
    }
    const prefix = options.tablePrefix ?? 'liveness_kit_';
    if (!IDENTIFIER.test(`${prefix}blocklist`)) {
      throw new RangeError(`tablePrefix must be lower-case letters, digits and "_", not "${prefix}".`);
    }
    this.approved = `${prefix}approved_faces`;
    this.blocklist = `${prefix}blocklist`;
    this.pageSize = options.pageSize ?? 2000;
    const pg = loadPg();
    if (options.pool) {
      this.pool = options.pool;
      this.ownsPool = false;
    } else {
      if (!options.connectionString)
        throw new TypeError('PostgresFaceStore needs a connectionString or a pool.');
      this.pool = new pg.Pool({
        connectionString: options.connectionString,
        max: options.maxConnections ?? 4,
      });
      // An idle connection that breaks (server restart) must not crash the process: the next query
      // opens a new one, or fails and says why.
      this.pool.on('error', () => {});
      this.ownsPool = true;
    }
  }

  /** Creates the tables if they are missing (every other method does it first; call it to fail early). */
  ready(): Promise<void> {
    this.schema ??= this.createSchema().catch((error: unknown) => {
      this.schema = undefined; // try again on the next call
      throw error;
    });
    return this.schema;
  }

  async match(embedding: ArrayLike<number>, vendorData?: string): Promise<FaceMatch[]> {
    await this.ready();
    const matches: FaceMatch[] = [];
    const blocked = await this.best(this.blocklist, embedding);
    if (blocked >= this.sameFaceSimilarity) matches.push({ tag: 'FACE_IN_BLOCKLIST', similarity: blocked });
    else if (blocked >= this.possibleFaceSimilarity) {
      matches.push({ tag: 'POSSIBLE_FACE_IN_BLOCKLIST', similarity: blocked });
    }
    const duplicate = await this.best(this.approved, embedding, vendorData);
    if (duplicate >= this.sameFaceSimilarity) matches.push({ tag: 'DUPLICATED_FACE', similarity: duplicate });
    else if (duplicate >= this.possibleFaceSimilarity) {
      matches.push({ tag: 'POSSIBLE_DUPLICATED_FACE', similarity: duplicate });
    }
    return matches;
  }

  async save(embedding: ArrayLike<number>, vendorData?: string): Promise<void> {
    await this.ready();
    await this.pool.query(`INSERT INTO ${this.approved} (vendor_data, embedding) VALUES ($1, $2)`, [
      vendorData ?? null,
      toBytes(embedding),
    ]);
  }

  /** Saves many approved faces in one statement (imports, benchmarks). */
  async saveMany(faces: Array<{ embedding: ArrayLike<number>; vendorData?: string }>): Promise<void> {
    if (faces.length === 0) return;
    await this.ready();
    await this.pool.query(
      `INSERT INTO ${this.approved} (vendor_data, embedding) SELECT * FROM unnest($1::text[], $2::bytea[])`,
      [faces.map((f) => f.vendorData ?? null), faces.map((f) => toBytes(f.embedding))],
    );
  }

  async addToBlocklist(embedding: ArrayLike<number>, label?: string): Promise<BlocklistEntry> {
    await this.ready();
    const id = randomUUID();
    const { rows } = await this.pool.query<{ created_at: Date }>(
      `INSERT INTO ${this.blocklist} (id, label, embedding) VALUES ($1, $2, $3) RETURNING created_at`,
      [id, label ?? null, toBytes(embedding)],
    );
    return { id, label: label ?? null, createdAt: rows[0]!.created_at.toISOString() };
  }

  /** Removes a blocklist entry; false when there was none with that id. */
  async removeFromBlocklist(id: string): Promise<boolean> {
    await this.ready();
    const { rowCount } = await this.pool.query(`DELETE FROM ${this.blocklist} WHERE id::text = $1`, [id]);
    return (rowCount ?? 0) > 0;
  }

  async listBlocklist(): Promise<BlocklistEntry[]> {
    await this.ready();
    const { rows } = await this.pool.query<{ id: string; label: string | null; created_at: Date }>(
      `SELECT id::text AS id, label, created_at FROM ${this.blocklist} ORDER BY created_at, id`,
    );
    return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at.toISOString() }));
  }

  /** Approved faces stored (for tests and metrics). */
  async countApproved(): Promise<number> {
    await this.ready();
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.approved}`);
    return Number(rows[0]!.n);
  }

  /** Ends the pool the store made (not one passed in); once, however often it is called. */
  close(): Promise<void> {
    this.closed ??= this.ownsPool ? this.pool.end() : Promise.resolve();
    return this.closed;
  }

  private async createSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Two instances starting at once would otherwise race on CREATE TABLE IF NOT EXISTS.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.approved]);
      // Embeddings are random-looking floats: compression never pays, so they are stored as they are.
      // Only when a table is made: ALTER TABLE would lock out the other instances' queries.
      for (const table of [this.approved, this.blocklist]) {
        const { rows } = await client.query<{ missing: boolean }>(
          'SELECT to_regclass($1) IS NULL AS missing',
          [table],
        );
        if (!rows[0]!.missing) continue;
        const id = table === this.approved ? 'id bigserial PRIMARY KEY' : 'id uuid PRIMARY KEY, label text';
        const who = table === this.approved ? 'vendor_data text,' : '';
        await client.query(`
          CREATE TABLE ${table} (
            ${id},
            ${who}
            embedding bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
          );
          ALTER TABLE ${table} ALTER COLUMN embedding SET STORAGE EXTERNAL;
        `);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Best cosine similarity of `embedding` with the rows of `table` (-1 when none), reading pages in
   * key order so memory stays at one page whatever the table's size. With `vendorData`, rows of that
   * same user are left out (the SQLite store's `vendor_data IS NULL OR vendor_data <> ?`).
   */
  private async best(table: string, embedding: ArrayLike<number>, vendorData?: string): Promise<number> {
    const key = table === this.approved ? 'id' : 'id::text';
    const filter = vendorData === undefined ? '' : 'AND vendor_data IS DISTINCT FROM $2';
    const sql = `SELECT ${key} AS key, embedding FROM ${table} WHERE ${key} > $1 ${filter} ORDER BY ${key} LIMIT ${this.pageSize}`;
    let best = -1;
    let after = table === this.approved ? '0' : '';
    for (;;) {
      const { rows } = await this.pool.query<{ key: string; embedding: Buffer }>(
        sql,
        vendorData === undefined ? [after] : [after, vendorData],
      );
      for (const row of rows) {
        const stored = fromBytes(row.embedding);
        if (stored.length !== embedding.length) continue;
        best = Math.max(best, cosineSimilarity(stored, embedding));
      }
      if (rows.length < this.pageSize) return best;
      after = rows[rows.length - 1]!.key;
    }
  }
}

function toBytes(embedding: ArrayLike<number>): Buffer {
  const f = Float32Array.from(embedding);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength);
}

/** The float32 values of a `bytea` (a view when aligned, else a copy). */
function fromBytes(bytes: Buffer): Float32Array {
  if (bytes.byteOffset % 4 === 0)
    return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  return new Float32Array(new Uint8Array(bytes).buffer, 0, bytes.byteLength >> 2);
}
