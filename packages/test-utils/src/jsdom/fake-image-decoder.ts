/**
 * Test-only (jsdom, Node): `createImageBitmap` for Blobs, which jsdom lacks, decoding with sharp
 * (EXIF orientation applied, like `imageOrientation: 'from-image'`). What it cannot decode it
 * rejects, as a browser does. The bitmap carries its pixels for the fake canvas.
 */
import sharp from 'sharp';
import type { HasPixels } from './fake-canvas.js';
import type { Pixels } from '../dom/pixels.js';

class FakeBitmap implements HasPixels {
  constructor(private picture: Pixels | null) {}
  get pixels(): Pixels | null {
    return this.picture;
  }
  get width(): number {
    return this.picture?.width ?? 0;
  }
  get height(): number {
    return this.picture?.height ?? 0;
  }
  close(): void {
    this.picture = null;
  }
}

export function installFakeImageDecoder(): () => void {
  const had = 'createImageBitmap' in globalThis;
  const previous = (globalThis as { createImageBitmap?: unknown }).createImageBitmap;
  (globalThis as { createImageBitmap?: unknown }).createImageBitmap = async (blob: Blob) => {
    const bytes = Buffer.from(await blob.arrayBuffer());
    try {
      const { data, info } = await sharp(bytes)
        .rotate()
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return new FakeBitmap({
        data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
        width: info.width,
        height: info.height,
      });
    } catch (cause) {
      throw new DOMException(`The source image could not be decoded (${String(cause)})`, 'InvalidStateError');
    }
  };
  return () => {
    if (had) (globalThis as { createImageBitmap?: unknown }).createImageBitmap = previous;
    else delete (globalThis as { createImageBitmap?: unknown }).createImageBitmap;
  };
}
