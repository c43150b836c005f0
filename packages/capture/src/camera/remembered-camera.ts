/** The localStorage key under which the chosen camera's `deviceId` is kept. */
export const CAMERA_STORAGE_KEY = 'liveness-kit:camera';

/** The camera chosen last time, or `null` (also when storage is blocked). */
export function readRememberedCamera(): string | null {
  try {
    return globalThis.localStorage?.getItem(CAMERA_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the chosen camera (`null` forgets it); silently does nothing when storage is blocked. */
export function rememberCamera(deviceId: string | null): void {
  try {
    if (deviceId) globalThis.localStorage?.setItem(CAMERA_STORAGE_KEY, deviceId);
    else globalThis.localStorage?.removeItem(CAMERA_STORAGE_KEY);
  } catch {
    // Private modes and blocked storage: the choice lasts for this session only.
  }
}
