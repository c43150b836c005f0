import { LivenessError, sniffImageType } from '@liveness-kit/core';

/** A photo from disk, decoded upright (EXIF orientation applied). */
export interface DecodedPhoto {
  source: ImageBitmap;
  width: number;
  height: number;
  close(): void;
}

/**
 * Decodes a photo chosen from disk. Only JPEG, PNG, WebP and TIFF are accepted (sniffed from the
 * bytes, whatever the file name says): anything else is `UNSUPPORTED_MEDIA_TYPE`, and a file the
 * browser cannot decode (truncated, corrupt) is `INVALID_IMAGE`.
 */
export async function decodePhoto(file: Blob): Promise<DecodedPhoto> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  } catch (cause) {
    throw new LivenessError('INVALID_IMAGE', { detail: 'the file could not be read', cause });
  }
  if (head.length === 0) throw new LivenessError('INVALID_IMAGE', { detail: 'the file is empty' });
  if (sniffImageType(head) === null) {
    throw new LivenessError('UNSUPPORTED_MEDIA_TYPE', {
      detail: 'the file is not a JPEG, PNG, WebP or TIFF image',
    });
  }
  if (typeof createImageBitmap !== 'function') {
    throw new LivenessError('INVALID_IMAGE', {
      detail: 'this browser cannot decode images (no createImageBitmap)',
    });
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  } catch (cause) {
    throw new LivenessError('INVALID_IMAGE', { detail: 'the image could not be decoded', cause });
  }
}
