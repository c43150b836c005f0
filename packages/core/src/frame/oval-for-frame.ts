import { LivenessError } from '../errors/liveness-error.js';

/** The oval guide's size as shares of the frame: width of the frame's width, height of its height. */
export interface OvalRatios {
  widthRatio: number;
  heightRatio: number;
}

/**
 * The oval for a landscape frame (and where the frame is not known yet): 0.55 of the width by 0.8
 * of the height. On a 640x480 webcam that is 352x384 px, about 0.92:1, room for a face and some hair.
 */
export const LANDSCAPE_OVAL: Readonly<OvalRatios> = Object.freeze({ widthRatio: 0.55, heightRatio: 0.8 });

/**
 * Width of the portrait oval as a share of the frame width. A portrait frame is narrow (480 px on a
 * 480x640 camera), so the oval takes most of it: the face then fills a large part of the photo
 * (the server judges it on more pixels; `minFacePixels` is far below it) and of a phone's small
 * screen, while 0.125 of the width is left on each side for the face to move into the oval. With
 * the default `minFaceToOval` / `maxFaceToOval` (0.4 / 0.9), a 480x640 frame takes face boxes from
 * 144 to 324 px wide.
 */
export const PORTRAIT_OVAL_WIDTH = 0.75;

/**
 * Width to height of the portrait oval in pixels: 4:5, an upright head (chin to crown is about
 * 1.25 times its width; the ICAO/ISO passport frame is 35x45 mm, 0.78). The landscape shares kept
 * in a 480x640 frame would draw a 264x512 px oval (0.52:1), far thinner than any face.
 */
export const PORTRAIT_OVAL_ASPECT = 4 / 5;

/** Highest share of the frame height the portrait oval may take (a frame barely taller than wide). */
export const PORTRAIT_OVAL_MAX_HEIGHT = 0.85;

/**
 * The oval in effect for a frame of `frameSize` pixels: {@link LANDSCAPE_OVAL} for a landscape or
 * square frame (and for `null`, a frame not known yet); for a portrait frame (taller than wide) an
 * oval proportioned for an upright face, {@link PORTRAIT_OVAL_ASPECT} (4:5) in pixels,
 * {@link PORTRAIT_OVAL_WIDTH} of the frame wide, narrowed to keep 4:5 when that would be over
 * {@link PORTRAIT_OVAL_MAX_HEIGHT} of the frame tall. On a 480x640 frame: 0.75 x 0.703 (360x450 px).
 * The capture engine draws and checks this oval unless its `oval` option sets one.
 *
 * Throws a `LivenessError` `INVALID_OPTIONS` for a size that is not two positive numbers.
 */
export function ovalForFrame(frameSize: { width: number; height: number } | null): OvalRatios {
  if (frameSize === null) return { ...LANDSCAPE_OVAL };
  const { width, height } = frameSize;
  if (!(Number.isFinite(width) && width > 0 && Number.isFinite(height) && height > 0)) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `frame size must be positive numbers, got ${String(width)}x${String(height)}`,
    });
  }
  if (height <= width) return { ...LANDSCAPE_OVAL };
  const heightRatio = (PORTRAIT_OVAL_WIDTH * width) / PORTRAIT_OVAL_ASPECT / height;
  if (heightRatio <= PORTRAIT_OVAL_MAX_HEIGHT) return { widthRatio: PORTRAIT_OVAL_WIDTH, heightRatio };
  return {
    widthRatio: (PORTRAIT_OVAL_MAX_HEIGHT * height * PORTRAIT_OVAL_ASPECT) / width,
    heightRatio: PORTRAIT_OVAL_MAX_HEIGHT,
  };
}
