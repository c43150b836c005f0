import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteFaceStore } from './sqlite-face-store.js';

/** Unit vector at `degrees` in the plane of the first two axes: cos(angle) is the similarity. */
function face(degrees: number, dims = 8): number[] {
  const v = new Array<number>(dims).fill(0);
  v[0] = Math.cos((degrees * Math.PI) / 180);
  v[1] = Math.sin((degrees * Math.PI) / 180);
  return v;
}

describe('SqliteFaceStore', () => {
  it('flags the same face of another user as duplicated, a near one as possible, and ignores the same user', async () => {
    const store = new SqliteFaceStore({ sameFaceSimilarity: 0.9, possibleFaceSimilarity: 0.7 });
    await store.save(face(0), 'alice');
    expect(await store.match(face(5), 'alice')).toEqual([]);
    const same = await store.match(face(5), 'bob');
    expect(same).toHaveLength(1);
    expect(same[0]!.tag).toBe('DUPLICATED_FACE');
    expect(same[0]!.similarity).toBeCloseTo(Math.cos((5 * Math.PI) / 180), 5);
    expect((await store.match(face(40), 'bob')).map((m) => m.tag)).toEqual(['POSSIBLE_DUPLICATED_FACE']);
    expect(await store.match(face(80), 'bob')).toEqual([]);
    // Without vendor_data the check cannot be attributed, so it is compared with everyone.
    expect((await store.match(face(0))).map((m) => m.tag)).toEqual(['DUPLICATED_FACE']);
    store.close();
  });

  it('manages a blocklist and matches against it', async () => {
    const store = new SqliteFaceStore({ sameFaceSimilarity: 0.9, possibleFaceSimilarity: 0.7 });
    const entry = store.addToBlocklist(face(90), 'fraud case 17');
    expect(store.listBlocklist()).toEqual([entry]);
    expect((await store.match(face(92), 'carol')).map((m) => m.tag)).toEqual(['FACE_IN_BLOCKLIST']);
    expect((await store.match(face(130), 'carol')).map((m) => m.tag)).toEqual(['POSSIBLE_FACE_IN_BLOCKLIST']);
    expect(store.removeFromBlocklist(entry.id)).toBe(true);
    expect(store.removeFromBlocklist(entry.id)).toBe(false);
    expect(await store.match(face(92), 'carol')).toEqual([]);
    store.close();
  });

  it('keeps faces in a database file across instances', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lk-store-')), 'faces.db');
    const first = new SqliteFaceStore({ path });
    await first.save(face(0), 'alice');
    first.addToBlocklist(face(90));
    first.close();
    const second = new SqliteFaceStore({ path });
    expect(second.countApproved()).toBe(1);
    expect(second.listBlocklist()).toHaveLength(1);
    second.close();
  });

  it('rejects inconsistent thresholds', () => {
    expect(() => new SqliteFaceStore({ sameFaceSimilarity: 0.5, possibleFaceSimilarity: 0.8 })).toThrow(
      RangeError,
    );
  });
});
