import { useEffect, useMemo, useRef } from 'react';
import Webcam from 'react-webcam';
import { cameraConstraints } from '../camera/camera-constraints.js';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export interface CameraProps {
  className?: string;
}

/**
 * The live preview (react-webcam): the front camera at an ideal 640x480, or the chosen one. Mounted
 * while the camera is on, so a retake finds it still open. `data-part="camera"`.
 */
export function Camera({ className }: CameraProps) {
  const { partClass, text, actions, mirrored } = useCaptureContext();
  const cameraOn = useLivenessCapture((s) => s.cameraOn);
  const session = useLivenessCapture((s) => s.cameraSession);
  const deviceId = useLivenessCapture((s) => s.deviceId);
  const constraints = useMemo(() => cameraConstraints(deviceId), [deviceId]);
  const webcam = useRef<Webcam>(null);
  useEffect(() => () => actions.setVideo(null), [actions]);
  if (!cameraOn) return null;
  return (
    <Webcam
      key={session}
      ref={webcam}
      audio={false}
      mirrored={mirrored}
      videoConstraints={constraints}
      onUserMedia={(stream) => {
        actions.setVideo(webcam.current?.video ?? null);
        actions.cameraStarted(stream);
      }}
      onUserMediaError={(error) => actions.cameraFailed(error)}
      data-part="camera"
      aria-label={text.t('ui.video.label')}
      className={partClass('camera', className)}
    />
  );
}
