import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { sniffImageType } from './sniff-image-type.js';

describe('sniffImageType', () => {
  it('recognises the fixture JPEG and PNG photos from their bytes', () => {
    expect(sniffImageType(fixtureBytes('single/man-obama-official-portrait.jpg'))).toBe('image/jpeg');
    expect(sniffImageType(fixtureBytes('single/woman-astronaut-eileen-collins.png'))).toBe('image/png');
  });

  it('recognises WebP and both TIFF byte orders', async () => {
    const source = sharp(fixtureBytes('single/woman-young-frontal.jpg')).resize(64);
    expect(sniffImageType(await source.clone().webp().toBuffer())).toBe('image/webp');
    const tiff = await source.clone().tiff().toBuffer();
    expect(sniffImageType(tiff)).toBe('image/tiff');
    expect(sniffImageType(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('image/tiff');
  });

  it('rejects what is not an accepted image', async () => {
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('GIF89a......'))).toBeNull();
    expect(
      sniffImageType(await sharp(fixtureBytes('single/woman-young-frontal.jpg')).gif().toBuffer()),
    ).toBeNull();
    // A RIFF container that is not WebP (a WAV header).
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });
});
