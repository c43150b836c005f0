import { ovalForFrame, type OvalRatios } from '@liveness-kit/core';
import type { FrameSize } from './capture-state.js';

/** Whether two frame sizes are the same (`null`: no frame; two `null`s are the same). */
export function sameFrameSize(a: FrameSize | null, b: FrameSize | null): boolean {
  return a === b || (!!a && !!b && a.width === b.width && a.height === b.height);
}

/**
 * The oval in effect for a frame of `size`: the `oval` option when given, else core's
 * `ovalForFrame` (landscape 0.55 x 0.8, an upright-face oval on a portrait frame). The live frame
 * (the store's `oval`) and a photo from disk both use this.
 */
export function ovalInEffect(option: OvalRatios | null | undefined, size: FrameSize | null): OvalRatios {
  return option ?? ovalForFrame(size);
}
