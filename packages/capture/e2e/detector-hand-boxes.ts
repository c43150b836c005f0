/** A face box in an image's pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Faces measured by hand on the photos (EXIF orientation applied): hairline (or top of the
 * forehead) to chin, cheek to cheek, ears excluded.
 */
export const HAND_BOXES: Readonly<Record<string, Box>> = {
  'single/man-obama-official-portrait.jpg': { x: 300, y: 95, width: 200, height: 235 },
  'single/man-glasses-webcam.jpg': { x: 540, y: 410, width: 360, height: 380 },
  'single/woman-selfie-live-exif-orient6.jpg': { x: 105, y: 125, width: 170, height: 220 },
};

/** Intersection over union of two boxes. */
export function iou(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / (a.width * a.height + b.width * b.height - w * h);
}
