import { expect } from 'vitest';
import type { FaceStore } from '../../engine/local/face-store.js';

/** Unit vector at `degrees` in the plane of the first two axes: cos(angle) is the similarity. */
export function face(degrees: number, dims = 8): number[] {
  const v = new Array<number>(dims).fill(0);
  v[0] = Math.cos((degrees * Math.PI) / 180);
  v[1] = Math.sin((degrees * Math.PI) / 180);
  return v;
}

/**
 * The duplicate rules every `FaceStore` follows, with `sameFaceSimilarity` 0.9 and
 * `possibleFaceSimilarity` 0.7: the same face of another user is DUPLICATED_FACE, a near one
 * POSSIBLE_DUPLICATED_FACE, a far one nothing, the same user never, and a check without
 * vendor_data is compared with everyone.
 */
export async function expectDuplicateRules(store: FaceStore): Promise<void> {
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
}
