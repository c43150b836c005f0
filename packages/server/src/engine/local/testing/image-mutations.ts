/**
 * Test only: fast-check arbitraries that mutate real image bytes, for the fuzz tests of the
 * decoder and the upload routes. A mutation is plain data (integers taken modulo the sizes of
 * the bytes it meets), so fast-check can print, replay and shrink it. Generic mutations (bit
 * flips, truncation, inserted, deleted or duplicated ranges, another format's magic) work on any
 * bytes; JPEG and PNG surgery parses the segments or chunks first and does nothing to bytes that
 * do not parse.
 */
import fc from 'fast-check';

/** One edit of an image's bytes; `a`..`d` are free integers, reduced modulo what they index. */
export type ImageMutation =
  | { kind: 'flipBits'; positions: number[] }
  | { kind: 'setBytes'; positions: number[]; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; from: number; length: number; to: number }
  | { kind: 'fill'; at: number; length: number; value: number }
  | { kind: 'magic'; format: number }
  | { kind: 'jpegDropSegment'; index: number }
  | { kind: 'jpegDuplicateSegment'; index: number }
  | { kind: 'jpegSwapSegments'; a: number; b: number }
  | { kind: 'jpegSegmentLength'; index: number; length: number }
  | { kind: 'jpegFrameSize'; width: number; height: number }
  | { kind: 'jpegFrameField'; field: number; value: number }
  | { kind: 'jpegExif'; orientation: number; garbage: boolean }
  | { kind: 'jpegHugeApp'; marker: number; length: number; copies: number }
  | { kind: 'jpegMarker'; index: number; marker: number }
  | { kind: 'pngDropChunk'; index: number }
  | { kind: 'pngDuplicateChunk'; index: number }
  | { kind: 'pngSwapChunks'; a: number; b: number }
  | { kind: 'pngBadCrc'; index: number }
  | { kind: 'pngHeaderField'; field: number; value: number; fixCrc: boolean }
  | { kind: 'pngChunkLength'; index: number; length: number }
  | { kind: 'pngInsertChunk'; at: number; type: string; data: Uint8Array }
  | { kind: 'pngSplitData'; pieces: number }
  | { kind: 'pngExif'; orientation: number };

const MAGICS: readonly Uint8Array[] = [
  Uint8Array.of(0xff, 0xd8, 0xff, 0xe0),
  Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  Uint8Array.of(0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50),
  Uint8Array.of(0x49, 0x49, 0x2a, 0x00),
  Uint8Array.of(0x4d, 0x4d, 0x00, 0x2a),
  Uint8Array.of(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), // GIF89a
  new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">'),
  Uint8Array.of(0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20), // JPEG 2000
];

/** Widths and heights that hit edges: none, one, a byte's, a short's and beyond the pixel limit. */
const EDGE_SIZES = [0, 1, 2, 7, 8, 255, 256, 4095, 8191, 16383, 32767, 65500, 65535];

const nat = fc.nat({ max: 0x7fffffff });
const edgeOrAny = fc.oneof(fc.constantFrom(...EDGE_SIZES), fc.nat({ max: 0xffff }));
const chunkType = fc.oneof(
  fc.constantFrom('IHDR', 'IDAT', 'IEND', 'PLTE', 'tRNS', 'eXIf', 'tEXt', 'iCCP', 'acTL', 'fcTL', 'zzZz'),
  fc.string({ unit: fc.constantFrom(...'aBcDeFghIJKLmNopQRsTuvWxYZ'.split('')), minLength: 4, maxLength: 4 }),
);

/** Any one mutation. */
export const imageMutation: fc.Arbitrary<ImageMutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('flipBits'),
      positions: fc.array(nat, { minLength: 1, maxLength: 32 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('setBytes'),
      positions: fc.array(nat, { minLength: 1, maxLength: 16 }),
      value: fc.nat({ max: 255 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('truncate'), at: nat }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('insert'), at: nat, bytes: fc.uint8Array({ maxLength: 2048 }) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('delete'), at: nat, length: fc.nat({ max: 4096 }) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicate'),
      from: nat,
      length: fc.nat({ max: 8192 }),
      to: nat,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('fill'),
      at: nat,
      length: fc.nat({ max: 4096 }),
      value: fc.constantFrom(0, 0xff, 0x80),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('magic'), format: fc.nat({ max: MAGICS.length - 1 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('jpegDropSegment'), index: nat }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('jpegDuplicateSegment'), index: nat }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('jpegSwapSegments'), a: nat, b: nat }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('jpegSegmentLength'),
      index: nat,
      length: fc.nat({ max: 0xffff }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('jpegFrameSize'), width: edgeOrAny, height: edgeOrAny }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('jpegFrameField'),
      field: fc.nat({ max: 3 }),
      value: fc.nat({ max: 255 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('jpegExif'),
      orientation: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.nat({ max: 0xffff })),
      garbage: fc.boolean(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('jpegHugeApp'),
      marker: fc.integer({ min: 0xe0, max: 0xfe }),
      length: fc.integer({ min: 2, max: 0xffff }),
      copies: fc.integer({ min: 1, max: 16 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('jpegMarker'), index: nat, marker: fc.nat({ max: 255 }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('pngDropChunk'), index: nat }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('pngDuplicateChunk'), index: nat }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('pngSwapChunks'), a: nat, b: nat }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('pngBadCrc'), index: nat }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('pngHeaderField'),
      field: fc.nat({ max: 6 }),
      value: fc.oneof(fc.constantFrom(...EDGE_SIZES), fc.nat({ max: 0xffffffff >>> 0 })),
      fixCrc: fc.boolean(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('pngChunkLength'),
      index: nat,
      length: fc.oneof(fc.nat({ max: 0xffff }), fc.constant(0x7fffffff), fc.constant(0xffffffff)),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('pngInsertChunk'),
      at: nat,
      type: chunkType,
      data: fc.uint8Array({ maxLength: 512 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('pngSplitData'), pieces: fc.integer({ min: 2, max: 64 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('pngExif'),
      orientation: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.nat({ max: 0xffff })),
    }),
    weight: 1,
  },
) as fc.Arbitrary<ImageMutation>;

/** Zero to `max` mutations, applied in order. */
export const imageMutations = (max = 3): fc.Arbitrary<ImageMutation[]> =>
  fc.array(imageMutation, { minLength: 0, maxLength: max });

/** The bytes after every mutation in turn (a new array; `bytes` is not changed). */
export function mutateAll(bytes: Uint8Array, mutations: readonly ImageMutation[]): Uint8Array {
  return mutations.reduce<Uint8Array>((b, m) => mutate(b, m), bytes);
}

/** The bytes after one mutation (a new array). */
export function mutate(bytes: Uint8Array, m: ImageMutation): Uint8Array {
  const n = bytes.length;
  const at = (i: number) => (n === 0 ? 0 : i % n);
  switch (m.kind) {
    case 'flipBits': {
      const out = bytes.slice();
      if (n === 0) return out;
      for (const p of m.positions) out[p % n] = out[p % n]! ^ (1 << (Math.floor(p / n) % 8));
      return out;
    }
    case 'setBytes': {
      const out = bytes.slice();
      if (n === 0) return out;
      for (const p of m.positions) out[p % n] = m.value;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at % (n + 1));
    case 'insert': {
      const i = m.at % (n + 1);
      return concat(bytes.subarray(0, i), m.bytes, bytes.subarray(i));
    }
    case 'delete': {
      const i = m.at % (n + 1);
      return concat(bytes.subarray(0, i), bytes.subarray(i + m.length));
    }
    case 'duplicate': {
      const from = at(m.from);
      const chunk = bytes.subarray(from, from + m.length);
      const to = m.to % (n + 1);
      return concat(bytes.subarray(0, to), chunk, bytes.subarray(to));
    }
    case 'fill': {
      const out = bytes.slice();
      out.fill(m.value, at(m.at), at(m.at) + m.length);
      return out;
    }
    case 'magic': {
      const magic = MAGICS[m.format % MAGICS.length]!;
      return concat(magic, bytes.subarray(Math.min(n, magic.length)));
    }
    default:
      return m.kind.startsWith('jpeg') ? jpegSurgery(bytes, m) : pngSurgery(bytes, m);
  }
}

// ---------------------------------------------------------------- JPEG

/** A JPEG as SOI, its segments (marker and length-framed data; the scan keeps its entropy data), the rest. */
interface JpegParts {
  segments: Uint8Array[];
  rest: Uint8Array;
}

/** Splits a JPEG into segments; null when it does not start as one. */
export function parseJpeg(bytes: Uint8Array): JpegParts | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const segments: Uint8Array[] = [];
  let i = 2;
  while (i + 1 < bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xd9) {
      segments.push(bytes.subarray(i, i + 2));
      i += 2;
      break;
    }
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      segments.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 3 >= bytes.length) break;
    let end = i + 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
    if (marker === 0xda) {
      // The entropy-coded data runs to the next marker that is not a stuffed 0x00 or a restart.
      while (end + 1 < bytes.length) {
        const next = bytes[end + 1]!;
        if (bytes[end] === 0xff && next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
        end++;
      }
    }
    end = Math.min(end, bytes.length);
    segments.push(bytes.subarray(i, end));
    i = end;
  }
  return segments.length === 0 ? null : { segments, rest: bytes.subarray(i) };
}

function joinJpeg(parts: JpegParts): Uint8Array {
  return concat(Uint8Array.of(0xff, 0xd8), ...parts.segments, parts.rest);
}

const isFrameHeader = (s: Uint8Array) =>
  s.length >= 10 && s[1]! >= 0xc0 && s[1]! <= 0xcf && s[1] !== 0xc4 && s[1] !== 0xc8 && s[1] !== 0xcc;

function jpegSurgery(bytes: Uint8Array, m: ImageMutation): Uint8Array {
  const parts = parseJpeg(bytes);
  if (!parts) return bytes.slice();
  const segs: Uint8Array[] = parts.segments.map((s) => s.slice());
  const k = segs.length;
  switch (m.kind) {
    case 'jpegDropSegment':
      segs.splice(m.index % k, 1);
      break;
    case 'jpegDuplicateSegment':
      segs.splice(m.index % k, 0, segs[m.index % k]!);
      break;
    case 'jpegSwapSegments': {
      const [a, b] = [m.a % k, m.b % k];
      [segs[a], segs[b]] = [segs[b]!, segs[a]!];
      break;
    }
    case 'jpegSegmentLength': {
      const s = segs[m.index % k]!;
      if (s.length >= 4) {
        s[2] = m.length >> 8;
        s[3] = m.length & 0xff;
      }
      break;
    }
    case 'jpegFrameSize': {
      const s = segs.find(isFrameHeader);
      if (s) {
        s[5] = m.height >> 8;
        s[6] = m.height & 0xff;
        s[7] = m.width >> 8;
        s[8] = m.width & 0xff;
      }
      break;
    }
    case 'jpegFrameField': {
      // Precision (4), component count (9), first component's id (10) or sampling factors (11).
      const s = segs.find(isFrameHeader);
      const offset = [4, 9, 10, 11][m.field]!;
      if (s && offset < s.length) s[offset] = m.value;
      break;
    }
    case 'jpegExif':
      segs.unshift(exifApp1(m.orientation, m.garbage));
      break;
    case 'jpegHugeApp': {
      const body = new Uint8Array(m.length - 2).fill(0x41);
      const seg = concat(Uint8Array.of(0xff, m.marker, m.length >> 8, m.length & 0xff), body);
      for (let c = 0; c < m.copies; c++) segs.unshift(seg);
      break;
    }
    case 'jpegMarker': {
      const s = segs[m.index % k]!;
      s[1] = m.marker;
      break;
    }
    default:
      break;
  }
  return joinJpeg({ segments: segs, rest: parts.rest });
}

/** An APP1 Exif segment holding one IFD0 entry, Orientation, or a broken IFD with `garbage`. */
export function exifApp1(orientation: number, garbage = false): Uint8Array {
  const tiff = exifTiff(orientation, garbage);
  const body = concat(new TextEncoder().encode('Exif\0\0'), tiff);
  const length = body.length + 2;
  return concat(Uint8Array.of(0xff, 0xe1, length >> 8, length & 0xff), body);
}

function exifTiff(orientation: number, garbage: boolean): Uint8Array {
  // Big-endian TIFF: header, IFD at 8 with one entry (0x0112 SHORT 1 = orientation), next IFD 0.
  const t = new Uint8Array(26);
  const v = new DataView(t.buffer);
  t.set([0x4d, 0x4d, 0x00, 0x2a]);
  v.setUint32(4, garbage ? 0xfffffff0 : 8);
  v.setUint16(8, garbage ? 0xffff : 1);
  v.setUint16(10, 0x0112);
  v.setUint16(12, 3);
  v.setUint32(14, garbage ? 0x7fffffff : 1);
  v.setUint16(18, orientation & 0xffff);
  v.setUint32(22, 0);
  return t;
}

// ---------------------------------------------------------------- PNG

interface PngChunk {
  type: string;
  data: Uint8Array;
  /** The stored CRC, kept as is unless a mutation fixes it. */
  crc: number;
  /** A length field other than the data's length (a lie). */
  lengthField?: number;
}

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** The chunks of a PNG, and the bytes after the last chunk that parsed; null when it is not a PNG. */
export function parsePng(bytes: Uint8Array): { chunks: PngChunk[]; rest: Uint8Array } | null {
  if (bytes.length < 8 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = view.getUint32(i);
    if (i + 12 + length > bytes.length) break;
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    chunks.push({ type, data: bytes.slice(i + 8, i + 8 + length), crc: view.getUint32(i + 8 + length) });
    i += 12 + length;
  }
  return { chunks, rest: bytes.subarray(i) };
}

function chunkBytes(c: PngChunk): Uint8Array {
  const out = new Uint8Array(12 + c.data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, c.lengthField ?? c.data.length);
  for (let j = 0; j < 4; j++) out[4 + j] = c.type.charCodeAt(j) & 0xff;
  out.set(c.data, 8);
  v.setUint32(8 + c.data.length, c.crc);
  return out;
}

function newChunk(type: string, data: Uint8Array): PngChunk {
  const typed = new Uint8Array(4 + data.length);
  for (let j = 0; j < 4; j++) typed[j] = type.charCodeAt(j) & 0xff;
  typed.set(data, 4);
  return { type, data, crc: crc32(typed) };
}

function pngSurgery(bytes: Uint8Array, m: ImageMutation): Uint8Array {
  const parsed = parsePng(bytes);
  if (!parsed || parsed.chunks.length === 0) return bytes.slice();
  const chunks = parsed.chunks;
  const k = chunks.length;
  switch (m.kind) {
    case 'pngDropChunk':
      chunks.splice(m.index % k, 1);
      break;
    case 'pngDuplicateChunk':
      chunks.splice(m.index % k, 0, { ...chunks[m.index % k]! });
      break;
    case 'pngSwapChunks': {
      const [a, b] = [m.a % k, m.b % k];
      [chunks[a], chunks[b]] = [chunks[b]!, chunks[a]!];
      break;
    }
    case 'pngBadCrc':
      chunks[m.index % k]!.crc ^= 0x5a5a5a5a;
      break;
    case 'pngHeaderField': {
      const header = chunks.find((c) => c.type === 'IHDR');
      if (!header || header.data.length < 13) break;
      const data = header.data.slice();
      const v = new DataView(data.buffer);
      // width, height (4 bytes each), then bit depth, colour type, compression, filter, interlace.
      if (m.field === 0) v.setUint32(0, m.value >>> 0);
      else if (m.field === 1) v.setUint32(4, m.value >>> 0);
      else data[6 + m.field] = m.value & 0xff;
      const fixed = newChunk('IHDR', data);
      chunks[chunks.indexOf(header)] = m.fixCrc ? fixed : { ...fixed, crc: header.crc };
      break;
    }
    case 'pngChunkLength':
      chunks[m.index % k]!.lengthField = m.length >>> 0;
      break;
    case 'pngInsertChunk':
      chunks.splice(m.at % (k + 1), 0, newChunk(m.type, m.data));
      break;
    case 'pngSplitData': {
      const first = chunks.findIndex((c) => c.type === 'IDAT');
      if (first < 0) break;
      const data = concat(...chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
      const size = Math.ceil(data.length / m.pieces) || 1;
      const pieces: PngChunk[] = [];
      for (let o = 0; o < data.length; o += size) pieces.push(newChunk('IDAT', data.subarray(o, o + size)));
      const others = chunks.filter((c) => c.type !== 'IDAT');
      others.splice(first, 0, ...pieces);
      chunks.splice(0, chunks.length, ...others);
      break;
    }
    case 'pngExif':
      chunks.splice(1, 0, newChunk('eXIf', exifTiff(m.orientation, false)));
      break;
    default:
      break;
  }
  return concat(PNG_SIGNATURE, ...chunks.map(chunkBytes), parsed.rest);
}

// ---------------------------------------------------------------- bytes

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** PNG's CRC-32 (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
