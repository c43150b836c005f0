import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { decodeImage } from './decode-image.js';

const limits = { maxInputPixels: 40_000_000, analysisSize: 640 };

/** A PNG whose header claims `width` x `height` but that holds almost nothing: a decompression bomb's header. */
function pngHeaderClaiming(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('decodeImage', () => {
  it('downscales to the analysis size and keeps the full size and scale', async () => {
    const image = await decodeImage(fixtureBytes('derived/large-12mp-over5mb-01.jpg'), limits);
    expect([image.width, image.height]).toEqual([4032, 3024]);
    expect([image.frame.width, image.frame.height]).toEqual([640, 480]);
    expect(image.scale).toBeCloseTo(640 / 4032, 6);
    expect(image.frame.data.length).toBe(640 * 480 * 4);
  });

  it('applies the EXIF orientation: an orientation-6 photo stored 640x480 is 480x640', async () => {
    const bytes = fixtureBytes('single/woman-selfie-live-exif-orient6.jpg');
    expect((await sharp(bytes).metadata()).orientation).toBe(6);
    const image = await decodeImage(bytes, limits);
    expect([image.width, image.height]).toEqual([480, 640]);
    expect([image.frame.width, image.frame.height]).toEqual([480, 640]);
    // Same pixels as sharp's own EXIF-aware decode.
    const reference = await sharp(bytes).rotate().ensureAlpha().raw().toBuffer();
    expect(Buffer.from(image.frame.data).equals(reference)).toBe(true);
  });

  it('does not enlarge small images', async () => {
    const image = await decodeImage(fixtureBytes('derived/lowres-96px-01.jpg'), limits);
    expect([image.frame.width, image.frame.height, image.scale]).toEqual([96, 96, 1]);
  });

  it('reads PNG too (alpha kept as RGBA)', async () => {
    const image = await decodeImage(fixtureBytes('single/woman-astronaut-eileen-collins.png'), limits);
    expect(image.frame.data.length).toBe(image.frame.width * image.frame.height * 4);
  });

  it.each(['derived/corrupt-garbage-after-header-01.jpg', 'derived/corrupt-truncated-40pct-01.jpg'])(
    'refuses %s with INVALID_IMAGE',
    async (fixture) => {
      await expect(decodeImage(fixtureBytes(fixture), limits)).rejects.toMatchObject({
        name: 'LivenessError',
        code: 'INVALID_IMAGE',
      });
    },
  );

  it('refuses bytes that are no image, and empty input, with INVALID_IMAGE', async () => {
    await expect(decodeImage(new TextEncoder().encode('not an image at all'), limits)).rejects.toMatchObject({
      code: 'INVALID_IMAGE',
    });
    await expect(decodeImage(new Uint8Array(0), limits)).rejects.toMatchObject({ code: 'INVALID_IMAGE' });
  });

  it('refuses formats outside the contract (SVG, GIF) that sharp could otherwise read', async () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/></svg>',
    );
    expect((await sharp(svg).metadata()).format).toBe('svg');
    await expect(decodeImage(svg, limits)).rejects.toMatchObject({ code: 'INVALID_IMAGE' });
    const gif = await sharp(fixtureBytes('single/man-obama-official-portrait.jpg')).gif().toBuffer();
    const error = await decodeImage(gif, limits).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_IMAGE' });
    expect((error as Error).message).toContain('gif images are not accepted');
  });

  it('reads WebP and TIFF, the contract’s other types', async () => {
    const source = sharp(fixtureBytes('single/man-obama-official-portrait.jpg'));
    for (const bytes of [await source.clone().webp().toBuffer(), await source.clone().tiff().toBuffer()]) {
      const image = await decodeImage(bytes, limits);
      expect(image.frame.data.length).toBe(image.frame.width * image.frame.height * 4);
    }
  });

  it('refuses a decompression bomb from its header, before decoding pixels', async () => {
    const bomb = pngHeaderClaiming(30_000, 30_000); // 900 MP claimed in 60 bytes
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    const started = performance.now();
    const error = await decodeImage(bomb, limits).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LivenessError', code: 'INVALID_IMAGE' });
    expect((error as Error).message).toContain('30000x30000');
    expect((error as Error).message).toContain('40 MP');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('applies a configurable pixel limit to real photos', async () => {
    const bytes = fixtureBytes('single/man-obama-official-portrait.jpg');
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    await expect(decodeImage(bytes, { ...limits, maxInputPixels: width * height })).resolves.toBeDefined();
    await expect(decodeImage(bytes, { ...limits, maxInputPixels: width * height - 1 })).rejects.toMatchObject(
      {
        code: 'INVALID_IMAGE',
      },
    );
  });
});
