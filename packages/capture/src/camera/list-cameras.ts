import type { CameraDevice } from '../store/capture-state.js';

/** The video inputs the browser lists (labels are filled once camera permission is granted). */
export async function listCameras(): Promise<CameraDevice[]> {
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices || typeof devices.enumerateDevices !== 'function') return [];
  try {
    const all = await devices.enumerateDevices();
    return all
      .filter((d) => d.kind === 'videoinput' && d.deviceId !== '')
      .map((d) => ({ deviceId: d.deviceId, label: d.label }));
  } catch {
    return [];
  }
}
