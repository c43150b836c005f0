import { LIVENESS_PATH } from '@liveness-kit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEngine } from '../engine/local/create-local-engine.js';
import { realSeeds, type FuzzSeed } from '../engine/local/testing/fuzz-seeds.js';
import { runFuzz, unhandledRejectionRecorder } from '../engine/local/testing/fuzz-run.js';
import { imageMutations, mutateAll } from '../engine/local/testing/image-mutations.js';
import { createLivenessApp } from './create-liveness-app.js';

/**
 * A small sample through the whole local engine (models, pre-checks, PAD): mutated full-size
 * fixture photos that still decode, or not, must give a 200 with a liveness body or a 4xx
 * contract error. The many cases run against the decoder alone (decode-image.fuzz.test.ts) and
 * a decoding engine (upload-routes.fuzz.test.ts).
 */
describe('the local engine on mutated fixture photos (fast-check, app.fetch)', () => {
  const engine = createLocalEngine();
  const unexpected: unknown[] = [];
  const app = createLivenessApp({ engine, onUnexpectedError: (e) => void unexpected.push(e) });
  const rejections = unhandledRejectionRecorder();
  let seeds: FuzzSeed[];

  beforeAll(async () => {
    rejections.start();
    seeds = realSeeds();
    await engine.ready();
  }, 120_000);
  afterAll(async () => {
    rejections.stop();
    await engine.close();
  });

  it('40 cases: a 200 with a liveness body, or a 4xx {detail, code}', async () => {
    const statuses = new Map<string, number>();
    const property = fc.asyncProperty(fc.nat({ max: 100 }), imageMutations(2), async (index, mutations) => {
      const bytes = mutateAll(seeds[index % seeds.length]!.bytes, mutations);
      const form = new FormData();
      form.append(
        'user_image',
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }),
        'selfie.jpg',
      );
      const res = await app.fetch(
        new Request(`http://fuzz.local${LIVENESS_PATH}`, { method: 'POST', body: form }),
      );
      const json = (await res.json()) as { detail?: unknown; code?: unknown; liveness?: { score?: unknown } };
      const label = res.status === 200 ? '200' : `${res.status} ${String(json.code)}`;
      statuses.set(label, (statuses.get(label) ?? 0) + 1);
      if (res.status === 200) {
        expect(json.liveness).toBeDefined();
      } else {
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(typeof json.detail).toBe('string');
        expect(typeof json.code).toBe('string');
      }
      expect(unexpected).toEqual([]);
    });
    await runFuzz('local engine', property, { numRuns: 40, timeLimitMs: 40_000, caseTimeoutMs: 30_000 });
    console.info('local engine fuzz answers', Object.fromEntries(statuses));
    expect(rejections.seen).toEqual([]);
  }, 60_000);
});
