import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteFaceStore } from './sqlite-face-store.js';
import { expectDuplicateRules, face } from './testing/face-store-cases.js';

describe('SqliteFaceStore', () => {
  it('flags the same face of another user as duplicated, a near one as possible, and ignores the same user', async () => {
    const store = new SqliteFaceStore({ sameFaceSimilarity: 0.9, possibleFaceSimilarity: 0.7 });
    await expectDuplicateRules(store);
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
