// The browser's pre-checks and the local engine must agree: a frame that core's `assessFrame`
// passes (no failing code, so the component would upload it) must not come back LOW_FACE_LUMINANCE,
// HIGH_FACE_LUMINANCE or LOW_FACE_QUALITY from the engine on the same image (else users would be
// sent frames that are sure to fail), and what the engine flags for light or a turned face, the
// pre-checks stop (TOO_DARK, TOO_BRIGHT, LOOK_STRAIGHT). The camera frame's face is found by the
// same detector the browser runs (BlazeFace: box and 6 key points, so pose is checked too).
import { assessFrame, type DetectedFace, type LivenessResponse } from '@liveness-kit/core';
import { fixtureBytes, fixtureManifest, padFixtures } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEngine } from './create-local-engine.js';
import { defaultModelDir, defaultWasmDir } from './human-paths.js';
import { sharedAnalyser } from './shared-analyser.js';
import { cameraView } from './testing/camera-views.js';

const QUALITY_TAGS = ['LOW_FACE_LUMINANCE', 'HIGH_FACE_LUMINANCE', 'LOW_FACE_QUALITY'];
const PRECHECK_CODES = ['TOO_DARK', 'TOO_BRIGHT', 'BLURRY', 'LOOK_STRAIGHT'];

// Every decodable photo with exactly one face: single, attack, the derived edits, and the bona
// fide portraits of pad/ (many skin tones, lights and backgrounds).
const cases = [
  ...fixtureManifest()
    .filter((f) => f.expected_faces === 1 && !f.path.startsWith('video/') && !f.label.includes('large'))
    .map((f) => f.path),
  ...padFixtures('bona-fide'),
];

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

      // The camera frame the browser would send: a 4:3 view at most 640 px wide with the face
      // centred in the oval, as the guidance makes the user hold it (face 70% of the oval's width);
      // never enlarged (a photo smaller than a camera frame is analysed at its own size).
      const [x1, y1, x2, y2] = entity.bbox;
      const frame = await cameraView(path, { x: x1, y: y1, width: x2 - x1, height: y2 - y1 });
      const human = await sharedAnalyser({
        modelDir: defaultModelDir(),
        wasmDir: defaultWasmDir(),
        minFaceConfidence: 0.6,
        maxFaces: 5,
      });
      const faces: DetectedFace[] = (await human.detect(frame)).map((face) => ({
        box: face.box,
        score: face.confidence,
        landmarks: face.keypoints,
      }));
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
      // And the other way: what the engine calls too dark, too bright or turned, the pre-checks stop.
      if (engineFlags.includes('LOW_FACE_LUMINANCE')) expect(preFlags).toContain('TOO_DARK');
      if (engineFlags.includes('HIGH_FACE_LUMINANCE')) expect(preFlags).toContain('TOO_BRIGHT');
      const quality = response.liveness.warnings.find((w) => w.risk === 'LOW_FACE_QUALITY');
      if (quality?.long_description?.includes('turned')) expect(preFlags).toContain('LOOK_STRAIGHT');
    },
    60_000,
  );

  it('compared real cases: several photos passed the pre-checks', () => {
    expect(passed.length).toBeGreaterThanOrEqual(5);
  });
});
