/**
 * The paths of the two endpoints of the contract, relative to a server's base URL. A liveness-kit
 * server mounts them as they are; a proxy may put them under a prefix (e.g. `/api/liveness`).
 */
export const LIVENESS_PATH = '/v3/passive-liveness/';

/** `POST` a selfie and a reference photo: is it the same person? (`didit-face-match-api.md`) */
export const FACE_MATCH_PATH = '/v3/face-match/';
