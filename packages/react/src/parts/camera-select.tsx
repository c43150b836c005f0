import { useId } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export interface CameraSelectProps {
  className?: string;
}

/**
 * Chooses the camera when there are several (`data-part="camera-select"`); the choice is
 * remembered. Offered while guiding, and after a camera error (another camera may work).
 */
export function CameraSelect({ className }: CameraSelectProps) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const devices = useLivenessCapture((s) => s.devices);
  const deviceId = useLivenessCapture((s) => s.deviceId);
  const activeDeviceId = useLivenessCapture((s) => s.activeDeviceId);
  const id = useId();
  const offered = state === 'guiding' || state === 'loading-model' || state === 'camera-error';
  if (!offered || devices.length < 2) return null;
  const selected = activeDeviceId ?? deviceId ?? devices[0]?.deviceId ?? '';
  return (
    <div className={partClass('cameraSelect', className)}>
      <label htmlFor={id}>{text.t('ui.camera.label')}</label>
      <select
        id={id}
        data-part="camera-select"
        value={selected}
        onChange={(event) => {
          engine.selectCamera(event.target.value);
          if (state === 'camera-error') engine.start();
        }}
      >
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || text.t('ui.camera.unnamed', { number: index + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}
