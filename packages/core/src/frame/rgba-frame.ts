/** A frame's pixels, RGBA 8-bit, row-major: what `CanvasRenderingContext2D.getImageData` gives. */
export interface RgbaFrame {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/** An axis-aligned box in frame pixels: top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
