import { LivenessError } from '../errors/liveness-error.js';
import type { RgbaFrame } from '../frame/rgba-frame.js';
import type { EncodeSource } from './encode-source.js';
import { shrinkRgba } from './resize-rgba.js';

/** One encode `encodeJpeg` asks for: the source drawn at `width` x `height`, JPEG at `quality`. */
export interface JpegEncodeRequest {
  source: EncodeSource;
  /** The source's own size. */
  sourceWidth: number;
  sourceHeight: number;
  /** The output size: the source's, or smaller (same aspect ratio). */
  width: number;
  height: number;
  /** JPEG quality, 0-1 (as `canvas.toBlob` takes it). */
  quality: number;
}

/**
 * Encodes one JPEG. It must write no metadata (no EXIF): `encodeJpeg` returns its bytes as they
 * are. Bring your own to use a native encoder (e.g. sharp on a server).
 */
export type JpegEncoder = (request: JpegEncodeRequest) => Promise<Blob | Uint8Array>;

/**
 * The encoder for this runtime: {@link canvasJpegEncoder} where there is `OffscreenCanvas` (browsers,
 * workers) or a `document` whose canvases can draw, else {@link jsJpegEncoder} (Node, jsdom).
 */
export function defaultJpegEncoder(): JpegEncoder {
  if (hasOffscreenCanvas()) return canvasJpegEncoder;
  return hasDocumentCanvas() && documentCanvasWorks() ? canvasJpegEncoder : jsJpegEncoder;
}

let documentCanvasProbe: boolean | undefined;

/** Whether `document` canvases have a 2D context (not so in jsdom), asked once. */
function documentCanvasWorks(): boolean {
  if (documentCanvasProbe === undefined) {
    try {
      documentCanvasProbe = document.createElement('canvas').getContext('2d') !== null;
    } catch {
      documentCanvasProbe = false;
    }
  }
  return documentCanvasProbe;
}

/**
 * JPEG through a canvas: `OffscreenCanvas.convertToBlob` (browsers and workers) or, without
 * `OffscreenCanvas`, `HTMLCanvasElement.toBlob`. Scales with the canvas's high-quality smoothing.
 * Canvas encoders write no EXIF. Throws a `LivenessError` `INVALID_IMAGE` where there is no
 * canvas or the browser cannot write JPEG.
 */
export const canvasJpegEncoder: JpegEncoder = async (request) => {
  const { source, sourceWidth, sourceHeight, width, height, quality } = request;
  const canvas = makeCanvas(width, height);
  const context = canvas.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new LivenessError('INVALID_IMAGE', { detail: 'no 2D canvas context available' });
  if ('data' in source) {
    const pixels = toImageData(source);
    if (width === sourceWidth && height === sourceHeight) {
      context.putImageData(pixels, 0, 0);
    } else {
      const full = makeCanvas(sourceWidth, sourceHeight);
      const fullContext = full.getContext('2d') as
        OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
      if (!fullContext)
        throw new LivenessError('INVALID_IMAGE', { detail: 'no 2D canvas context available' });
      fullContext.putImageData(pixels, 0, 0);
      drawScaled(context, full, width, height);
    }
  } else {
    drawScaled(context, source, width, height);
  }
  const blob = await canvasToJpeg(canvas, quality);
  if (blob.type !== 'image/jpeg') {
    throw new LivenessError('INVALID_IMAGE', {
      detail: `this browser cannot encode JPEG (it produced ${blob.type || 'an unknown type'})`,
    });
  }
  return blob;
};

/**
 * JPEG in plain JavaScript with `jpeg-js` (imported on first use, so bundlers split it out and
 * browsers only fetch it when this runs), for runtimes without a canvas such as Node. Takes RGBA pixels only (a drawable
 * needs a canvas: `INVALID_IMAGE`), shrinks by area average, writes JFIF without EXIF. About 1.5 s
 * for 12 MP on one core: pass a native encoder to `encodeJpeg` where speed matters.
 */
export const jsJpegEncoder: JpegEncoder = async (request) => {
  const { source, width, height, quality } = request;
  if (!('data' in source)) {
    throw new LivenessError('INVALID_IMAGE', {
      detail: 'without a canvas (e.g. in Node) only RGBA pixels {data, width, height} can be encoded',
    });
  }
  const frame: RgbaFrame = { data: source.data, width: source.width, height: source.height };
  const pixels = shrinkRgba(frame, width, height);
  const loaded = (await import('jpeg-js')) as unknown as {
    encode?: EncodeFn;
    default?: { encode: EncodeFn };
  };
  const encode = loaded.encode ?? loaded.default?.encode;
  if (typeof encode !== 'function') {
    throw new LivenessError('INVALID_IMAGE', { detail: 'the jpeg-js encoder could not be loaded' });
  }
  const quality100 = Math.min(100, Math.max(1, Math.round(quality * 100)));
  const { data } = encode({ data: pixels.data, width, height }, quality100);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
};

type EncodeFn = (
  image: { data: Uint8Array | Uint8ClampedArray; width: number; height: number },
  quality: number,
) => { data: Uint8Array };

function hasOffscreenCanvas(): boolean {
  return (
    typeof OffscreenCanvas !== 'undefined' && typeof OffscreenCanvas.prototype.convertToBlob === 'function'
  );
}

function hasDocumentCanvas(): boolean {
  return typeof document !== 'undefined' && typeof document.createElement === 'function';
}

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (hasOffscreenCanvas()) return new OffscreenCanvas(width, height);
  if (hasDocumentCanvas()) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  }
  throw new LivenessError('INVALID_IMAGE', {
    detail: 'no canvas in this runtime (no OffscreenCanvas, no document): use jsJpegEncoder',
  });
}

function toImageData(source: RgbaFrame | ImageData): ImageData {
  if (typeof ImageData !== 'undefined' && source instanceof ImageData) return source;
  const { data, width, height } = source;
  const view = new Uint8ClampedArray(
    data.buffer,
    data.byteOffset,
    width * height * 4,
  ) as Uint8ClampedArray<ArrayBuffer>;
  return new ImageData(view, width, height);
}

function drawScaled(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  source: CanvasImageSource,
  width: number,
  height: number,
): void {
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
}

function canvasToJpeg(canvas: OffscreenCanvas | HTMLCanvasElement, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new LivenessError('INVALID_IMAGE', { detail: 'the canvas could not be encoded' })),
      'image/jpeg',
      quality,
    );
  });
}
