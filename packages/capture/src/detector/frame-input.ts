import { LivenessError, type DetectorInput } from '@liveness-kit/core';

/** A width and height in pixels. */
export interface Size {
  width: number;
  height: number;
}

function invalidImage(detail: string): LivenessError {
  return new LivenessError('INVALID_IMAGE', { detail });
}

function isVideo(input: unknown): input is HTMLVideoElement {
  return typeof HTMLVideoElement !== 'undefined' && input instanceof HTMLVideoElement;
}

function isImageData(input: unknown): input is ImageData {
  return typeof ImageData !== 'undefined' && input instanceof ImageData;
}

function isPixels(
  input: unknown,
): input is { data: Uint8ClampedArray | Uint8Array; width: number; height: number } {
  return (
    typeof input === 'object' &&
    input !== null &&
    'data' in input &&
    (input.data instanceof Uint8ClampedArray || input.data instanceof Uint8Array)
  );
}

/**
 * The size of a frame, checked: a video must have a current frame, a bitmap must not be closed,
 * RGBA pixels must have `width * height * 4` bytes. Throws `INVALID_IMAGE`.
 */
export function frameSize(input: DetectorInput): Size {
  if (input === null || typeof input !== 'object') throw invalidImage('the frame is not an image');
  let size: Size;
  if (isVideo(input)) {
    if (input.readyState < 2 || input.videoWidth === 0) {
      throw invalidImage('the video has no frame yet (wait for its loadeddata event)');
    }
    size = { width: input.videoWidth, height: input.videoHeight };
  } else if (isPixels(input) && !isImageData(input)) {
    const { data, width, height } = input;
    if (data.length !== width * height * 4) {
      throw invalidImage(
        `RGBA pixels of ${width}x${height} need ${width * height * 4} bytes, got ${data.length}`,
      );
    }
    size = { width, height };
  } else if ('width' in input && 'height' in input) {
    size = { width: input.width, height: input.height };
  } else {
    throw invalidImage('the frame is not an image');
  }
  if (!(Number.isInteger(size.width) && Number.isInteger(size.height) && size.width > 0 && size.height > 0)) {
    throw invalidImage(
      `the frame has no pixels (${String(size.width)}x${String(size.height)}; a closed ImageBitmap is 0x0)`,
    );
  }
  return size;
}

/** A `createImageBitmap` source for any detector input (RGBA pixels become an ImageData). */
export function bitmapSource(input: DetectorInput): ImageBitmapSource {
  if (isPixels(input) && !isImageData(input)) {
    const { data, width, height } = input;
    const bytes: ArrayBufferView = data;
    const clamped =
      data instanceof Uint8ClampedArray
        ? data
        : new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new ImageData(clamped as Uint8ClampedArray<ArrayBuffer>, width, height);
  }
  return input as ImageBitmapSource;
}

/**
 * A copy of the frame as an ImageBitmap of `size` (the copy is ours to transfer and close).
 * Throws `INVALID_IMAGE` when the browser cannot read the frame.
 */
export async function frameBitmap(input: DetectorInput, size: Size, frame: Size): Promise<ImageBitmap> {
  const source = bitmapSource(input);
  try {
    if (size.width === frame.width && size.height === frame.height) return await createImageBitmap(source);
    return await createImageBitmap(source, {
      resizeWidth: size.width,
      resizeHeight: size.height,
      resizeQuality: 'low',
    });
  } catch (cause) {
    throw new LivenessError('INVALID_IMAGE', {
      detail: `the frame could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
      cause,
    });
  }
}
