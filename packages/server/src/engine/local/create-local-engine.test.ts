import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLivenessResponse, sniffImageType, type LivenessResponse } from '@liveness-kit/core';
import { fixtureBytes, fixturesIn } from '@liveness-kit/test-utils';
import type { EngineRequest } from '../engine.js';
import { createLocalEngine, type LocalEngine } from './create-local-engine.js';
import type { FaceStore, FaceStoreMatch } from './face-store.js';
import { defaultModelDir, defaultWasmDir } from './human-paths.js';
import { sharedAnalyser } from './shared-analyser.js';
import { cameraView, perspectiveTurn } from './testing/camera-views.js';

const SLOW = { timeout: 60_000 };
const QUALITY_TAGS = ['LOW_FACE_QUALITY', 'LOW_FACE_LUMINANCE', 'HIGH_FACE_LUMINANCE'];

function request(bytes: Uint8Array, extra: Partial<EngineRequest> = {}): EngineRequest {
  return {
    image: bytes,
    imageType: sniffImageType(bytes) ?? 'image/jpeg',
    rotateImage: false,
    saveApiRequest: false,
    ...extra,
  };
}

function tags(response: LivenessResponse): string[] {
  return response.liveness.warnings.map((w) => w.risk);
}

let engine: LocalEngine;

async function check(fixture: string, extra: Partial<EngineRequest> = {}): Promise<LivenessResponse> {
  const response = await engine.check(request(fixtureBytes(fixture), extra));
  // Every answer is a valid contract body.
  expect(() => parseLivenessResponse(JSON.parse(JSON.stringify(response)))).not.toThrow();
  return response;
}

beforeAll(async () => {
  engine = createLocalEngine();
  await engine.ready();
}, 60_000);

afterAll(async () => {
  await engine?.close();
});

describe('createLocalEngine (in-process)', () => {
  it('answers the contract’s 200 body, exactly its fields', SLOW, async () => {
    const response = await check('single/man-obama-official-portrait.jpg', {
      vendorData: 'user-42',
      metadata: '{"session":"abc"}',
    });
    expect(Object.keys(response).sort()).toEqual([
      'created_at',
      'liveness',
      'metadata',
      'request_id',
      'vendor_data',
    ]);
    expect(response.request_id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(new Date(response.created_at!).toISOString()).toBe(response.created_at);
    expect(response.vendor_data).toBe('user-42');
    expect(response.metadata).toEqual({ session: 'abc' });
    const { liveness } = response;
    expect(Object.keys(liveness).sort()).toEqual(
      ['face_luminance', 'face_quality', 'method', 'score', 'status', 'user_image', 'warnings'].sort(),
    );
    expect(liveness.method).toBe('PASSIVE');
    expect(Number.isInteger(liveness.score)).toBe(true);
    expect(liveness.user_image.best_angle).toBe(0);
    const [entity] = liveness.user_image.entities;
    expect(Object.keys(entity!).sort()).toEqual(['age', 'bbox', 'confidence', 'gender', 'race']);
    expect(entity!.race).toBeNull();
    // Age and gender need the face description, which a plain check does not run.
    expect(entity!.gender).toBeNull();
    expect(entity!.age).toBeNull();
    expect(entity!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('estimates age and gender with `demographics`, with the same verdict', SLOW, async () => {
    const described = createLocalEngine({ demographics: true });
    try {
      const fixture = 'single/man-obama-official-portrait.jpg';
      const [plain, withDemographics] = [
        await check(fixture),
        await described.check(request(fixtureBytes(fixture))),
      ];
      const [entity] = withDemographics.liveness.user_image.entities;
      expect(entity!.gender).toBe('male');
      expect(entity!.age).toBeGreaterThan(0);
      expect(withDemographics.liveness.score).toBe(plain.liveness.score);
      expect(withDemographics.liveness.status).toBe(plain.liveness.status);
    } finally {
      await described.close();
    }
  });

  it('echoes metadata that is not JSON as sent, and null when absent', SLOW, async () => {
    const bytes = fixtureBytes('noface/hands.jpg');
    expect((await engine.check(request(bytes, { metadata: 'plain text' }))).metadata).toBe('plain text');
    const bare = await engine.check(request(bytes));
    expect(bare.metadata).toBeNull();
    expect(bare.vendor_data).toBeNull();
  });

  describe.each(fixturesIn('single').map((f) => f.path))('single portrait %s', (fixture) => {
    it('finds one face, scores it, and raises none of the quality or luminance warnings', SLOW, async () => {
      const { liveness } = await check(fixture);
      expect(liveness.user_image.entities).toHaveLength(1);
      expect(liveness.status).toBe('Approved');
      for (const tag of QUALITY_TAGS) expect(liveness.warnings.map((w) => w.risk)).not.toContain(tag);
      expect(liveness.warnings.map((w) => w.risk)).not.toContain('MULTIPLE_FACES_DETECTED');
      expect(liveness.score).toBeGreaterThanOrEqual(0);
      expect(liveness.score).toBeLessThanOrEqual(100);
      expect(liveness.face_quality).toBeGreaterThanOrEqual(50);
      // Brightness of the skin, reported; the decision is on clipped pixels (any skin tone passes).
      expect(liveness.face_luminance).toBeGreaterThan(0);
      expect(liveness.face_luminance).toBeLessThan(100);
    });
  });

  describe.each(fixturesIn('multi').map((f) => f.path))('group photo %s', (fixture) => {
    it(
      'reports MULTIPLE_FACES_DETECTED (a warning, not a decline) and scores the largest face',
      SLOW,
      async () => {
        const { liveness } = await check(fixture);
        const entities = liveness.user_image.entities;
        expect(entities.length).toBeGreaterThan(1);
        const warning = liveness.warnings.find((w) => w.risk === 'MULTIPLE_FACES_DETECTED');
        expect(warning?.log_type).toBe('warning');
        const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
        for (const other of entities.slice(1))
          expect(area(entities[0]!.bbox)).toBeGreaterThanOrEqual(area(other.bbox));
        expect(liveness.score).not.toBeNull();
      },
    );
  });

  describe.each(fixturesIn('noface').map((f) => f.path))('picture without a face %s', (fixture) => {
    it('declines with NO_FACE_DETECTED and null score, quality and luminance', SLOW, async () => {
      const { liveness } = await check(fixture);
      expect(liveness.status).toBe('Declined');
      expect(tags({ liveness } as LivenessResponse)).toEqual(['NO_FACE_DETECTED']);
      expect(liveness.warnings[0]!.log_type).toBe('error');
      expect(liveness.user_image.entities).toEqual([]);
      expect(liveness.score).toBeNull();
      expect(liveness.face_quality).toBeNull();
      expect(liveness.face_luminance).toBeNull();
    });
  });

  describe.each(fixturesIn('attack').map((f) => f.path))('presentation attack %s', (fixture) => {
    it('declines it with LOW_LIVENESS_SCORE from the attack model', SLOW, async () => {
      const { liveness } = await check(fixture);
      expect(liveness.status).toBe('Declined');
      expect(tags({ liveness } as LivenessResponse)).toContain('LOW_LIVENESS_SCORE');
      expect(liveness.score).toBeLessThanOrEqual(30);
    });
  });

  it('judges a face that fills the photo like any other (the tight 336 px crops of pad/)', SLOW, async () => {
    const bona = await check('pad/real/dtruong-real_1688023441526593_2_detect.jpg');
    const attack = await check('pad/attack/dtruong-fake_IMG_0406_detect.jpg');
    expect(bona.liveness.status).toBe('Approved');
    expect(bona.liveness.score).toBeGreaterThan(30);
    expect(attack.liveness.status).toBe('Declined');
    expect(tags(attack)).toContain('LIVENESS_FACE_ATTACK');
  });

  it('scores on a calibrated scale: a stricter request threshold declines more', SLOW, async () => {
    const fixture = 'single/woman-astronaut-eileen-collins.png';
    const { liveness } = await check(fixture);
    expect(liveness.status).toBe('Approved');
    const strict = await check(fixture, { threshold: liveness.score! });
    expect(strict.liveness.status).toBe('Declined');
    expect(tags(strict)).toEqual(['LOW_LIVENESS_SCORE']);
  });

  it(
    'asks a face turned away to retake (LOW_FACE_QUALITY naming the turn), and does not score it',
    SLOW,
    async () => {
      // A frontal portrait as a camera frame, turned 55° in perspective about the vertical line
      // through the face's centre at eye height (a warp BlazeFace measures at about 33° of yaw).
      const path = 'single/woman-young-frontal.jpg';
      const upright = await check(path);
      const [x1, y1, x2, y2] = upright.liveness.user_image.entities[0]!.bbox;
      const view = await cameraView(path, { x: x1, y: y1, width: x2 - x1, height: y2 - y1 });
      const human = await sharedAnalyser({
        modelDir: defaultModelDir(),
        wasmDir: defaultWasmDir(),
        minFaceConfidence: 0.6,
        maxFaces: 5,
      });
      const [face] = await human.detect(view);
      const eyeLine = (face!.keypoints[0]![1] + face!.keypoints[1]![1]) / 2;
      const cx = face!.box.x + face!.box.width / 2;
      const turned = perspectiveTurn(view, cx, eyeLine, 55, face!.box.width * 0.6);
      const jpeg = await sharp(Buffer.from(turned.data.buffer), {
        raw: { width: turned.width, height: turned.height, channels: 4 },
      })
        .jpeg({ quality: 92 })
        .toBuffer();
      const { liveness } = await engine.check(request(new Uint8Array(jpeg)));
      const warning = liveness.warnings.find((w) => w.risk === 'LOW_FACE_QUALITY');
      expect(liveness.status).toBe('Declined');
      expect(warning?.long_description).toMatch(/the face is turned \(yaw -?\d+°.*at most 25°, 25°, 35°/);
      expect(liveness.score).toBeNull();
    },
  );

  it('declines the underexposed edit with LOW_FACE_LUMINANCE', SLOW, async () => {
    const { liveness } = await check('derived/dark-underexposed-01.jpg');
    expect(liveness.status).toBe('Declined');
    const warning = liveness.warnings.find((w) => w.risk === 'LOW_FACE_LUMINANCE');
    expect(warning).toMatchObject({ log_type: 'error', short_description: 'Low face luminance' });
    expect(warning!.long_description).toMatch(/clipped dark .*highlights reach/);
    expect(liveness.face_luminance).toBeLessThan(15);
    // A face too dark to judge is asked to retake, not scored.
    expect(liveness.score).toBeNull();
  });

  it('declines the blown-out edit with HIGH_FACE_LUMINANCE', SLOW, async () => {
    const { liveness } = await check('derived/overexposed-blownout-01.jpg');
    expect(liveness.status).toBe('Declined');
    expect(tags({ liveness } as LivenessResponse)).toContain('HIGH_FACE_LUMINANCE');
    expect(tags({ liveness } as LivenessResponse)).not.toContain('LOW_FACE_QUALITY');
    expect(liveness.face_luminance).toBeGreaterThan(70);
  });

  it.each(['derived/blur-gaussian-01.jpg', 'derived/blur-motion-01.jpg'])(
    'declines the blurred edit %s with LOW_FACE_QUALITY (and only that)',
    SLOW,
    async (fixture) => {
      const { liveness } = await check(fixture);
      expect(liveness.status).toBe('Declined');
      expect(tags({ liveness } as LivenessResponse).filter((t) => QUALITY_TAGS.includes(t))).toEqual([
        'LOW_FACE_QUALITY',
      ]);
      expect(liveness.face_quality).toBeLessThan(50);
      // The same portrait unblurred passes.
      const sharpTwin = await check('derived/rotated-90cw-01.jpg', { rotateImage: true });
      expect(sharpTwin.liveness.face_quality).toBeGreaterThan(liveness.face_quality! + 30);
    },
  );

  it(
    'finds the face of the 90°-turned photo with rotate_image and reports it in the photo’s own pixels',
    SLOW,
    async () => {
      const bytes = fixtureBytes('derived/rotated-90cw-01.jpg');
      const { width = 0, height = 0 } = await sharp(bytes).metadata();
      const turned = await check('derived/rotated-90cw-01.jpg', { rotateImage: true });
      expect([90, 270]).toContain(turned.liveness.user_image.best_angle);
      expect(turned.liveness.user_image.entities).toHaveLength(1);

      // The upright original of this edit, checked upright: its box turned 90° clockwise must match.
      const upright = await engine.check(request(await sharp(bytes).rotate(270).jpeg().toBuffer()));
      const [ux1, uy1, ux2, uy2] = upright.liveness.user_image.entities[0]!.bbox;
      const expected = [height - uy2, ux1, height - uy1, ux2];
      const actual = turned.liveness.user_image.entities[0]!.bbox;
      for (let i = 0; i < 4; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThan(0.05 * width);
    },
  );

  it('uses best_angle 0 for an upright face even when rotate_image is set', SLOW, async () => {
    const { liveness } = await check('single/man-glasses-webcam.jpg', { rotateImage: true });
    expect(liveness.user_image.best_angle).toBe(0);
  });

  it.each([
    'single/woman-selfie-live-exif-orient6.jpg',
    'attack/print-01-poster-exif-orient6.jpg',
    'attack/screen-01-tablet-exif-orient6.jpg',
  ])(
    'reports bbox of the EXIF-orientation-6 photo %s in rotated (displayed) pixels',
    SLOW,
    async (fixture) => {
      const bytes = fixtureBytes(fixture);
      const withExif = await check(fixture);
      // The same picture with the rotation baked into the pixels and no EXIF tag.
      const baked = await sharp(bytes).rotate().jpeg({ quality: 95 }).toBuffer();
      expect((await sharp(baked).metadata()).orientation).toBeUndefined();
      const plain = await engine.check(request(baked));
      const a = withExif.liveness.user_image.entities[0]!.bbox;
      const b = plain.liveness.user_image.entities[0]!.bbox;
      for (let i = 0; i < 4; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(8);
      // Displayed 480 wide, 640 high.
      expect(a[2]).toBeLessThanOrEqual(480);
      expect(a[3]).toBeLessThanOrEqual(640);
      expect(a[3]).toBeGreaterThan(0);
    },
  );

  it('reports bbox of a 12 MP photo in its full-size pixels', SLOW, async () => {
    const { liveness } = await check('derived/large-12mp-over5mb-01.jpg');
    const [x1, y1, x2, y2] = liveness.user_image.entities[0]!.bbox;
    expect(x2).toBeLessThanOrEqual(4032);
    expect(y2).toBeLessThanOrEqual(3024);
    expect(x2 - x1).toBeGreaterThan(1500);
    expect(y2 - y1).toBeGreaterThan(1500);
    expect(y1).toBeGreaterThanOrEqual(0);
  });

  it(
    'finds the small face in a large frame and the face of a 96 px image, the latter with LOW_FACE_QUALITY',
    SLOW,
    async () => {
      const tiny = await check('derived/tiny-face-in-large-frame-01.jpg');
      expect(tiny.liveness.user_image.entities).toHaveLength(1);
      const lowres = await check('derived/lowres-96px-01.jpg');
      expect(lowres.liveness.user_image.entities).toHaveLength(1);
      expect(tags(lowres)).toContain('LOW_FACE_QUALITY');
    },
  );

  it.each(['derived/corrupt-garbage-after-header-01.jpg', 'derived/corrupt-truncated-40pct-01.jpg'])(
    'rejects %s with an INVALID_IMAGE LivenessError',
    SLOW,
    async (fixture) => {
      await expect(engine.check(request(fixtureBytes(fixture)))).rejects.toMatchObject({
        name: 'LivenessError',
        code: 'INVALID_IMAGE',
      });
    },
  );

  it('rejects an empty image and an out-of-range threshold', SLOW, async () => {
    await expect(engine.check(request(new Uint8Array(0)))).rejects.toMatchObject({ code: 'INVALID_IMAGE' });
    const bytes = fixtureBytes('noface/hands.jpg');
    await expect(engine.check(request(bytes, { threshold: 101 }))).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    });
  });

  it(
    'declines with LOW_LIVENESS_SCORE when the score is at or below the request’s threshold',
    SLOW,
    async () => {
      const fixture = 'single/man-obama-official-portrait.jpg';
      const { liveness } = await check(fixture);
      const score = liveness.score!;
      const at = await engine.check(request(fixtureBytes(fixture), { threshold: score }));
      expect(at.liveness.status).toBe('Declined');
      const warning = at.liveness.warnings.find((w) => w.risk === 'LOW_LIVENESS_SCORE');
      expect(warning?.log_type).toBe('error');
      const below = await engine.check(request(fixtureBytes(fixture), { threshold: score - 1 }));
      expect(below.liveness.status).toBe('Approved');
      expect(tags(below)).toEqual([]);
    },
  );

  it('gives the same figures for the same image every time (no caching between checks)', SLOW, async () => {
    const a = await check('multi/group-3-office.jpg');
    await check('single/woman-young-frontal.jpg');
    const b = await engine.check(request(fixtureBytes('multi/group-3-office.jpg')));
    expect(b.liveness).toEqual(a.liveness);
    expect(b.request_id).not.toBe(a.request_id);
  });

  it('answers concurrent checks, each with its own result', SLOW, async () => {
    const fixtures = [
      'single/man-obama-official-portrait.jpg',
      'noface/landscape.jpg',
      'multi/group-2-women.jpg',
      'derived/dark-underexposed-01.jpg',
      'single/woman-young-frontal.jpg',
      'derived/corrupt-truncated-40pct-01.jpg',
    ];
    const results = await Promise.allSettled(fixtures.map((f) => engine.check(request(fixtureBytes(f)))));
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    const answers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(new Set(answers.map((a) => a.request_id)).size).toBe(5);
    expect(answers[0]!.liveness.user_image.entities).toHaveLength(1);
    expect(tags(answers[1]!)).toEqual(['NO_FACE_DETECTED']);
    expect(tags(answers[2]!)).toContain('MULTIPLE_FACES_DETECTED');
    expect(tags(answers[3]!)).toContain('LOW_FACE_LUMINANCE');
    expect(answers[4]!.liveness.score).not.toBeNull();
  });

  it(
    'drops a queued check whose signal aborts, with ABORTED, and still answers the others',
    SLOW,
    async () => {
      const bytes = fixtureBytes('single/woman-young-frontal.jpg');
      const controller = new AbortController();
      const first = engine.check(request(bytes));
      const aborted = engine.check(request(bytes), controller.signal);
      const third = engine.check(request(bytes));
      controller.abort();
      await expect(aborted).rejects.toMatchObject({ code: 'ABORTED' });
      await expect(first).resolves.toMatchObject({ liveness: { method: 'PASSIVE' } });
      await expect(third).resolves.toMatchObject({ liveness: { method: 'PASSIVE' } });
    },
  );

  it('loaded its models once for all these checks', SLOW, async () => {
    const stats = engine.stats();
    expect(stats.workers).toBe(0);
    expect(stats.modelLoads).toBe(1);
    // blazeface and faceres (Human's, through tfjs): each read from disk once.
    expect(stats.modelsRead).toBe(2);
    expect(stats.analyses).toBeGreaterThan(20);
  });
});

/** An in-memory store: cosine similarity, a blocklist, and a record of what was saved. */
function memoryStore(): FaceStore & { saved: Array<{ vendorData?: string }>; block(e: number[]): void } {
  const approved: number[][] = [];
  const blocked: number[][] = [];
  const saved: Array<{ vendorData?: string }> = [];
  const cosine = (a: number[], b: number[]) => {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
      dot += a[i]! * b[i]!;
      na += a[i]! ** 2;
      nb += b[i]! ** 2;
    }
    return dot / Math.sqrt(na * nb);
  };
  const best = (list: number[][], e: number[]) => list.reduce((m, x) => Math.max(m, cosine(x, e)), -1);
  return {
    saved,
    block: (e) => blocked.push(e),
    async match(embedding: number[]): Promise<FaceStoreMatch[]> {
      const matches: FaceStoreMatch[] = [];
      const b = best(blocked, embedding);
      if (b >= 0.95) matches.push({ tag: 'FACE_IN_BLOCKLIST', similarity: b });
      const d = best(approved, embedding);
      if (d >= 0.95) matches.push({ tag: 'DUPLICATED_FACE', similarity: d });
      return matches;
    },
    async save(embedding: number[], vendorData?: string) {
      approved.push(embedding);
      saved.push(vendorData === undefined ? {} : { vendorData });
    },
  };
}

describe('createLocalEngine with a face store', () => {
  let withStore: LocalEngine;
  const store = memoryStore();

  beforeAll(async () => {
    withStore = createLocalEngine({ store });
    await withStore.ready();
  }, 60_000);

  afterAll(async () => {
    await withStore?.close();
  });

  it(
    'saves approved faces only when save_api_request is true, and flags the duplicate as information',
    SLOW,
    async () => {
      const bytes = fixtureBytes('single/man-obama-official-portrait.jpg');
      const notSaved = await withStore.check(request(bytes, { saveApiRequest: false }));
      expect(notSaved.liveness.status).toBe('Approved');
      expect(store.saved).toEqual([]);

      const first = await withStore.check(request(bytes, { saveApiRequest: true, vendorData: 'u1' }));
      expect(first.liveness.status).toBe('Approved');
      expect(store.saved).toEqual([{ vendorData: 'u1' }]);

      const again = await withStore.check(request(bytes, { saveApiRequest: false, vendorData: 'u2' }));
      const duplicate = again.liveness.warnings.find((w) => w.risk === 'DUPLICATED_FACE');
      expect(duplicate).toMatchObject({ log_type: 'information' });
      expect((duplicate!.additional_data as { similarity: number }).similarity).toBeGreaterThan(0.95);
      expect(again.liveness.status).toBe('Approved');
    },
  );

  it('declines a blocklisted face with FACE_IN_BLOCKLIST and does not save it', SLOW, async () => {
    const bytes = fixtureBytes('single/woman-young-frontal.jpg');
    const embedding = await withStore.embedFace(request(bytes));
    expect(embedding).toHaveLength(1024);
    store.block(embedding!);
    const before = store.saved.length;
    const { liveness } = await withStore.check(request(bytes, { saveApiRequest: true }));
    expect(liveness.status).toBe('Declined');
    expect(liveness.warnings.find((w) => w.risk === 'FACE_IN_BLOCKLIST')?.log_type).toBe('error');
    expect(store.saved.length).toBe(before);
  });

  it('does not save declined checks, and has no embedding without a face', SLOW, async () => {
    const before = store.saved.length;
    const dark = await withStore.check(
      request(fixtureBytes('derived/dark-underexposed-01.jpg'), { saveApiRequest: true }),
    );
    expect(dark.liveness.status).toBe('Declined');
    expect(store.saved.length).toBe(before);
    expect(await withStore.embedFace(request(fixtureBytes('noface/coffee-cup.png')))).toBeNull();
  });
});

describe('createLocalEngine options', () => {
  it('refuses bad options with INVALID_OPTIONS', () => {
    expect(() => createLocalEngine({ workers: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() => createLocalEngine({ thresholds: { lowQuality: 200 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });

  it('fails to load with MODEL_LOAD_FAILED when the models are not where it is told', SLOW, async () => {
    const broken = createLocalEngine({ modelBasePath: '/nonexistent/models', workers: 1 });
    try {
      await expect(broken.ready()).rejects.toMatchObject({
        name: 'LivenessError',
        code: 'MODEL_LOAD_FAILED',
      });
    } finally {
      await broken.close();
    }
  });
});
