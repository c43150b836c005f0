/**
 * Why a reference photo (the portrait on an ID document) cannot be used, found before anything is
 * sent: no face in it, a face too small to compare, too dark or washed out (glare on a card), too
 * blurry, a file that cannot be decoded, or one that is not an image.
 */
export const REFERENCE_PROBLEMS = [
  'NO_FACE',
  'FACE_TOO_SMALL',
  'TOO_DARK',
  'TOO_BRIGHT',
  'BLURRY',
  'UNREADABLE',
  'UNSUPPORTED_TYPE',
] as const;

export type ReferenceProblem = (typeof REFERENCE_PROBLEMS)[number];
