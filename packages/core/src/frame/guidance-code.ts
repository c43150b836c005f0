/**
 * What the framing guidance tells the user, one primary code at a time. The order here is the
 * priority `assessFrame` uses to pick the primary hint (first wins): see its documentation.
 */
export const GUIDANCE_CODES = [
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
