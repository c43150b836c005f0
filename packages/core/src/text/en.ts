import type { VerificationOutcome } from '../contract/verification-outcome.js';
import type { WarningTag } from '../contract/warning-tags.js';
import type { LivenessErrorCode } from '../errors/error-codes.js';
import type { GuidanceCode } from '../frame/guidance-code.js';

/**
 * The English text of everything core can tell a user, in one flat table:
 * - `hint.<GuidanceCode>`: live framing guidance, one actionable sentence each;
 * - `warning.<TAG>.title` / `warning.<TAG>.advice`: the retake prompt for a warning tag
 *   (`warning.UNKNOWN.*` for tags this version does not know). Fraud, blocklist and duplicate tags
 *   get neutral text that never explains how to pass;
 * - `error.<CODE>` / `error.<CODE>.action`: what went wrong and what to do
 *   (`error.RATE_LIMITED.actionWithDelay` takes `{seconds}`, as a plural);
 * - `status.<STATUS>`: the outcome of a check;
 * - `outcome.<OUTCOME>.title` / `outcome.<OUTCOME>.body`: the outcome of the combined flow
 *   (liveness, then face match against an ID photo).
 *
 * Placeholders are `{name}`, and text with a count has a form per plural category
 * (`{seconds, plural, one {…#…} other {…#…}}`), both filled by `formatText`. Extend it by spreading:
 * `const text = { ...en, 'ui.retake': 'Retake' }`; translate it by providing a `CoreText`.
 */
export const en = {
  // Framing guidance
  'hint.HOLD_UPRIGHT': 'Hold your phone upright to take the photo',
  'hint.NO_FACE': 'We can’t see your face: look straight at the camera',
  'hint.MULTIPLE_FACES': 'Only one face please: make sure nobody else is in the picture',
  'hint.TOO_DARK': 'Find more light: your face is too dark',
  'hint.TOO_BRIGHT': 'Too much light: move away from bright light or a window behind the camera',
  'hint.MOVE_CLOSER': 'Move closer so your face fills the oval',
  'hint.MOVE_BACK': 'Move back a little so your whole face fits in the oval',
  'hint.CENTER_FACE': 'Center your face in the oval',
  'hint.LOOK_STRAIGHT': 'Look straight at the camera',
  'hint.BLURRY': 'The picture is blurry: hold the camera steady and wipe the lens',
  'hint.HOLD_STILL': 'Hold still for a moment',
  'hint.READY': 'Perfect, keep still: taking the photo',

  // Retake prompts per warning tag
  'warning.NO_FACE_DETECTED.title': 'We couldn’t find your face',
  'warning.NO_FACE_DETECTED.advice':
    'Make sure your whole face is visible, uncovered and inside the oval, then take the photo again.',
  'warning.LIVENESS_FACE_ATTACK.title': 'We could not verify you',
  'warning.LIVENESS_FACE_ATTACK.advice': 'We could not verify you. You can try again or contact support.',
  'warning.FACE_IN_BLOCKLIST.title': 'We could not verify you',
  'warning.FACE_IN_BLOCKLIST.advice': 'We could not verify you. Please contact support.',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.title': 'We could not verify you',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.advice': 'We could not verify you. Please contact support.',
  'warning.LOW_LIVENESS_SCORE.title': 'We couldn’t confirm the photo',
  'warning.LOW_LIVENESS_SCORE.advice':
    'Take the photo again in good, even light, looking straight at the camera, with nothing covering your face.',
  'warning.DUPLICATED_FACE.title': 'We could not complete the verification',
  'warning.DUPLICATED_FACE.advice': 'We could not complete the verification. Please contact support.',
  'warning.POSSIBLE_DUPLICATED_FACE.title': 'We could not complete the verification',
  'warning.POSSIBLE_DUPLICATED_FACE.advice':
    'We could not complete the verification. Please contact support.',
  'warning.MULTIPLE_FACES_DETECTED.title': 'More than one face in the photo',
  'warning.MULTIPLE_FACES_DETECTED.advice':
    'Make sure you are alone in the picture, with no photos or posters of faces behind you, then try again.',
  'warning.LOW_FACE_QUALITY.title': 'The photo isn’t clear enough',
  'warning.LOW_FACE_QUALITY.advice':
    'Hold the camera steady at eye level, keep your face inside the oval in good light, then try again.',
  'warning.LOW_FACE_LUMINANCE.title': 'The photo is too dark',
  'warning.LOW_FACE_LUMINANCE.advice': 'Move somewhere brighter or face a light source, then try again.',
  'warning.HIGH_FACE_LUMINANCE.title': 'The photo is too bright',
  'warning.HIGH_FACE_LUMINANCE.advice':
    'Move out of direct sunlight or away from strong light shining on your face, then try again.',
  'warning.NO_REFERENCE_IMAGE.title': 'We couldn’t find a face to compare',
  'warning.NO_REFERENCE_IMAGE.advice':
    'We could not find a face in the ID photo or the selfie. Use a clearer, well-lit ID photo with the whole face visible and upright, then try again.',
  'warning.LOW_FACE_MATCH_SIMILARITY.title': 'The faces don’t match',
  'warning.LOW_FACE_MATCH_SIMILARITY.advice':
    'The selfie and the ID photo do not look like the same person. Take the selfie again in good light, looking straight at the camera, or use a clearer ID photo.',
  'warning.UNKNOWN.title': 'We couldn’t complete the check',
  'warning.UNKNOWN.advice': 'Please try again. If it keeps happening, contact support.',

  // Errors: what happened, then what to do
  'error.NETWORK': 'We couldn’t reach the server.',
  'error.NETWORK.action': 'Check your internet connection and try again.',
  'error.TIMEOUT': 'The check took too long.',
  'error.TIMEOUT.action': 'Check your internet connection and try again.',
  'error.ABORTED': 'The check was cancelled.',
  'error.ABORTED.action': 'Start again when you are ready.',
  'error.BAD_REQUEST': 'The photo could not be checked.',
  'error.BAD_REQUEST.action': 'Take a new photo and try again.',
  'error.UNAUTHORIZED': 'The verification service is not set up correctly.',
  'error.UNAUTHORIZED.action': 'Please contact support.',
  'error.PAYMENT_REQUIRED': 'The verification service is not available at the moment.',
  'error.PAYMENT_REQUIRED.action': 'Please try again later or contact support.',
  'error.FORBIDDEN': 'The verification service refused the request.',
  'error.FORBIDDEN.action': 'Please try again later or contact support.',
  'error.FILE_TOO_LARGE': 'The photo is too large.',
  'error.FILE_TOO_LARGE.action': 'Take a new photo and try again.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'This image format is not supported.',
  'error.UNSUPPORTED_MEDIA_TYPE.action': 'Use a JPEG, PNG, WebP or TIFF photo.',
  'error.RATE_LIMITED': 'Too many attempts in a short time.',
  'error.RATE_LIMITED.action': 'Wait a moment, then try again.',
  'error.RATE_LIMITED.actionWithDelay':
    '{seconds, plural, one {Wait # second, then try again.} other {Wait # seconds, then try again.}}',
  'error.BUSY': 'The verification service is busy right now.',
  'error.BUSY.action': 'Wait a moment, then try again.',
  'error.SERVER': 'The verification service had a problem.',
  'error.SERVER.action': 'Try again in a moment.',
  'error.INVALID_RESPONSE': 'The verification service sent an answer we could not read.',
  'error.INVALID_RESPONSE.action': 'Try again in a moment. If it keeps happening, contact support.',
  'error.UPSTREAM_UNAUTHORIZED':
    'The verification service on this site is not set up correctly (its access key was refused). This is not your fault.',
  'error.UPSTREAM_UNAUTHORIZED.action':
    'Trying again will not help until the site’s team fixes it. Please let the site’s support know.',
  'error.UPSTREAM_PAYMENT_REQUIRED':
    'The verification service on this site has run out of credits. This is not your fault.',
  'error.UPSTREAM_PAYMENT_REQUIRED.action':
    'Trying again will not help until the site’s team fixes it. Please let the site’s support know.',
  'error.UPSTREAM_FORBIDDEN':
    'The verification service on this site was refused access. This is not your fault.',
  'error.UPSTREAM_FORBIDDEN.action':
    'Trying again will not help until the site’s team fixes it. Please let the site’s support know.',
  'error.INVALID_OPTIONS': 'The check is not set up correctly.',
  'error.INVALID_OPTIONS.action': 'Please contact support.',
  'error.MODEL_LOAD_FAILED': 'The face checker could not be loaded.',
  'error.MODEL_LOAD_FAILED.action': 'Check your internet connection and reload the page.',
  'error.INVALID_IMAGE': 'The photo could not be read.',
  'error.INVALID_IMAGE.action': 'Take a new photo and try again.',
  'error.CAMERA_PERMISSION_DENIED': 'Camera access is blocked.',
  'error.CAMERA_PERMISSION_DENIED.action': 'Allow camera access in your browser settings, then try again.',
  'error.CAMERA_NOT_FOUND': 'No camera was found.',
  'error.CAMERA_NOT_FOUND.action': 'Connect a camera, or continue on a device that has one.',
  'error.CAMERA_IN_USE': 'The camera is being used by another app.',
  'error.CAMERA_IN_USE.action': 'Close other apps or tabs that use the camera, then try again.',
  'error.CAMERA_DISCONNECTED': 'The camera was disconnected.',
  'error.CAMERA_DISCONNECTED.action': 'Reconnect the camera, then try again.',
  'error.INSECURE_CONTEXT': 'The camera only works on a secure (https) page.',
  'error.INSECURE_CONTEXT.action': 'Open this page over https, or contact support.',
  'error.UNKNOWN': 'Something went wrong.',
  'error.UNKNOWN.action': 'Try again. If it keeps happening, contact support.',

  // Outcome of a check
  'status.APPROVED': 'You’re verified',
  'status.DECLINED': 'We could not verify you',
  'status.IN_REVIEW': 'Your check is being reviewed',
  'status.NOT_FINISHED': 'The check was not finished',

  // Outcome of the combined flow: liveness, then face match against an ID photo
  'outcome.verified.title': 'Identity verified',
  'outcome.verified.body': 'Your selfie passed the liveness check and matches your ID photo.',
  'outcome.liveness-failed.title': 'We could not confirm your selfie',
  'outcome.liveness-failed.body':
    'Your selfie did not pass the liveness check, so it was not compared with your ID photo.',
  'outcome.no-match.title': 'The faces don’t match',
  'outcome.no-match.body':
    'Your selfie and your ID photo do not look like the same person. Take the selfie again or use a clearer ID photo.',
  'outcome.reference-unusable.title': 'We can’t use this ID photo',
  'outcome.reference-unusable.body':
    'We could not find a face to compare in your ID photo. Use a clearer, well-lit ID photo with the whole face visible, then try again.',
} as const satisfies Record<RequiredCoreTextKey, string> & Record<string, string>;

/** The keys the table must have: every guidance code, warning tag, error code, status and outcome. */
type RequiredCoreTextKey =
  | `hint.${GuidanceCode}`
  | `warning.${WarningTag | 'UNKNOWN'}.${'title' | 'advice'}`
  | `error.${LivenessErrorCode}`
  | `error.${LivenessErrorCode}.action`
  | `status.${'APPROVED' | 'DECLINED' | 'IN_REVIEW' | 'NOT_FINISHED'}`
  | `outcome.${VerificationOutcome}.${'title' | 'body'}`;

/** A key of the core text table. */
export type CoreTextKey = keyof typeof en;

/** A complete core text table, e.g. a translation. */
export type CoreText = Record<CoreTextKey, string>;
