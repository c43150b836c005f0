import { CAMERA_STORAGE_KEY } from '@liveness-kit/react';

/** A camera the settings can point the component at. */
export interface CameraOption {
  deviceId: string;
  label: string;
}

/** The cameras the browser lists (names are empty until the camera has been allowed once). */
export async function listCameraOptions(): Promise<CameraOption[]> {
  const devices = await navigator.mediaDevices?.enumerateDevices?.().catch(() => []);
  return (devices ?? [])
    .filter((device) => device.kind === 'videoinput' && device.deviceId !== '')
    .map((device) => ({ deviceId: device.deviceId, label: device.label }));
}

/** The camera the component will prefer next time (it keeps it under `CAMERA_STORAGE_KEY`). */
export function readRememberedCamera(): string | null {
  try {
    return window.localStorage.getItem(CAMERA_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Sets (or, with `null`, forgets) the camera the component prefers. */
export function writeRememberedCamera(deviceId: string | null): void {
  try {
    if (deviceId) window.localStorage.setItem(CAMERA_STORAGE_KEY, deviceId);
    else window.localStorage.removeItem(CAMERA_STORAGE_KEY);
  } catch {
    // Blocked storage: the component falls back to the front camera.
  }
}
