import sharp, { type Metadata } from 'sharp';
import { LivenessError, type RgbaFrame } from '@liveness-kit/core';

const ACCEPTED_FORMATS = new Set<string | undefined>(['jpeg', 'png', 'webp', 'tiff']);

export interface DecodeLimits {
  /** Largest accepted image, in pixels (width x height), checked before any pixel is decoded. */
  maxInputPixels: number;
  /** Long side of the analysis copy, in pixels (smaller images are not enlarged). */
  analysisSize: number;
}

export interface DecodedImage {
  /** The analysis copy: EXIF orientation applied, long side at most `analysisSize`, RGBA. */
  frame: RgbaFrame;
  /** Size of the full image after EXIF orientation: the space `bbox` is reported in. */
  width: number;
  height: number;
  /**
   * Analysis pixels per image pixel (1 when the image was not downscaled), from the long sides: the
   * short side's rounding would skew it (a 8x642 image analysed at 8x640 is 640/642, not 8/8).
   */
  scale: number;
}

/**
 * Decodes an uploaded image with sharp for analysis. Reads the header first and refuses
 * undecodable data, formats other than JPEG, PNG, WebP and TIFF, and images over
 * `maxInputPixels` (decompression bombs) with an
 * `INVALID_IMAGE` {@link LivenessError} before decoding pixels; then applies the EXIF
 * orientation and downscales (JPEG shrink-on-load keeps large photos cheap).
 */
export async function decodeImage(bytes: Uint8Array, limits: DecodeLimits): Promise<DecodedImage> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (cause) {
    throw invalidImage(`the image cannot be read (${firstLine(cause)})`, cause);
  }
  // Only the contract's types: sharp also reads SVG, GIF, HEIF, PDF…, which no caller should reach.
  if (!ACCEPTED_FORMATS.has(metadata.format)) {
    throw invalidImage(`${metadata.format ?? 'this'} images are not accepted (JPEG, PNG, WebP or TIFF)`);
  }
  const { width: storedWidth, height: storedHeight } = metadata;
  if (!storedWidth || !storedHeight) throw invalidImage('the image has no size');
  if (storedWidth * storedHeight > limits.maxInputPixels) {
    throw new LivenessError('INVALID_IMAGE', {
      detail: `the image is ${storedWidth}x${storedHeight} pixels, more than the ${formatPixels(limits.maxInputPixels)} limit`,
      serverCode: 'IMAGE_TOO_LARGE',
    });
  }
  // EXIF orientations 5-8 turn the picture a quarter: width and height swap.
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? storedHeight : storedWidth;
  const height = turned ? storedWidth : storedHeight;

  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: limits.maxInputPixels, failOn: 'warning' })
      .rotate()
      .resize(limits.analysisSize, limits.analysisSize, { fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      frame: {
        data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
        width: info.width,
        height: info.height,
      },
      width,
      height,
      scale: Math.max(info.width, info.height) / Math.max(width, height),
    };
  } catch (cause) {
    throw invalidImage(`the image cannot be decoded (${firstLine(cause)})`, cause);
  }
}

function invalidImage(detail: string, cause?: unknown): LivenessError {
  return new LivenessError('INVALID_IMAGE', cause === undefined ? { detail } : { detail, cause });
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

function formatPixels(pixels: number): string {
  return pixels >= 1e6 ? `${Math.round(pixels / 1e5) / 10} MP` : `${pixels} pixel`;
}
