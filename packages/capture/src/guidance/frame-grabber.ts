import { LivenessError, type RgbaFrame } from '@liveness-kit/core';

/**
 * Longest side of the copy the pre-checks look at (sharpness and exposure limits are set at this
 * size). The detector does not get this copy but the source, which it resizes once, to its model's
 * input (128 px for BlazeFace front).
 */
export const ANALYSIS_SIZE = 320;

/** One grabbed frame: the full-size picture (what is uploaded) and its small copy (what is checked). */
export interface GrabbedFrame {
  /**
   * The frame at the source's size, upright and not mirrored: drawn from the source on first use
   * (only a photo that is taken needs it), so for a playing video it may be a frame or so later
   * than the analysis copy.
   */
  readonly full: HTMLCanvasElement;
  /** The source's size (the width of what is uploaded), without drawing {@link full}. */
  fullSize: { width: number; height: number };
  /** The pixels of the same frame at most {@link ANALYSIS_SIZE} pixels long (the analysis copy). */
  pixels: RgbaFrame;
}

export interface FrameGrabber {
  /**
   * Draws `source` (a playing video, a decoded photo) straight into the analysis copy (one resize)
   * and reads its pixels; the full-size canvas is drawn only when asked for. Returns `null` when the source has no picture yet (a video still starting). The canvases
   * are reused: a grabbed frame is valid until the next `grab`.
   */
  grab(source: CanvasImageSource, width: number, height: number): GrabbedFrame | null;
}

/** The 2D context; only the small copy is read back each frame, so only it asks for CPU memory. */
function context2d(canvas: HTMLCanvasElement, willReadFrequently: boolean): CanvasRenderingContext2D {
  const context = canvas.getContext('2d', { willReadFrequently });
  if (!context) throw new LivenessError('INVALID_IMAGE', { detail: 'no 2D canvas context available' });
  return context;
}

/** A grabber with its own two canvases (one per component instance). */
export function createFrameGrabber(analysisSize: number = ANALYSIS_SIZE): FrameGrabber {
  const full = document.createElement('canvas');
  const analysis = document.createElement('canvas');
  return {
    grab(source, width, height) {
      if (!(width > 0 && height > 0)) return null;
      if (full.width !== width || full.height !== height) {
        full.width = width;
        full.height = height;
      }
      const scale = Math.min(1, analysisSize / Math.max(width, height));
      const aw = Math.max(1, Math.round(width * scale));
      const ah = Math.max(1, Math.round(height * scale));
      if (analysis.width !== aw || analysis.height !== ah) {
        analysis.width = aw;
        analysis.height = ah;
      }
      const small = context2d(analysis, true);
      small.drawImage(source, 0, 0, aw, ah);
      const image = small.getImageData(0, 0, aw, ah);
      let drawn = false;
      return {
        get full() {
          if (!drawn) {
            context2d(full, false).drawImage(source, 0, 0, width, height);
            drawn = true;
          }
          return full;
        },
        fullSize: { width, height },
        pixels: { data: image.data, width: aw, height: ah },
      };
    },
  };
}

/** A video's picture size, or 0x0 while it has no frame. */
export function videoSize(video: HTMLVideoElement): { width: number; height: number } {
  const ready = video.readyState >= 2; // HAVE_CURRENT_DATA
  return ready ? { width: video.videoWidth, height: video.videoHeight } : { width: 0, height: 0 };
}
