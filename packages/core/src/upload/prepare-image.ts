import { MAX_IMAGE_BYTES } from '../contract/request-options.js';
import { LivenessError } from '../errors/liveness-error.js';
import { sniffImageType, type ImageType } from '../image/sniff-image-type.js';

/** An image ready to be sent: a Blob whose `type` is the sniffed one, and a file name. */
export interface PreparedImage {
  blob: Blob;
  type: ImageType;
  filename: string;
}

const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/tiff': 'tiff',
};

interface BlobLike {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  slice(start?: number, end?: number, contentType?: string): BlobLike;
}

function isBlobLike(value: unknown): value is BlobLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<BlobLike>;
  return typeof v.size === 'number' && typeof v.arrayBuffer === 'function' && typeof v.slice === 'function';
}

/**
 * Checks an image against the contract before upload and labels it with its real type: the bytes
 * must be JPEG, PNG, WebP or TIFF (sniffed, whatever the Blob's `type` or the file name says) and at
 * most 5 MB.
 *
 * @throws LivenessError `INVALID_OPTIONS` (not a Blob or Uint8Array, bad file name),
 * `INVALID_IMAGE` (empty), `FILE_TOO_LARGE` or `UNSUPPORTED_MEDIA_TYPE`, all without `status`.
 */
export async function prepareImage(image: Blob | Uint8Array, filename?: string): Promise<PreparedImage> {
  if (filename !== undefined && (typeof filename !== 'string' || filename.trim() === '')) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'filename must be a non-empty string' });
  }
  // Checked as `unknown`: JavaScript callers and other realms may pass anything.
  const input: unknown = image;
  let blob: Blob;
  let head: Uint8Array;
  if (input instanceof Uint8Array) {
    checkSize(input.byteLength);
    // Copied: the caller may reuse its buffer while the upload runs.
    const bytes = new Uint8Array(input);
    blob = new Blob([bytes]);
    head = bytes.subarray(0, 16);
  } else if (isBlobLike(input)) {
    checkSize(input.size);
    if (input instanceof Blob) {
      blob = input;
      head = new Uint8Array(await readBlob(input.slice(0, 16)));
    } else {
      // A Blob from another realm (e.g. jsdom's): copy it into one this runtime's FormData takes.
      const bytes = new Uint8Array(await readBlob(input));
      blob = new Blob([bytes]);
      head = bytes.subarray(0, 16);
    }
  } else {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'image must be a Blob or a Uint8Array' });
  }
  const type = sniffImageType(head);
  if (type === null) {
    throw new LivenessError('UNSUPPORTED_MEDIA_TYPE', {
      detail: 'the image is not JPEG, PNG, WebP or TIFF',
    });
  }
  return {
    blob: blob.type === type ? blob : blob.slice(0, blob.size, type),
    type,
    filename: filename ?? `selfie.${EXTENSIONS[type]}`,
  };
}

async function readBlob(blob: BlobLike): Promise<ArrayBuffer> {
  try {
    return await blob.arrayBuffer();
  } catch (error) {
    throw new LivenessError('INVALID_IMAGE', { detail: 'the image could not be read', cause: error });
  }
}

function checkSize(size: number): void {
  if (size === 0) throw new LivenessError('INVALID_IMAGE', { detail: 'the image is empty' });
  if (size > MAX_IMAGE_BYTES) {
    throw new LivenessError('FILE_TOO_LARGE', {
      detail: `the image is ${size} bytes; the limit is ${MAX_IMAGE_BYTES} bytes (5 MB)`,
    });
  }
}
