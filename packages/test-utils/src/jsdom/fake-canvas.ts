/**
 * Test-only: a 2D canvas for jsdom, which has none. It really holds pixels: `drawImage` copies
 * from a canvas, from a `<video>` playing a fake camera stream (its current frame) or from a fake
 * ImageBitmap; `getImageData` reads them back; `toBlob` writes a real JPEG with core's jpeg-js
 * encoder. Enough for the component's frame grabbing and core's `encodeJpeg`.
 */
import { jsJpegEncoder } from '@liveness-kit/core';
import { blit, type Pixels } from '../dom/pixels.js';

const buffers = new WeakMap<HTMLCanvasElement, Pixels>();
const contexts = new WeakMap<HTMLCanvasElement, FakeContext2D>();

/** Anything a fake camera stream or bitmap exposes as its current picture. */
export interface HasPixels {
  readonly pixels: Pixels | null;
}

function bufferOf(canvas: HTMLCanvasElement): Pixels {
  let buffer = buffers.get(canvas);
  if (!buffer || buffer.width !== canvas.width || buffer.height !== canvas.height) {
    buffer = {
      data: new Uint8ClampedArray(canvas.width * canvas.height * 4),
      width: canvas.width,
      height: canvas.height,
    };
    buffers.set(canvas, buffer);
  }
  return buffer;
}

function pixelsOf(source: unknown): Pixels | null {
  if (source instanceof HTMLCanvasElement) return bufferOf(source);
  if (source instanceof HTMLVideoElement) {
    const stream = (source as { srcObject?: unknown }).srcObject as Partial<HasPixels> | undefined;
    return stream?.pixels ?? null;
  }
  if (typeof source === 'object' && source !== null && 'pixels' in source)
    return (source as HasPixels).pixels;
  return null;
}

class FakeContext2D {
  imageSmoothingEnabled = true;
  imageSmoothingQuality = 'low';
  constructor(readonly canvas: HTMLCanvasElement) {}

  drawImage(source: unknown, ...n: number[]): void {
    const pixels = pixelsOf(source);
    if (!pixels) throw new DOMException('The image source has no picture', 'InvalidStateError');
    let from = { x: 0, y: 0, width: pixels.width, height: pixels.height };
    let to: { x: number; y: number; width: number; height: number };
    if (n.length === 8) {
      from = { x: n[0]!, y: n[1]!, width: n[2]!, height: n[3]! };
      to = { x: n[4]!, y: n[5]!, width: n[6]!, height: n[7]! };
    } else if (n.length === 4) {
      to = { x: n[0]!, y: n[1]!, width: n[2]!, height: n[3]! };
    } else {
      to = { x: n[0] ?? 0, y: n[1] ?? 0, width: pixels.width, height: pixels.height };
    }
    blit(pixels, from, bufferOf(this.canvas), {
      x: to.x,
      y: to.y,
      width: Math.round(to.width),
      height: Math.round(to.height),
    });
  }

  getImageData(x: number, y: number, width: number, height: number): Pixels {
    const buffer = bufferOf(this.canvas);
    const out: Pixels = { data: new Uint8ClampedArray(width * height * 4), width, height };
    blit(buffer, { x, y, width, height }, out, { x: 0, y: 0, width, height });
    return out;
  }

  putImageData(image: Pixels, x: number, y: number): void {
    blit(image, { x: 0, y: 0, width: image.width, height: image.height }, bufferOf(this.canvas), {
      x,
      y,
      width: image.width,
      height: image.height,
    });
  }

  clearRect(): void {
    bufferOf(this.canvas).data.fill(0);
  }

  save(): void {}
  restore(): void {}
  scale(): void {}
  translate(): void {}
}

/** Installs the fake canvas; returns a function that removes it. */
export function installFakeCanvas(): () => void {
  const proto = HTMLCanvasElement.prototype;
  const original = { getContext: proto.getContext, toBlob: proto.toBlob };
  proto.getContext = function getContext(this: HTMLCanvasElement, type: string) {
    if (type !== '2d') return null;
    let context = contexts.get(this);
    if (!context) {
      context = new FakeContext2D(this);
      contexts.set(this, context);
    }
    return context as unknown as CanvasRenderingContext2D;
  } as typeof proto.getContext;
  proto.toBlob = function toBlob(
    this: HTMLCanvasElement,
    callback: BlobCallback,
    type?: string,
    quality?: number,
  ) {
    const pixels = bufferOf(this);
    if (type !== 'image/jpeg') throw new Error('the fake canvas only writes JPEG');
    void jsJpegEncoder({
      source: pixels,
      sourceWidth: pixels.width,
      sourceHeight: pixels.height,
      width: pixels.width,
      height: pixels.height,
      quality: quality ?? 0.92,
    }).then((bytes) => callback(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' })));
  };
  return () => {
    proto.getContext = original.getContext;
    proto.toBlob = original.toBlob;
  };
}
