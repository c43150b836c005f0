import { MAX_IMAGE_BYTES } from '../contract/request-options.js';
import { LivenessError, toLivenessError } from '../errors/liveness-error.js';
import { sizeSource, type EncodeSource } from './encode-source.js';
import { defaultJpegEncoder, type JpegEncoder } from './jpeg-encoders.js';

/** About what Didit shrinks uploads to before analysis: more buys nothing. */
export const DEFAULT_TARGET_BYTES = 500_000;
/** JPEG qualities tried at full size, best first. */
export const DEFAULT_QUALITY_STEPS: readonly number[] = Object.freeze([0.92, 0.85, 0.78, 0.7]);
/** Scales (of the source's width and height) tried, at the lowest quality, when quality is not enough. */
export const DEFAULT_SCALE_STEPS: readonly number[] = Object.freeze([
  0.8, 0.64, 0.5, 0.4, 0.32, 0.25, 0.2, 0.16, 0.125,
]);

export interface EncodeJpegOptions {
  /** Size to get under, in bytes. Default {@link DEFAULT_TARGET_BYTES} (capped at `maxBytes`). */
  targetBytes?: number;
  /**
   * Hard limit in bytes, default the contract's 5 MB (`MAX_IMAGE_BYTES`): when the target cannot be
   * met, the smallest attempt is returned only if it is under this, else `FILE_TOO_LARGE`.
   */
  maxBytes?: number;
  /** Qualities (0-1] tried at full size, in order. Default {@link DEFAULT_QUALITY_STEPS}. */
  qualitySteps?: readonly number[];
  /**
   * Scales (0-1) of the source's size tried next, in order, at the last quality step. Default
   * {@link DEFAULT_SCALE_STEPS}.
   */
  scaleSteps?: readonly number[];
  /** Default: a canvas where there is one, else the pure-JS encoder (see `defaultJpegEncoder`). */
  encoder?: JpegEncoder;
  /** Cancels between attempts (`ABORTED`). */
  signal?: AbortSignal;
}

export interface EncodedJpeg {
  /** The JPEG (`type` `image/jpeg`), without EXIF or any other metadata the encoder did not write. */
  blob: Blob;
  /** Its size in bytes. */
  byteLength: number;
  width: number;
  height: number;
  /** The JPEG quality used, 0-1. */
  quality: number;
  /** Output width over source width (1: not shrunk). */
  scale: number;
  /** Whether it is at most `targetBytes` (it is always at most `maxBytes`). */
  withinTarget: boolean;
  /** How many encodes it took. */
  attempts: number;
}

/**
 * Encodes a frame as a JPEG small enough to upload: at full size through the quality steps until it
 * is at most `targetBytes`, then, at the lowest quality step, through the scale steps. A first
 * attempt much larger than the target (over 3 times) skips straight to the lowest quality, and
 * scale steps predicted (bytes ∝ pixels) to stay over 1.25 times the target are skipped, so a 12 MP
 * frame takes about four encodes, a camera frame usually one. If no attempt meets the target, the
 * smallest is returned with `withinTarget: false` as long as it is at most `maxBytes`.
 *
 * The output carries no EXIF (canvas encoders and jpeg-js write none), so nothing about the device
 * or place leaks, and there is no orientation tag to misread: pass pixels that are upright.
 *
 * Throws a `LivenessError`: `INVALID_IMAGE` for a source that is not an image or an encoder
 * failure, `INVALID_OPTIONS` for bad options, `FILE_TOO_LARGE` when even the smallest attempt is
 * over `maxBytes`, `ABORTED` when `signal` fires.
 */
export async function encodeJpeg(
  source: EncodeSource,
  options: EncodeJpegOptions = {},
): Promise<EncodedJpeg> {
  const sized = sizeSource(source);
  const { maxBytes, targetBytes, qualitySteps, scaleSteps, encoder, signal } = resolveOptions(options);

  let attempts = 0;
  let smallest: EncodedJpeg | undefined;
  const attempt = async (scale: number, quality: number): Promise<EncodedJpeg> => {
    if (signal?.aborted) throw new LivenessError('ABORTED', { cause: signal.reason });
    const width = Math.max(1, Math.round(sized.width * scale));
    const height = Math.max(1, Math.round(sized.height * scale));
    let output: Blob | Uint8Array;
    try {
      output = await encoder({
        source: sized.source,
        sourceWidth: sized.width,
        sourceHeight: sized.height,
        width,
        height,
        quality,
      });
    } catch (error) {
      throw toLivenessError(error, 'INVALID_IMAGE');
    }
    attempts++;
    const blob = toJpegBlob(output);
    const result: EncodedJpeg = {
      blob,
      byteLength: blob.size,
      width,
      height,
      quality,
      scale: width / sized.width,
      withinTarget: blob.size <= targetBytes,
      attempts,
    };
    if (!smallest || result.byteLength < smallest.byteLength) smallest = result;
    return result;
  };

  const lowestQuality = qualitySteps[qualitySteps.length - 1]!;
  let last: EncodedJpeg | undefined;
  for (let i = 0; i < qualitySteps.length; i++) {
    last = await attempt(1, qualitySteps[i]!);
    if (last.withinTarget) return { ...last, attempts };
    const isLast = i === qualitySteps.length - 1;
    if (!isLast && last.byteLength > 3 * targetBytes) {
      last = await attempt(1, lowestQuality);
      if (last.withinTarget) return { ...last, attempts };
      break;
    }
  }

  // Bytes scale roughly with pixels: skip the steps that should still be well over the target.
  const bytesAtFullSize = last!.byteLength;
  for (let i = 0; i < scaleSteps.length; i++) {
    const scale = scaleSteps[i]!;
    const predicted = bytesAtFullSize * scale * scale;
    const isLast = i === scaleSteps.length - 1;
    if (!isLast && predicted > 1.25 * targetBytes) continue;
    const result = await attempt(scale, lowestQuality);
    if (result.withinTarget) return { ...result, attempts };
  }

  const best = smallest!;
  if (best.byteLength > maxBytes) {
    throw new LivenessError('FILE_TOO_LARGE', {
      detail: `the smallest JPEG (${best.width}x${best.height}, quality ${best.quality}) is ${best.byteLength} bytes, over the ${maxBytes}-byte limit`,
    });
  }
  return { ...best, attempts };
}

function toJpegBlob(output: Blob | Uint8Array): Blob {
  if (output instanceof Uint8Array) {
    if (!isJpeg(output)) {
      throw new LivenessError('INVALID_IMAGE', { detail: 'the encoder did not produce a JPEG' });
    }
    return new Blob([output as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });
  }
  if (typeof Blob !== 'undefined' && output instanceof Blob) {
    return output.type === 'image/jpeg' ? output : output.slice(0, output.size, 'image/jpeg');
  }
  throw new LivenessError('INVALID_IMAGE', { detail: 'the encoder must resolve to a Blob or a Uint8Array' });
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

interface ResolvedOptions {
  maxBytes: number;
  targetBytes: number;
  qualitySteps: readonly number[];
  scaleSteps: readonly number[];
  encoder: JpegEncoder;
  signal: AbortSignal | undefined;
}

function resolveOptions(options: EncodeJpegOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw invalidOption('options must be an object');
  }
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  if (!isPositive(maxBytes))
    throw invalidOption(`maxBytes must be a positive number, got ${String(maxBytes)}`);
  const target = options.targetBytes ?? DEFAULT_TARGET_BYTES;
  if (!isPositive(target))
    throw invalidOption(`targetBytes must be a positive number, got ${String(target)}`);
  const qualitySteps = options.qualitySteps ?? DEFAULT_QUALITY_STEPS;
  if (
    !Array.isArray(qualitySteps) ||
    qualitySteps.length === 0 ||
    !qualitySteps.every((q) => isPositive(q) && q <= 1)
  ) {
    throw invalidOption('qualitySteps must be a non-empty array of numbers in (0, 1]');
  }
  const scaleSteps = options.scaleSteps ?? DEFAULT_SCALE_STEPS;
  if (!Array.isArray(scaleSteps) || !scaleSteps.every((s) => isPositive(s) && s < 1)) {
    throw invalidOption('scaleSteps must be an array of numbers in (0, 1)');
  }
  const encoder = options.encoder ?? defaultJpegEncoder();
  if (typeof encoder !== 'function') throw invalidOption('encoder must be a function');
  return {
    maxBytes,
    targetBytes: Math.min(target, maxBytes),
    qualitySteps,
    scaleSteps,
    encoder,
    signal: options.signal,
  };
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function invalidOption(detail: string): LivenessError {
  return new LivenessError('INVALID_OPTIONS', { detail });
}
