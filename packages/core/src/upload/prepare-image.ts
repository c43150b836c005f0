import { MAX_IMAGE_BYTES } from '../contract/request-options.js';
import { LivenessError } from '../errors/liveness-error.js';
import { sniffImageType, type ImageType } from '../image/sniff-image-type.js';

/**
 * Which image of a check is being prepared, so that errors say which one is wrong and a default
 * file name fits it.
 */
export interface ImageRole {
  /** How errors name the image, e.g. `the reference image`. */
  label: string;
  /** The option that holds it, e.g. `refImage`. */
  option: string;
  /** The option that holds its file name, e.g. `refFilename`. */
  filenameOption: string;
  /** The default file name without its extension, e.g. `reference`. */
  baseName: string;
}

/** The images of the two checks: the liveness photo, and the selfie and reference of a face match. */
export const IMAGE_ROLES = {
  liveness: { label: 'the image', option: 'image', filenameOption: 'filename', baseName: 'selfie' },
  selfie: { label: 'the selfie', option: 'userImage', filenameOption: 'userFilename', baseName: 'selfie' },
  reference: {
    label: 'the reference image',
    option: 'refImage',
    filenameOption: 'refFilename',
    baseName: 'reference',
  },
} as const satisfies Record<string, ImageRole>;

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
 * most 5 MB. `role` names the image in the errors and gives the default file name
 * (`<baseName>.<ext>`); the liveness photo by default.
 *
 * @throws LivenessError `INVALID_OPTIONS` (not a Blob or Uint8Array, bad file name),
 * `INVALID_IMAGE` (empty), `FILE_TOO_LARGE` or `UNSUPPORTED_MEDIA_TYPE`, all without `status` and
 * with a `detail` naming the image (e.g. "the reference image is larger than 5 MB ...").
 */
export async function prepareImage(
  image: Blob | Uint8Array,
  filename?: string,
  role: ImageRole = IMAGE_ROLES.liveness,
): Promise<PreparedImage> {
  if (filename !== undefined && (typeof filename !== 'string' || filename.trim() === '')) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `${role.filenameOption} must be a non-empty string`,
    });
  }
  // Checked as `unknown`: JavaScript callers and other realms may pass anything.
  const input: unknown = image;
  let blob: Blob;
  let head: Uint8Array;
  if (input instanceof Uint8Array) {
    checkSize(input.byteLength, role);
    // Copied: the caller may reuse its buffer while the upload runs.
    const bytes = new Uint8Array(input);
    blob = new Blob([bytes]);
    head = bytes.subarray(0, 16);
  } else if (isBlobLike(input)) {
    checkSize(input.size, role);
    if (input instanceof Blob) {
      blob = input;
      head = new Uint8Array(await readBlob(input.slice(0, 16), role));
    } else {
      // A Blob from another realm (e.g. jsdom's): copy it into one this runtime's FormData takes.
      const bytes = new Uint8Array(await readBlob(input, role));
      blob = new Blob([bytes]);
      head = bytes.subarray(0, 16);
    }
  } else {
    throw new LivenessError('INVALID_OPTIONS', { detail: `${role.option} must be a Blob or a Uint8Array` });
  }
  const type = sniffImageType(head);
  if (type === null) {
    throw new LivenessError('UNSUPPORTED_MEDIA_TYPE', {
      detail: `${role.label} is not JPEG, PNG, WebP or TIFF`,
    });
  }
  return {
    blob: blob.type === type ? blob : blob.slice(0, blob.size, type),
    type,
    filename: filename ?? `${role.baseName}.${EXTENSIONS[type]}`,
  };
}

async function readBlob(blob: BlobLike, role: ImageRole): Promise<ArrayBuffer> {
  try {
    return await blob.arrayBuffer();
  } catch (error) {
    throw new LivenessError('INVALID_IMAGE', { detail: `${role.label} could not be read`, cause: error });
  }
}

function checkSize(size: number, role: ImageRole): void {
  if (size === 0) throw new LivenessError('INVALID_IMAGE', { detail: `${role.label} is empty` });
  if (size > MAX_IMAGE_BYTES) {
    throw new LivenessError('FILE_TOO_LARGE', {
      detail: `${role.label} is larger than 5 MB (${size} bytes; the limit is ${MAX_IMAGE_BYTES} bytes)`,
    });
  }
}
