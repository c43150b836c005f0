// The browser's pre-checks and the local engine must agree: a frame that core's `assessFrame`
// passes (no failing code, so the component would upload it) must not come back LOW_FACE_LUMINANCE, HIGH_FACE_LUMINANCE or
// LOW_FACE_QUALITY from the engine on the same image (else users would be sent frames that are
// sure to fail), and the edits the pre-checks stop must be the ones the engine flags.
import { assessFrame, type LivenessResponse } from '@liveness-kit/core';
import { fixtureBytes, fixtureManifest, fixtureRgba } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEngine } from './create-local-engine.js';

const QUALITY_TAGS = ['LOW_FACE_LUMINANCE', 'HIGH_FACE_LUMINANCE', 'LOW_FACE_QUALITY'];
const PRECHECK_CODES = ['TOO_DARK', 'TOO_BRIGHT', 'BLURRY'];

// Every decodable photo with exactly one face: single, attack and the derived edits.
const cases = fixtureManifest()
  .filter((f) => f.expected_faces === 1 && !f.path.startsWith('video/') && !f.label.includes('large'))
  .map((f) => f.path);

describe('pre-checks (core) agree with the local engine on the fixtures', () => {
  const engine = createLocalEngine();
  beforeAll(() => engine.ready(), 120_000);
  afterAll(() => engine.close());
  const passed: string[] = [];

  it.each(cases)(
    '%s',
    async (path) => {
      const bytes = new Uint8Array(fixtureBytes(path));
      const response: LivenessResponse = await engine.check({
        image: bytes,
        imageType: 'image/jpeg',
        rotateImage: false,
        saveApiRequest: false,
      });
      const entity = response.liveness.user_image?.entities[0];
      if (!entity) return; // No face found by the engine (e.g. the 96 px edit): nothing to compare.

      // The camera frame the browser would see, and the engine's face box in its pixels.
      const frame = await fixtureRgba(path, { maxWidth: 640, maxHeight: 480 });
      const full = await fixtureRgba(path);
      const s = frame.width / full.width;
      const [x1, y1, x2, y2] = entity.bbox;
      const faces = [
        { box: { x: x1 * s, y: y1 * s, width: (x2 - x1) * s, height: (y2 - y1) * s }, score: 0.99 },
      ];
      const pre = assessFrame({ frame, faces, timestamp: 0 });
      const preFlags: string[] = pre.codes.filter((c) => PRECHECK_CODES.includes(c));
      const engineFlags = response.liveness.warnings
        .map((w) => w.risk)
        .filter((r) => QUALITY_TAGS.includes(r));

      // "Passed" is what lets the component upload: no failing code at all (light, blur, framing).
      if (pre.codes.length === 0) {
        passed.push(path);
        expect(engineFlags, `pre-checks passed ${path}`).toEqual([]);
      }
      // And the other way for light: what the engine calls too dark or too bright, the pre-checks stop.
      if (engineFlags.includes('LOW_FACE_LUMINANCE')) expect(preFlags).toContain('TOO_DARK');
      if (engineFlags.includes('HIGH_FACE_LUMINANCE')) expect(preFlags).toContain('TOO_BRIGHT');
    },
    60_000,
  );

  it('compared real cases: several photos passed the pre-checks', () => {
    expect(passed.length).toBeGreaterThanOrEqual(3);
  });
});
