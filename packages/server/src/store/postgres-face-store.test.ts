import { startPostgresServer, type PostgresServer } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresFaceStore } from './postgres-face-store.js';
import { expectDuplicateRules, face } from './testing/face-store-cases.js';

const thresholds = { sameFaceSimilarity: 0.9, possibleFaceSimilarity: 0.7 };

describe('PostgresFaceStore (a real PostgreSQL 15 of its own)', () => {
  let server: PostgresServer;
  let tables = 0;
  const stores: PostgresFaceStore[] = [];
  /** A store on fresh tables (a prefix of its own), or on `prefix`'s to share them. */
  function open(prefix = `t${++tables}_`, options: { pageSize?: number } = {}): PostgresFaceStore {
    const store = new PostgresFaceStore({
      connectionString: server.url,
      tablePrefix: prefix,
      ...thresholds,
      ...options,
    });
    stores.push(store);
    return store;
  }

  beforeAll(async () => {
    server = await startPostgresServer();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await server?.stop();
  });

  it('flags the same face of another user as duplicated, a near one as possible, and ignores the same user', async () => {
    const store = open();
    await expectDuplicateRules(store);
    // A face saved without vendor_data is compared with every user, alice included.
    await store.save(face(60));
    expect((await store.match(face(60), 'alice')).map((m) => m.tag)).toEqual(['DUPLICATED_FACE']);
  });

  it('manages a blocklist and matches against it', async () => {
    const store = open();
    const entry = await store.addToBlocklist(face(90), 'fraud case 17');
    expect(entry).toMatchObject({ label: 'fraud case 17' });
    expect(new Date(entry.createdAt).toISOString()).toBe(entry.createdAt);
    expect(await store.listBlocklist()).toEqual([entry]);
    expect((await store.match(face(92), 'carol')).map((m) => m.tag)).toEqual(['FACE_IN_BLOCKLIST']);
    expect((await store.match(face(130), 'carol')).map((m) => m.tag)).toEqual(['POSSIBLE_FACE_IN_BLOCKLIST']);
    expect(await store.removeFromBlocklist(entry.id)).toBe(true);
    expect(await store.removeFromBlocklist(entry.id)).toBe(false);
    expect(await store.removeFromBlocklist('not-a-uuid')).toBe(false);
    expect(await store.match(face(92), 'carol')).toEqual([]);
  });

  it('reports a blocklist match and a duplicate together, each the best of its kind', async () => {
    const store = open();
    await store.addToBlocklist(face(50));
    await store.addToBlocklist(face(12));
    await store.save(face(-30), 'dave');
    await store.save(face(3), 'erin');
    const matches = await store.match(face(10), 'frank');
    expect(matches.map((m) => m.tag)).toEqual(['FACE_IN_BLOCKLIST', 'DUPLICATED_FACE']);
    expect(matches[0]!.similarity).toBeCloseTo(Math.cos((2 * Math.PI) / 180), 5);
    expect(matches[1]!.similarity).toBeCloseTo(Math.cos((7 * Math.PI) / 180), 5);
  });

  it('finds the best face across many pages of the scan', async () => {
    const store = open(undefined, { pageSize: 3 });
    await store.saveMany(
      Array.from({ length: 20 }, (_, i) => ({ embedding: face(60 + i * 5), vendorData: `u${i}` })),
    );
    await store.save(face(1), 'last');
    expect(await store.countApproved()).toBe(21);
    const [best] = await store.match(face(0), 'someone');
    expect(best).toMatchObject({ tag: 'DUPLICATED_FACE' });
    expect(best!.similarity).toBeCloseTo(Math.cos(Math.PI / 180), 5);
    // The same user's rows are left out on every page, not only on the first (the others are 60° off).
    expect(await store.match(face(0), 'last')).toEqual([]);
  });

  it('skips stored embeddings of another length (a model change) instead of failing', async () => {
    const store = open();
    await store.save(face(0, 16), 'old-model');
    expect(await store.match(face(0), 'bob')).toEqual([]);
  });

  it('two instances (separate stores and pools) see each other’s faces and blocklist at once', async () => {
    const [a, b] = [open('shared_'), open('shared_')];
    // Both create the schema at the same moment: the advisory lock keeps that from racing.
    await Promise.all([a.ready(), b.ready()]);
    await a.save(face(0), 'alice');
    expect((await b.match(face(3), 'bob')).map((m) => m.tag)).toEqual(['DUPLICATED_FACE']);
    const entry = await b.addToBlocklist(face(90), 'seen by a');
    expect((await a.match(face(91), 'carol')).map((m) => m.tag)).toEqual(['FACE_IN_BLOCKLIST']);
    expect(await a.removeFromBlocklist(entry.id)).toBe(true);
    expect(await b.listBlocklist()).toEqual([]);
    expect(await b.countApproved()).toBe(1);
  });

  it('keeps faces across instances (a restart) and creates the schema only once', async () => {
    const first = open('kept_');
    await first.save(face(0), 'alice');
    await first.addToBlocklist(face(90));
    await first.close();
    const second = open('kept_');
    await second.ready();
    expect(await second.countApproved()).toBe(1);
    expect(await second.listBlocklist()).toHaveLength(1);
  });

  it('rejects inconsistent thresholds and unsafe table prefixes', () => {
    expect(
      () =>
        new PostgresFaceStore({
          connectionString: server.url,
          sameFaceSimilarity: 0.5,
          possibleFaceSimilarity: 0.8,
        }),
    ).toThrow(RangeError);
    expect(
      () => new PostgresFaceStore({ connectionString: server.url, tablePrefix: 'x; DROP TABLE y; --' }),
    ).toThrow(RangeError);
    expect(() => new PostgresFaceStore({})).toThrow(TypeError);
  });

  it('fails with the server’s error when the database is unreachable', async () => {
    const store = new PostgresFaceStore({
      connectionString: `postgres://postgres@127.0.0.1:${server.port}/no_such_db`,
    });
    await expect(store.ready()).rejects.toThrow(/no_such_db/);
    await store.close();
  });
});
