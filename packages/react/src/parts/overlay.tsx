import { forwardRef, useId } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { OvalGuide } from './oval-guide.js';
import type { DivPartProps } from './part-props.js';

export type OverlayProps = DivPartProps;

/**
 * The oval guide over the preview (`data-part="overlay"`); `data-state="fitted"` once the face fills
 * it, `"searching"` before. Decorative. Other props and the ref go to its `<div>`, children after the oval.
 */
export const Overlay = forwardRef<HTMLDivElement, OverlayProps>(function Overlay(
  { className, children, ...rest },
  ref,
) {
  const { partClass } = useCaptureContext();
  // The oval in effect for the camera's frame (portrait or landscape, or the `oval` option).
  const oval = useLivenessCapture((s) => s.oval);
  const cameraOn = useLivenessCapture((s) => s.cameraOn);
  const fitted = useLivenessCapture((s) => s.fitted);
  const maskId = `lk-oval-${useId().replace(/[^\w-]/g, '')}`;
  if (!cameraOn) return null;
  return (
    <div
      {...rest}
      ref={ref}
      data-part="overlay"
      data-state={fitted ? 'fitted' : 'searching'}
      className={partClass('overlay', className)}
    >
      <OvalGuide
        widthRatio={oval.widthRatio}
        heightRatio={oval.heightRatio}
        fitted={fitted}
        maskId={maskId}
      />
      {children}
    </div>
  );
});
