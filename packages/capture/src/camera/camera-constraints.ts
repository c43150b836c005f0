/**
 * The video constraints: the front camera (or the chosen one, preferred with `ideal` rather than
 * required, so a remembered camera that has gone does not fail the start) at the size the checks and
 * the upload need (more only costs time).
 *
 * - Landscape screen (desktops, laptops): 4:3 landscape, ideal 640x480, what webcams give natively.
 * - Portrait screen (`portrait`, a phone held upright): `aspectRatio` ideal 3:4 and ideal 480x640.
 *   A phone's front camera streams upright frames when held upright; asking it for 640x480 makes
 *   the browser crop its portrait picture to fit (Chromium's mobile emulation handed over 480x480
 *   from a 480x640 camera), so the face loses its margins and the preview is letterboxed. 480x640
 *   has the same pixels as 640x480, so detection and the upload cost the same.
 *
 * Whatever the camera gives, the engine uses the video's real size (`videoWidth` x `videoHeight`).
 */
export function cameraConstraints(deviceId: string | null, portrait = false): MediaTrackConstraints {
  const size = portrait
    ? { aspectRatio: { ideal: 3 / 4 }, width: { ideal: 480 }, height: { ideal: 640 } }
    : { width: { ideal: 640 }, height: { ideal: 480 } };
  if (!deviceId) return { facingMode: 'user', ...size };
  return { deviceId: { ideal: deviceId }, ...size };
}
