/** Stories only: fixture photos as the `File`s a file input would give. */
import { fixtureUrl } from './fixture-url.js';

/** The fixture (`single/man-glasses-webcam.jpg`) as a `File`, fetched from Storybook's `fixtures/`. */
export async function fixtureFile(fixture: string): Promise<File> {
  const response = await fetch(fixtureUrl(fixture));
  if (!response.ok) throw new Error(`fixture ${fixture}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new File([blob], fixture.split('/').pop()!, { type: blob.type || 'image/jpeg' });
}

/**
 * A GIF (the smallest valid one: 1x1, one colour): an image type a browser shows but the ID-photo
 * check does not take (JPEG, PNG, WebP and TIFF only, sniffed from the bytes).
 */
export function gifFile(): File {
  const bytes = Uint8Array.from(atob('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='), (c) =>
    c.charCodeAt(0),
  );
  return new File([bytes], 'id-card.gif', { type: 'image/gif' });
}
