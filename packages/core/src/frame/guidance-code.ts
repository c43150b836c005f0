/**
 * What the framing guidance tells the user, one primary code at a time. The order here is the
 * priority `assessFrame` uses to pick the primary hint (first wins): see its documentation.
 * `HOLD_UPRIGHT` is not a frame check: the capture engine shows it, above everything, while a phone
 * is held in landscape (detection pauses until it is upright again).
 */
export const GUIDANCE_CODES = [
  'HOLD_UPRIGHT',
  'NO_FACE',
  'MULTIPLE_FACES',
  'TOO_DARK',
  'TOO_BRIGHT',
  'MOVE_CLOSER',
  'MOVE_BACK',
  'CENTER_FACE',
  'LOOK_STRAIGHT',
  'BLURRY',
  'HOLD_STILL',
  'READY',
] as const;

export type GuidanceCode = (typeof GUIDANCE_CODES)[number];
