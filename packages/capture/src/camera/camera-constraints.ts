/**
 * The video constraints: the front camera at an ideal 640x480 (what the checks and the upload
 * need; more only costs time), or the chosen camera. The chosen camera is preferred (`ideal`)
 * rather than required, so a remembered camera that has gone does not fail the start.
 */
export function cameraConstraints(deviceId: string | null): MediaTrackConstraints {
  const size = { width: { ideal: 640 }, height: { ideal: 480 } };
  if (!deviceId) return { facingMode: 'user', ...size };
  return { deviceId: { ideal: deviceId }, ...size };
}
