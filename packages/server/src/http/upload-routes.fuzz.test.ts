import {
  FACE_MATCH_FORM_FIELDS,
  LIVENESS_FORM_FIELDS,
  MAX_IMAGE_BYTES,
  sniffImageType,
} from '@liveness-kit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../engine/local/decode-image.js';
import { realSeeds, smallSeeds, type FuzzSeed } from '../engine/local/testing/fuzz-seeds.js';
import { runFuzz, unhandledRejectionRecorder } from '../engine/local/testing/fuzz-run.js';
import {
  concat,
  imageMutations,
  mutateAll,
  type ImageMutation,
} from '../engine/local/testing/image-mutations.js';
import { createLivenessApp, FACE_MATCH_PATH, LIVENESS_PATH } from './create-liveness-app.js';
import type { ProblemCode } from './problem.js';
import { DECODE_LIMITS, decodingEngine, fingerprint } from './testing/decoding-engine.js';
import {
  boundaryArb,
  filenameArb,
  formBody,
  framingMutationArb,
  isIntact,
  optionDrawsArb,
  partTypeArb,
  unknownFieldArb,
  type FormCase,
  type FramingMutation,
  type OptionDraws,
  type PartSpec,
} from './testing/fuzz-multipart.js';

const LIMITS = DECODE_LIMITS;
const MAX_LIVENESS_BODY = MAX_IMAGE_BYTES + 64 * 1024;
const MAX_FACE_MATCH_BODY = 2 * MAX_IMAGE_BYTES + 64 * 1024;

/** Every code the contract's error bodies may carry (problem.ts), but INTERNAL. */
const CONTRACT_CODES = new Set<string>([
  'MISSING_IMAGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_MULTIPART',
  'FILE_TOO_LARGE',
  'INVALID_IMAGE',
  'IMAGE_TOO_LARGE',
  'INVALID_THRESHOLD',
  'INVALID_BOOLEAN',
  'INVALID_METADATA',
  'INVALID_VENDOR_DATA',
  'INVALID_OPTIONS',
  'DUPLICATE_FIELD',
] satisfies ProblemCode[]);

const OPTION_CODES: Record<keyof OptionDraws, ProblemCode> = {
  threshold: 'INVALID_THRESHOLD',
  rotateImage: 'INVALID_BOOLEAN',
  saveApiRequest: 'INVALID_BOOLEAN',
  vendorData: 'INVALID_VENDOR_DATA',
  metadata: 'INVALID_METADATA',
};

/** How one image field is sent. */
interface ImageDraw {
  how: 'file' | 'text' | 'missing' | 'twice' | 'empty' | 'oversized';
  seed: number;
  real: boolean;
  mutations: ImageMutation[];
  filename: string;
  contentType: string | null;
}

const imageDrawArb: fc.Arbitrary<ImageDraw> = fc.record({
  how: fc.oneof(
    { arbitrary: fc.constant('file' as const), weight: 40 },
    {
      arbitrary: fc.constantFrom('text' as const, 'missing' as const, 'twice' as const, 'empty' as const),
      weight: 4,
    },
    { arbitrary: fc.constant('oversized' as const), weight: 1 },
  ),
  seed: fc.nat(),
  real: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
  mutations: imageMutations(3),
  filename: filenameArb,
  contentType: partTypeArb,
});

interface UploadCase {
  images: ImageDraw[];
  options: OptionDraws;
  unknown: Array<{ name: string; value: string; asFile: boolean }>;
  order: number[];
  boundary: { boundary: string; quirky: boolean };
  headerStyle: number;
  framing: FramingMutation[];
  /** Send the body as a stream in pieces of this size (the body limit counts while it streams). */
  streamChunk: number | null;
}

const uploadCaseArb = (imageFields: number): fc.Arbitrary<UploadCase> =>
  fc.record({
    images: fc.array(imageDrawArb, { minLength: imageFields, maxLength: imageFields }),
    options: optionDrawsArb,
    unknown: fc.array(unknownFieldArb, { maxLength: 2 }),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    boundary: boundaryArb,
    headerStyle: fc.nat({ max: 3 }),
    framing: fc.oneof(
      { arbitrary: fc.constant<FramingMutation[]>([]), weight: 3 },
      { arbitrary: fc.array(framingMutationArb, { minLength: 1, maxLength: 3 }), weight: 2 },
    ),
    streamChunk: fc.option(fc.integer({ min: 1, max: 65536 }), { freq: 4 }),
  });

/** What the test predicts for an intact case: a contract error (any of `codes`) or a 200 with these images. */
type Expected = { status: number; codes: string[] } | { status: 200; images: Uint8Array[] };

describe('the upload routes on mutated multipart bodies (fast-check, app.fetch)', () => {
  let seeds: { small: FuzzSeed[]; real: FuzzSeed[] };
  const unexpected: unknown[] = [];
  const app = createLivenessApp({
    engine: decodingEngine,
    onUnexpectedError: (e) => void unexpected.push(e),
  });
  const rejections = unhandledRejectionRecorder();
  const seen = new Map<string, number>();
  let intactCases = 0;

  beforeAll(async () => {
    rejections.start();
    seeds = { small: await smallSeeds(), real: realSeeds() };
  }, 60_000);
  afterAll(() => {
    rejections.stop();
  });

  const imageBytes = (d: ImageDraw): Uint8Array => {
    const pool = d.real ? seeds.real : seeds.small;
    const bytes = mutateAll(pool[d.seed % pool.length]!.bytes, d.mutations);
    if (d.how === 'empty') return new Uint8Array(0);
    if (d.how === 'oversized')
      return concat(bytes, new Uint8Array(Math.max(0, MAX_IMAGE_BYTES + 1 - bytes.length)));
    return bytes;
  };

  /** The parts of a case, in its order. `fields` names the image fields and the text options. */
  function partsOf(
    c: UploadCase,
    imageNames: string[],
    names: Record<keyof OptionDraws, string>,
  ): PartSpec[] {
    const parts: PartSpec[] = [];
    c.images.forEach((d, i) => {
      if (d.how === 'missing') return;
      const body = imageBytes(d);
      const file = { name: imageNames[i]!, filename: d.filename, contentType: d.contentType, body };
      if (d.how === 'text') parts.push({ ...file, filename: null, contentType: null });
      else parts.push(file);
      if (d.how === 'twice') parts.push(file);
    });
    for (const key of Object.keys(OPTION_CODES) as Array<keyof OptionDraws>) {
      const draw = c.options[key];
      if (!draw) continue;
      const body = new TextEncoder().encode(draw.value);
      parts.push({
        name: names[key],
        filename: draw.asFile ? 'option.txt' : null,
        contentType: draw.asFile ? 'text/plain' : null,
        body,
      });
    }
    for (const u of c.unknown) {
      parts.push({
        name: u.name,
        filename: u.asFile ? 'x.bin' : null,
        contentType: null,
        body: new TextEncoder().encode(u.value),
      });
    }
    const keyed = parts.map((p, i) => ({ p, k: c.order[i % c.order.length]! * 31 + i }));
    return keyed.sort((a, b) => a.k - b.k).map(({ p }) => p);
  }

  /** The contract's answer to an intact case, from the rules (form-fields.ts) and a direct decode. */
  async function expectedOf(
    c: UploadCase,
    parts: PartSpec[],
    bodyLength: number,
    imageNames: string[],
    names: Record<keyof OptionDraws, string>,
    maxBody: number,
  ): Promise<Expected> {
    if (bodyLength > maxBody) return { status: 413, codes: ['FILE_TOO_LARGE'] };
    const contractNames = [...imageNames, ...Object.values(names)];
    if (contractNames.some((n) => parts.filter((p) => p.name === n).length > 1)) {
      return { status: 400, codes: ['DUPLICATE_FIELD'] };
    }
    const images: Uint8Array[] = [];
    for (const name of imageNames) {
      const part = parts.find((p) => p.name === name);
      if (!part || part.filename === null) return { status: 400, codes: ['MISSING_IMAGE'] };
      if (part.body.length === 0) return { status: 400, codes: ['INVALID_IMAGE'] };
      if (part.body.length > MAX_IMAGE_BYTES) return { status: 413, codes: ['FILE_TOO_LARGE'] };
      if (!sniffImageType(part.body)) return { status: 415, codes: ['UNSUPPORTED_MEDIA_TYPE'] };
      images.push(part.body);
    }
    const keys = Object.keys(OPTION_CODES) as Array<keyof OptionDraws>;
    const asFile = keys.find((k) => c.options[k]?.asFile);
    if (asFile) return { status: 400, codes: [OPTION_CODES[asFile]] };
    const invalid = keys.filter((k) => c.options[k] && !c.options[k].valid);
    if (invalid.length > 0) return { status: 400, codes: invalid.map((k) => OPTION_CODES[k]) };
    for (const image of images) {
      try {
        await decodeImage(image, LIMITS);
      } catch (error) {
        const tooLarge = (error as { serverCode?: string }).serverCode === 'IMAGE_TOO_LARGE';
        return { status: 400, codes: [tooLarge ? 'IMAGE_TOO_LARGE' : 'INVALID_IMAGE'] };
      }
    }
    return { status: 200, images };
  }

  async function send(path: string, headers: Record<string, string>, body: Uint8Array, chunk: number | null) {
    // At most 256 pieces: a 5 MB body in 1-byte pieces measures the stream, not the server.
    const size = chunk === null ? 0 : Math.max(chunk, Math.ceil(body.length / 256));
    const stream =
      chunk === null
        ? null
        : new ReadableStream<Uint8Array>({
            start(controller) {
              for (let o = 0; o < body.length; o += size) controller.enqueue(body.slice(o, o + size));
              controller.close();
            },
          });
    const request = new Request(`http://fuzz.local${path}`, {
      method: 'POST',
      headers,
      body: stream ?? body,
      ...(stream && { duplex: 'half' }),
    } as RequestInit);
    return app.fetch(request);
  }

  /** One case: a contract answer always; for an intact case, exactly the predicted one. */
  async function checkCase(route: 'liveness' | 'face-match', c: UploadCase): Promise<void> {
    const isFace = route === 'face-match';
    const imageNames = isFace
      ? [FACE_MATCH_FORM_FIELDS.userImage, FACE_MATCH_FORM_FIELDS.refImage]
      : [LIVENESS_FORM_FIELDS.image];
    const names = isFace ? FACE_MATCH_FORM_FIELDS : LIVENESS_FORM_FIELDS;
    const parts = partsOf(c, imageNames, names);
    const form: FormCase = {
      parts,
      boundary: c.boundary.boundary,
      quirkyBoundary: c.boundary.quirky,
      headerStyle: c.headerStyle,
      framing: c.framing,
    };
    const { headers, body } = formBody(form);
    const res = await send(isFace ? FACE_MATCH_PATH : LIVENESS_PATH, headers, body, c.streamChunk);
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = JSON.parse(text) as { detail?: unknown; code?: unknown; images?: Array<{ bytes: string }> };
    const label = res.status === 200 ? '200' : `${res.status} ${String(json.code)}`;
    seen.set(label, (seen.get(label) ?? 0) + 1);
    if (res.status !== 200) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(typeof json.detail === 'string' && json.detail.length > 0).toBe(true);
      expect(CONTRACT_CODES.has(String(json.code))).toBe(true);
    }
    expect(unexpected).toEqual([]);
    if (!isIntact(form)) return;
    intactCases++;
    const maxBody = isFace ? MAX_FACE_MATCH_BODY : MAX_LIVENESS_BODY;
    const expected = await expectedOf(c, parts, body.length, imageNames, names, maxBody);
    if ('images' in expected) {
      expect(res.status).toBe(200);
      expect(json.images?.map((i) => i.bytes)).toEqual(expected.images.map(fingerprint));
    } else {
      expect({ status: res.status, code: json.code }).toEqual({
        status: expected.status,
        code: expected.codes.includes(String(json.code)) ? json.code : expected.codes.join(' or '),
      });
    }
  }

  it('POST /v3/passive-liveness/: 3500 cases, each a contract answer, intact ones exactly the predicted one', async () => {
    const property = fc.asyncProperty(uploadCaseArb(1), (c) => checkCase('liveness', c));
    await runFuzz('passive-liveness route', property, { numRuns: 3500, timeLimitMs: 75_000 });
    expect(rejections.seen).toEqual([]);
  }, 120_000);

  it('POST /v3/face-match/: 1200 cases the same way, with two images', async () => {
    const property = fc.asyncProperty(uploadCaseArb(2), (c) => checkCase('face-match', c));
    await runFuzz('face-match route', property, { numRuns: 1200, timeLimitMs: 40_000 });
    expect(rejections.seen).toEqual([]);
  }, 120_000);

  it('met the contract’s answers: 200s, the parser’s 400, bad images, options, sizes and types', () => {
    console.info(`upload fuzz answers (${intactCases} intact cases predicted)`, Object.fromEntries(seen));
    for (const label of [
      '200',
      '400 INVALID_MULTIPART',
      '400 INVALID_IMAGE',
      '400 MISSING_IMAGE',
      '400 DUPLICATE_FIELD',
      '415 UNSUPPORTED_MEDIA_TYPE',
      '413 FILE_TOO_LARGE',
    ]) {
      expect(seen.get(label) ?? 0, label).toBeGreaterThan(0);
    }
    expect(intactCases).toBeGreaterThan(200);
  });
});
