import { forwardRef, useEffect, useMemo, useRef } from 'react';
import Webcam from 'react-webcam';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export interface CameraProps {
  className?: string;
}

/**
 * The live preview (react-webcam) with the engine's constraints (`engine.cameraConstraints()`: the
 * chosen camera, 3:4 portrait on a portrait screen, else 4:3); it reports
 * the stream (or its failure) to the engine. Mounted while the camera is on, so a retake finds it
 * still open. `data-part="camera"`; the ref is the `<video>`.
 */
export const Camera = forwardRef<HTMLVideoElement, CameraProps>(function Camera({ className }, ref) {
  const { partClass, text, engine, mirrored } = useCaptureContext();
  const cameraOn = useLivenessCapture((s) => s.cameraOn);
  const session = useLivenessCapture((s) => s.cameraSession);
  const deviceId = useLivenessCapture((s) => s.deviceId);
  // The engine's constraints (the chosen camera, portrait on a portrait screen), read once per camera
  // session: a phone turning mid-guidance does not restart the stream (its frames turn with it).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new session or camera asks again
  const constraints = useMemo(() => engine.cameraConstraints(), [engine, session, deviceId]);
  const webcam = useRef<Webcam>(null);
  useEffect(() => () => engine.attachVideo(null), [engine]);
  if (!cameraOn) return null;
  return (
    <Webcam
      key={session}
      ref={webcam}
      audio={false}
      mirrored={mirrored}
      videoConstraints={constraints}
      onUserMedia={(stream) => {
        const video = webcam.current?.video ?? null;
        engine.attachVideo(video);
        if (typeof ref === 'function') ref(video);
        else if (ref) ref.current = video;
        engine.cameraStarted(stream);
      }}
      onUserMediaError={(error) => engine.cameraFailed(error)}
      data-part="camera"
      aria-label={text.t('ui.video.label')}
      className={partClass('camera', className)}
    />
  );
});
