import { fixtureBytes, fixtureRgba } from '@liveness-kit/test-utils';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../contract/request-options.js';
import { LivenessError } from '../errors/liveness-error.js';
import { DEFAULT_TARGET_BYTES, encodeJpeg } from './encode-jpeg.js';
import {
  defaultJpegEncoder,
  jsJpegEncoder,
  type JpegEncoder,
  type JpegEncodeRequest,
} from './jpeg-encoders.js';
import { sniffImageType } from './sniff-image-type.js';

/** The marker bytes of every segment before the image data (SOS). */
function jpegSegments(bytes: Uint8Array): number[] {
  const markers: number[] = [];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  return markers;
}

const APP1 = 0xe1;

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A native encoder for Node (sharp), to show the `encoder` option and to run fast. */
const sharpEncoder = async ({
  source,
  sourceWidth,
  sourceHeight,
  width,
  height,
  quality,
}: JpegEncodeRequest): Promise<Uint8Array> => {
  if (!('data' in source)) throw new Error('pixels only');
  const buffer = await sharp(
    Buffer.from(source.data.buffer, source.data.byteOffset, source.data.byteLength),
    {
      raw: { width: sourceWidth, height: sourceHeight, channels: 4 },
    },
  )
    .resize(width, height)
    .jpeg({ quality: Math.round(quality * 100) })
    .toBuffer();
  return new Uint8Array(buffer);
};

describe('encodeJpeg', () => {
  it('uses the pure-JS encoder in Node (no OffscreenCanvas)', () => {
    expect(typeof OffscreenCanvas).toBe('undefined');
    expect(defaultJpegEncoder()).toBe(jsJpegEncoder);
  });

  it('brings the 12 MP fixture under the target and 5 MB, without EXIF, decodable at the reported size', async () => {
    expect(fixtureBytes('derived/large-12mp-over5mb-01.jpg').length).toBeGreaterThan(MAX_IMAGE_BYTES);
    const frame = await fixtureRgba('derived/large-12mp-over5mb-01.jpg');
    expect(frame.width * frame.height).toBeGreaterThan(12e6);

    const result = await encodeJpeg(frame);
    expect(result.withinTarget).toBe(true);
    expect(result.byteLength).toBeLessThanOrEqual(DEFAULT_TARGET_BYTES);
    expect(result.byteLength).toBeLessThan(MAX_IMAGE_BYTES);
    expect(result.blob.type).toBe('image/jpeg');
    expect(result.scale).toBeLessThan(1);
    expect(result.width / result.height).toBeCloseTo(frame.width / frame.height, 2);

    const bytes = await bytesOf(result.blob);
    expect(bytes.length).toBe(result.byteLength);
    expect(sniffImageType(bytes)).toBe('image/jpeg');
    expect(jpegSegments(bytes)).not.toContain(APP1);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: result.width, height: result.height });
    expect(meta.exif).toBeUndefined();
  }, 60_000);

  it('keeps a camera-size frame at full size and the first quality step', async () => {
    const frame = await fixtureRgba('single/man-glasses-webcam.jpg', { maxWidth: 640, maxHeight: 480 });
    const result = await encodeJpeg(frame);
    expect(result).toMatchObject({
      width: 640,
      height: 480,
      scale: 1,
      quality: 0.92,
      attempts: 1,
      withinTarget: true,
    });
    const bytes = await bytesOf(result.blob);
    expect(jpegSegments(bytes)).not.toContain(APP1);
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 640, height: 480 });
    // Same picture: the mean absolute difference of the first channel is small.
    let diff = 0;
    for (let i = 0, j = 0; i < data.length; i += info.channels, j += 4)
      diff += Math.abs(data[i]! - frame.data[j]!);
    expect(diff / (640 * 480)).toBeLessThan(6);
  });

  it('steps quality down first, then scale, with an injected encoder', async () => {
    const frame = await fixtureRgba('single/man-obama-official-portrait.jpg');
    const calls: Array<{ width: number; quality: number }> = [];
    const encoder: JpegEncoder = async (request) => {
      calls.push({ width: request.width, quality: request.quality });
      return sharpEncoder(request);
    };
    const full = await sharpEncoder({
      source: frame,
      sourceWidth: frame.width,
      sourceHeight: frame.height,
      width: frame.width,
      height: frame.height,
      quality: 0.92,
    });
    // A target a bit under the first attempt: a lower quality is enough, the size stays.
    const byQuality = await encodeJpeg(frame, { encoder, targetBytes: Math.round(full.length * 0.8) });
    expect(byQuality.scale).toBe(1);
    expect(byQuality.quality).toBeLessThan(0.92);
    expect(calls.every((c) => c.width === frame.width)).toBe(true);

    // A target far under: quality alone cannot, so it shrinks at the lowest quality.
    calls.length = 0;
    const small = await encodeJpeg(frame, { encoder, targetBytes: Math.round(full.length / 8) });
    expect(small.withinTarget).toBe(true);
    expect(small.scale).toBeLessThan(1);
    expect(small.quality).toBe(0.7);
    const firstShrink = calls.findIndex((c) => c.width < frame.width);
    expect(calls.slice(0, firstShrink).map((c) => c.quality)).toEqual([0.92, 0.7]);
    const decoded = await sharp(await bytesOf(small.blob)).metadata();
    expect(decoded).toMatchObject({ width: small.width, height: small.height });
  });

  it('returns the smallest attempt when the target cannot be met, and fails over the hard limit', async () => {
    const frame = await fixtureRgba('single/man-glasses-webcam.jpg', { maxWidth: 640, maxHeight: 480 });
    const best = await encodeJpeg(frame, { encoder: sharpEncoder, targetBytes: 100, scaleSteps: [0.5] });
    expect(best).toMatchObject({ withinTarget: false, scale: 0.5 });
    await expect(
      encodeJpeg(frame, { encoder: sharpEncoder, targetBytes: 100, maxBytes: 200, scaleSteps: [0.5] }),
    ).rejects.toMatchObject({ name: 'LivenessError', code: 'FILE_TOO_LARGE' });
  });

  it('turns bad input, bad options, encoder failures and aborts into typed errors', async () => {
    const frame = await fixtureRgba('derived/lowres-96px-01.jpg');
    const code = async (promise: Promise<unknown>) => {
      try {
        await promise;
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(LivenessError);
        return (error as LivenessError).code;
      }
    };
    expect(await code(encodeJpeg({ data: new Uint8ClampedArray(4), width: 96, height: 96 }))).toBe(
      'INVALID_IMAGE',
    );
    expect(await code(encodeJpeg({ width: 0, height: 0 } as never))).toBe('INVALID_IMAGE');
    expect(await code(encodeJpeg('photo.jpg' as never))).toBe('INVALID_IMAGE');
    expect(await code(encodeJpeg(frame, { qualitySteps: [] }))).toBe('INVALID_OPTIONS');
    expect(await code(encodeJpeg(frame, { qualitySteps: [1.5] }))).toBe('INVALID_OPTIONS');
    expect(await code(encodeJpeg(frame, { targetBytes: -1 }))).toBe('INVALID_OPTIONS');
    expect(await code(encodeJpeg(frame, { scaleSteps: [2] }))).toBe('INVALID_OPTIONS');
    expect(await code(encodeJpeg(frame, { encoder: async () => new Uint8Array([1, 2, 3, 4]) }))).toBe(
      'INVALID_IMAGE',
    );
    expect(
      await code(
        encodeJpeg(frame, {
          encoder: async () => {
            throw new Error('out of memory');
          },
        }),
      ),
    ).toBe('INVALID_IMAGE');
    // A drawable (here a stand-in ImageBitmap) needs a canvas, which Node lacks.
    expect(await code(encodeJpeg({ width: 10, height: 10, close() {} } as unknown as ImageBitmap))).toBe(
      'INVALID_IMAGE',
    );
    expect(await code(encodeJpeg(frame, { signal: AbortSignal.abort() }))).toBe('ABORTED');
  });
});
