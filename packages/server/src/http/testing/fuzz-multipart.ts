/**
 * Test only: multipart uploads for the fuzz tests of the routes, built byte by byte so that the
 * framing itself can be broken. A `FormCase` is plain data (parts, boundary, the request's
 * Content-Type, framing mutations) that fast-check prints, replays and shrinks; `formBody` turns
 * it into the request's headers and bytes. `intact` cases (a browser-like boundary and header,
 * well-formed part headers, no framing mutation) are the ones whose answer the test predicts.
 */
import fc from 'fast-check';
import { concat } from '../../engine/local/testing/image-mutations.js';

/** One part of the body. `filename` null: a text field. */
export interface PartSpec {
  name: string;
  filename: string | null;
  contentType: string | null;
  body: Uint8Array;
}

/** An edit of the body's framing (or of the request's headers) that makes it no longer intact. */
export type FramingMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flipBytes'; positions: number[] }
  | { kind: 'wrongBoundary'; boundary: string }
  | { kind: 'mixedBoundary'; part: number; boundary: string }
  | { kind: 'noClosingDelimiter' }
  | { kind: 'bareLineFeeds' }
  | { kind: 'preamble'; text: string; epilogue: string }
  | { kind: 'hugeHeader'; part: number; bytes: number }
  | { kind: 'manyHeaders'; part: number; count: number }
  | { kind: 'dropDisposition'; part: number }
  | { kind: 'dispositionQuirk'; part: number; variant: number }
  | { kind: 'headerWithoutColon'; part: number }
  | { kind: 'duplicatePart'; part: number }
  | { kind: 'contentType'; variant: number }
  | { kind: 'contentLength'; value: string }
  | { kind: 'transferEncoding' };

export interface FormCase {
  parts: PartSpec[];
  /** A browser-like boundary, unless a quirky one was drawn (then the case is not intact). */
  boundary: string;
  quirkyBoundary: boolean;
  /** How the boundary parameter is written in the request's Content-Type. */
  headerStyle: number;
  framing: FramingMutation[];
}

/** Intact: the answer is the validation's and the engine's, not the multipart parser's. */
export const isIntact = (c: FormCase): boolean => !c.quirkyBoundary && c.framing.length === 0;

const CRLF = '\r\n';
const enc = new TextEncoder();

const HEADER_STYLES = [
  (b: string) => `multipart/form-data; boundary=${b}`,
  (b: string) => `multipart/form-data; boundary="${b}"`,
  (b: string) => `multipart/form-data;boundary=${b}`,
  (b: string) => `multipart/form-data; charset=utf-8; boundary=${b}`,
];

/** Request Content-Types a client might send instead: wrong types, no or broken boundaries. */
const CONTENT_TYPE_VARIANTS = [
  (b: string) => `Multipart/Form-Data; BOUNDARY=${b}`,
  () => 'multipart/form-data',
  () => 'multipart/form-data; boundary=',
  () => 'multipart/form-data; boundary=""',
  (b: string) => `multipart/form-data; boundary=${b}; boundary=other`,
  (b: string) => `multipart/mixed; boundary=${b}`,
  (b: string) => `multipart/form-data-x; boundary=${b}`,
  () => 'application/x-www-form-urlencoded',
  () => 'application/json',
  () => 'image/jpeg',
  () => 'text/plain; charset=utf-8',
  () => '',
  (b: string) => `multipart/form-data; boundary=${'x'.repeat(5000)}${b}`,
  (b: string) => `multipart/form-data; boundary=${b}\u00e9`,
];

const DISPOSITION_QUIRKS = [
  (p: PartSpec) => `Content-Disposition: form-data; name=${p.name}`,
  (p: PartSpec) => `Content-Disposition: form-data; filename="${p.filename ?? 'x'}"`,
  (p: PartSpec) => `Content-Disposition: attachment; name="${p.name}"; filename="x.jpg"`,
  (p: PartSpec) => `Content-Disposition: form-data; name="${p.name}"; filename*=UTF-8''%C3%A9.jpg`,
  (p: PartSpec) => `Content-Disposition: form-data; name="${p.name}"; filename=""`,
  (p: PartSpec) => `Content-Disposition: form-data; name="${p.name}`,
  (p: PartSpec) => `Content-Disposition: form-data; name="${p.name}"; name="other"`,
  (p: PartSpec) => `Content-Disposition: form-data; name="${p.name}"\r\nContent-Transfer-Encoding: base64`,
  (p: PartSpec) => `Content-Disposition:form-data;name="${p.name}";filename="a\u0000b.jpg"`,
  () => `Content-Disposition: ${'; '.repeat(4000)}`,
];

/** The request's headers and body bytes for a case. */
export function formBody(c: FormCase): { headers: Record<string, string>; body: Uint8Array } {
  let contentType: string | null = HEADER_STYLES[c.headerStyle % HEADER_STYLES.length]!(c.boundary);
  const extraHeaders: Record<string, string> = {};
  const partBoundary = c.parts.map(() => c.boundary);
  const partHeaders = c.parts.map(standardHeaders);
  let parts = c.parts.map((_, i) => i);
  let closing = true;
  let bareLf = false;
  let preamble = '';
  let epilogue = '';
  const byteEdits: Array<(b: Uint8Array) => Uint8Array> = [];
  const pick = (i: number) => (c.parts.length === 0 ? -1 : i % c.parts.length);

  for (const m of c.framing) {
    const p = 'part' in m ? pick(m.part) : -1;
    switch (m.kind) {
      case 'truncate':
        byteEdits.push((b) => b.slice(0, m.at % (b.length + 1)));
        break;
      case 'flipBytes':
        byteEdits.push((b) => {
          const out = b.slice();
          for (const q of m.positions) {
            if (out.length > 0) out[q % out.length] = out[q % out.length]! ^ 0xff;
          }
          return out;
        });
        break;
      case 'wrongBoundary':
        contentType = HEADER_STYLES[0]!(m.boundary);
        break;
      case 'mixedBoundary':
        if (p >= 0) partBoundary[p] = m.boundary;
        break;
      case 'noClosingDelimiter':
        closing = false;
        break;
      case 'bareLineFeeds':
        bareLf = true;
        break;
      case 'preamble':
        preamble = m.text;
        epilogue = m.epilogue;
        break;
      case 'hugeHeader':
        if (p >= 0) partHeaders[p]!.push(`X-Fuzz: ${'h'.repeat(m.bytes)}`);
        break;
      case 'manyHeaders':
        if (p >= 0) for (let i = 0; i < m.count; i++) partHeaders[p]!.push(`X-Fuzz-${i}: ${i}`);
        break;
      case 'dropDisposition':
        if (p >= 0) partHeaders[p] = partHeaders[p]!.filter((h) => !h.startsWith('Content-Disposition'));
        break;
      case 'dispositionQuirk':
        if (p >= 0) {
          const quirk = DISPOSITION_QUIRKS[m.variant % DISPOSITION_QUIRKS.length]!(c.parts[p]!);
          partHeaders[p] = [quirk, ...partHeaders[p]!.filter((h) => !h.startsWith('Content-Disposition'))];
        }
        break;
      case 'headerWithoutColon':
        if (p >= 0) partHeaders[p]!.unshift('this line has no colon');
        break;
      case 'duplicatePart':
        if (p >= 0) parts = [...parts, p];
        break;
      case 'contentType': {
        const variant = CONTENT_TYPE_VARIANTS[m.variant % CONTENT_TYPE_VARIANTS.length]!(c.boundary);
        contentType = variant === '' ? null : variant;
        break;
      }
      case 'contentLength':
        extraHeaders['content-length'] = m.value;
        break;
      case 'transferEncoding':
        extraHeaders['transfer-encoding'] = 'chunked';
        break;
    }
  }

  const eol = bareLf ? '\n' : CRLF;
  const chunks: Uint8Array[] = [enc.encode(preamble)];
  for (const i of parts) {
    chunks.push(enc.encode(`--${partBoundary[i]}${eol}${partHeaders[i]!.join(eol)}${eol}${eol}`));
    chunks.push(c.parts[i]!.body, enc.encode(eol));
  }
  if (closing) chunks.push(enc.encode(`--${c.boundary}--${eol}`));
  chunks.push(enc.encode(epilogue));
  let body: Uint8Array = concat(...chunks);
  for (const edit of byteEdits) body = edit(body);
  return { headers: { ...(contentType !== null && { 'content-type': contentType }), ...extraHeaders }, body };
}

function standardHeaders(p: PartSpec): string[] {
  const disposition =
    p.filename === null
      ? `Content-Disposition: form-data; name="${p.name}"`
      : `Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"`;
  return p.contentType === null ? [disposition] : [disposition, `Content-Type: ${p.contentType}`];
}

// ---------------------------------------------------------------- arbitraries

const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
const bchars = fc.constantFrom(..."abcXYZ019'()+_,-./:=? ".split(''));

/** A browser-like boundary (never met inside the parts), or a quirky one (`quirky: true`). */
export const boundaryArb: fc.Arbitrary<{ boundary: string; quirky: boolean }> = fc.oneof(
  {
    arbitrary: fc
      .string({ unit: alnum, minLength: 16, maxLength: 24 })
      .map((s) => ({ boundary: `----LivenessFuzz${s}`, quirky: false })),
    weight: 9,
  },
  {
    arbitrary: fc
      .oneof(
        fc.string({ unit: bchars, minLength: 1, maxLength: 3 }),
        fc.string({ unit: bchars, minLength: 71, maxLength: 120 }),
        fc.constantFrom('-', '--', 'a b ', '\u00e9\u00e9', 'BOUNDARY'),
      )
      .map((boundary) => ({ boundary, quirky: true })),
    weight: 1,
  },
);

/** File names a client may send; the server ignores them (the type comes from the bytes). */
export const filenameArb = fc.constantFrom(
  'selfie.jpg',
  'photo.png',
  'IMG_0001.HEIC',
  '../../etc/passwd',
  'сэлфи 😀.jpg',
  'a'.repeat(300),
  'no-extension',
  'semi;colon.jpg',
);

/** Declared part types; never trusted (the bytes decide). `null`: no Content-Type line. */
export const partTypeArb = fc.constantFrom<string | null>(
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/octet-stream',
  'text/plain',
  'image/svg+xml',
  'x/y; a=b',
  null,
);

const nat = fc.nat({ max: 0x7fffffff });
const partIndex = fc.nat({ max: 15 });

/** Any framing mutation. */
export const framingMutationArb: fc.Arbitrary<FramingMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate'), at: nat }),
  fc.record({ kind: fc.constant('flipBytes'), positions: fc.array(nat, { minLength: 1, maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('wrongBoundary'),
    boundary: fc.string({ unit: alnum, minLength: 1, maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('mixedBoundary'),
    part: partIndex,
    boundary: fc.string({ unit: alnum, minLength: 1, maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('noClosingDelimiter') }),
  fc.record({ kind: fc.constant('bareLineFeeds') }),
  fc.record({
    kind: fc.constant('preamble'),
    text: fc.string({ maxLength: 200 }),
    epilogue: fc.string({ maxLength: 200 }),
  }),
  fc.record({
    kind: fc.constant('hugeHeader'),
    part: partIndex,
    bytes: fc.oneof(fc.nat({ max: 70_000 }), fc.constant(1_000_000)),
  }),
  fc.record({ kind: fc.constant('manyHeaders'), part: partIndex, count: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('dropDisposition'), part: partIndex }),
  fc.record({
    kind: fc.constant('dispositionQuirk'),
    part: partIndex,
    variant: fc.nat({ max: DISPOSITION_QUIRKS.length - 1 }),
  }),
  fc.record({ kind: fc.constant('headerWithoutColon'), part: partIndex }),
  fc.record({ kind: fc.constant('duplicatePart'), part: partIndex }),
  fc.record({ kind: fc.constant('contentType'), variant: fc.nat({ max: CONTENT_TYPE_VARIANTS.length - 1 }) }),
  fc.record({
    kind: fc.constant('contentLength'),
    value: fc.constantFrom('0', '1', '-1', 'abc', '99999999999', '5', '1e3'),
  }),
  fc.record({ kind: fc.constant('transferEncoding') }),
) as fc.Arbitrary<FramingMutation>;

/** One text option's value: valid, invalid (with its problem code), or sent as a file. */
export interface OptionDraw {
  value: string;
  valid: boolean;
  asFile: boolean;
}

const THRESHOLDS_OK = ['0', '30', '42.5', '100', ' 55'];
const THRESHOLDS_BAD = ['abc', '-1', '101', '', 'NaN', '0x10', '1e400', 'Infinity'];
const FLAGS_OK = ['true', 'false', 'TRUE', ' false '];
const FLAGS_BAD = ['yes', '1', 'on', ''];
const VENDOR_OK = ['user-42', 'ünïcödé', 'a'.repeat(100)];
const VENDOR_BAD = ['v'.repeat(2000)];
const METADATA_OK = ['{"a":1}', '{}', '{"nested":{"list":[1,2,3]}}'];
const METADATA_BAD = ['{not json', JSON.stringify({ x: 'a'.repeat(20_000) })];

function optionArb(ok: string[], bad: string[]): fc.Arbitrary<OptionDraw | null> {
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 20 },
    { arbitrary: fc.constantFrom(...ok).map((value) => ({ value, valid: true, asFile: false })), weight: 8 },
    {
      arbitrary: fc.constantFrom(...bad).map((value) => ({ value, valid: false, asFile: false })),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(...ok).map((value) => ({ value, valid: true, asFile: true })), weight: 1 },
  );
}

/** Draws for each text option (null: not sent), keyed as core's option names. */
export const optionDrawsArb: fc.Arbitrary<OptionDraws> = fc.record({
  threshold: optionArb(THRESHOLDS_OK, THRESHOLDS_BAD),
  rotateImage: optionArb(FLAGS_OK, FLAGS_BAD),
  saveApiRequest: optionArb(FLAGS_OK, FLAGS_BAD),
  vendorData: optionArb(VENDOR_OK, VENDOR_BAD),
  metadata: optionArb(METADATA_OK, METADATA_BAD),
});
export type OptionDraws = Record<
  'threshold' | 'rotateImage' | 'saveApiRequest' | 'vendorData' | 'metadata',
  OptionDraw | null
>;

/** Fields no contract knows (ignored), some close to the contract's names. */
export const unknownFieldArb = fc.record({
  name: fc.constantFrom(
    'is_admin',
    '__proto__',
    'USER_IMAGE',
    'user_image ',
    'user-image',
    'ref_image[]',
    'x',
  ),
  value: fc.string({ maxLength: 64 }),
  asFile: fc.boolean(),
});
