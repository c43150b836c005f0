import { LivenessError } from '../errors/liveness-error.js';
import { assertRgbaFrame } from '../frame/assert-rgba-frame.js';
import type { RgbaFrame } from '../frame/rgba-frame.js';

/**
 * What `encodeJpeg` takes: RGBA pixels (an `RgbaFrame` or `ImageData`), or anything a canvas can
 * draw (`ImageBitmap`, a canvas, a `<video>` or `<img>`; these need a canvas, so a browser or a
 * worker).
 */
export type EncodeSource =
  | RgbaFrame
  | ImageData
  | ImageBitmap
  | OffscreenCanvas
  | HTMLCanvasElement
  | HTMLVideoElement
  | HTMLImageElement;

/** An encode source with its size, checked. */
export interface SizedSource {
  source: EncodeSource;
  width: number;
  height: number;
  /** True for RGBA pixels (`data`, `width`, `height`), false for a drawable. */
  isPixels: boolean;
}

/**
 * The source's pixel size: `videoWidth`/`videoHeight` for a video, `naturalWidth`/`naturalHeight`
 * for an image, else `width`/`height`. Throws a `LivenessError` `INVALID_IMAGE` for anything else,
 * for malformed RGBA pixels, or for an empty source (a video with no frame yet).
 */
export function sizeSource(source: EncodeSource): SizedSource {
  if (typeof source !== 'object' || source === null) {
    throw new LivenessError('INVALID_IMAGE', {
      detail:
        'the image must be RGBA pixels {data, width, height}, an ImageBitmap, a canvas, a video or an img',
    });
  }
  if ('data' in source) {
    assertRgbaFrame(source, 'image');
    return { source, width: source.width, height: source.height, isPixels: true };
  }
  let width: unknown;
  let height: unknown;
  if ('videoWidth' in source) {
    width = source.videoWidth;
    height = source.videoHeight;
  } else if ('naturalWidth' in source) {
    width = source.naturalWidth;
    height = source.naturalHeight;
  } else {
    width = (source as { width?: unknown }).width;
    height = (source as { height?: unknown }).height;
  }
  if (!isPositiveInteger(width) || !isPositiveInteger(height)) {
    throw new LivenessError('INVALID_IMAGE', {
      detail: `the image has no usable size (${String(width)}x${String(height)}); a video needs a frame first`,
    });
  }
  return { source, width, height, isPixels: false };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
