/**
 * Test only: the images the fuzz tests start from, before mutation. `realSeeds` are fixture
 * photos byte for byte (as uploaded); `smallSeeds` are fixture photos shrunk and re-encoded in
 * every accepted format and the encodings' variants (progressive JPEG, grey and CMYK JPEG, EXIF
 * orientation, interlaced, palette and 16-bit PNG, lossy and lossless WebP, LZW and JPEG TIFF), so
 * that thousands of cases decode in seconds.
 */
import { fixtureBytes } from '@liveness-kit/test-utils';
import sharp, { type Sharp } from 'sharp';

export interface FuzzSeed {
  name: string;
  bytes: Uint8Array;
}

/** Fixture photos as they are on disk: JPEG (with and without EXIF orientation) and PNG. */
export const REAL_SEED_FIXTURES = [
  'single/woman-young-frontal.jpg',
  'single/man-glasses-webcam.jpg',
  'single/woman-selfie-live-exif-orient6.jpg',
  'single/woman-astronaut-eileen-collins.png',
  'derived/lowres-96px-01.jpg',
  'noface/coffee-cup.png',
  'attack/screen-02-monitor.jpg',
] as const;

export function realSeeds(): FuzzSeed[] {
  return REAL_SEED_FIXTURES.map((name) => ({ name, bytes: new Uint8Array(fixtureBytes(name)) }));
}

const SMALL_SOURCES = ['single/man-glasses-webcam.jpg', 'single/woman-selfie-live-exif-orient6.jpg'];

const ENCODINGS: Array<[string, (s: Sharp) => Sharp]> = [
  ['jpeg', (s) => s.jpeg({ quality: 80 })],
  ['jpeg-progressive', (s) => s.jpeg({ quality: 70, progressive: true })],
  ['jpeg-grey', (s) => s.greyscale().jpeg()],
  ['jpeg-cmyk', (s) => s.toColourspace('cmyk').jpeg()],
  ['jpeg-exif-6', (s) => s.jpeg().withMetadata({ orientation: 6 })],
  ['jpeg-restart', (s) => s.jpeg({ quality: 60, optimiseCoding: false })],
  ['png', (s) => s.png()],
  ['png-interlaced', (s) => s.png({ progressive: true })],
  ['png-palette', (s) => s.png({ palette: true, colours: 16 })],
  ['png-16bit', (s) => s.toColourspace('rgb16').png()],
  ['png-alpha', (s) => s.ensureAlpha(0.5).png()],
  ['webp', (s) => s.webp({ quality: 60 })],
  ['webp-lossless', (s) => s.webp({ lossless: true })],
  ['tiff-lzw', (s) => s.tiff({ compression: 'lzw' })],
  ['tiff-jpeg', (s) => s.tiff({ compression: 'jpeg' })],
];

/** Each of two fixture photos at 64-96 px in each encoding (30 seeds, each at most a few KB). */
export async function smallSeeds(): Promise<FuzzSeed[]> {
  const seeds: FuzzSeed[] = [];
  for (const [i, source] of SMALL_SOURCES.entries()) {
    for (const [encoding, encode] of ENCODINGS) {
      const resized = sharp(fixtureBytes(source))
        .rotate()
        .resize(64 + 32 * i);
      const bytes = await encode(resized).toBuffer();
      seeds.push({ name: `${source} → ${64 + 32 * i} px ${encoding}`, bytes: new Uint8Array(bytes) });
    }
  }
  return seeds;
}
