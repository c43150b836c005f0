import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';

/** `className` goes to the wrapper (with its label); other props and the ref to the `<select>`. */
export type CameraSelectProps = Omit<
  ComponentPropsWithoutRef<'select'>,
  'children' | 'value' | 'defaultValue' | 'multiple'
>;

/**
 * Chooses the camera when there are several (`data-part="camera-select"`); the choice is
 * remembered. Offered while guiding, and after a camera error (another camera may work). A given
 * `onChange` runs first; the camera changes unless it calls `event.preventDefault()`.
 */
export const CameraSelect = forwardRef<HTMLSelectElement, CameraSelectProps>(function CameraSelect(
  { className, onChange, id: givenId, ...rest },
  ref,
) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const devices = useLivenessCapture((s) => s.devices);
  const deviceId = useLivenessCapture((s) => s.deviceId);
  const activeDeviceId = useLivenessCapture((s) => s.activeDeviceId);
  const ownId = useId();
  const id = givenId ?? ownId;
  const offered = state === 'guiding' || state === 'loading-model' || state === 'camera-error';
  if (!offered || devices.length < 2) return null;
  const selected = activeDeviceId ?? deviceId ?? devices[0]?.deviceId ?? '';
  return (
    <div className={partClass('cameraSelect', className)}>
      <label htmlFor={id}>{text.t('ui.camera.label')}</label>
      <select
        {...rest}
        ref={ref}
        id={id}
        data-part="camera-select"
        value={selected}
        onChange={composeHandlers(onChange, (event) => {
          engine.selectCamera(event.target.value);
          if (state === 'camera-error') engine.start();
        })}
      >
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || text.t('ui.camera.unnamed', { number: index + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
});
