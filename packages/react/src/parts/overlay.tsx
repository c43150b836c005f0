import { useId } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { OvalGuide } from './oval-guide.js';

export interface OverlayProps {
  className?: string;
}

/** The oval guide over the preview; `data-state="fitted"` once the face fills it. Decorative. */
export function Overlay({ className }: OverlayProps) {
  const { partClass, oval } = useCaptureContext();
  const cameraOn = useLivenessCapture((s) => s.cameraOn);
  const fitted = useLivenessCapture((s) => s.fitted);
  const maskId = `lk-oval-${useId().replace(/[^\w-]/g, '')}`;
  if (!cameraOn) return null;
  return (
    <div data-part="overlay" className={partClass('overlay', className)}>
      <OvalGuide
        widthRatio={oval.widthRatio}
        heightRatio={oval.heightRatio}
        fitted={fitted}
        maskId={maskId}
      />
    </div>
  );
}
