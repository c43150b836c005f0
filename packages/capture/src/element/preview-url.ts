/**
 * The object URL of one image at a time (the reference photo's preview): a new image gets a new
 * URL and the old one is revoked; `revoke` frees it when the view goes. Where the platform has no
 * object URLs, there is no preview (`null`).
 */
export interface PreviewUrl {
  /** The URL of `image`, made once per image; `null` revokes the current one. */
  for(image: Blob | null): string | null;
  revoke(): void;
}

export function createPreviewUrl(): PreviewUrl {
  let current: { image: Blob; url: string } | null = null;
  const revoke = () => {
    if (current) URL.revokeObjectURL(current.url);
    current = null;
  };
  return {
    for(image) {
      if (current?.image === image) return current.url;
      revoke();
      if (!image || typeof URL.createObjectURL !== 'function') return null;
      current = { image, url: URL.createObjectURL(image) };
      return current.url;
    },
    revoke,
  };
}
