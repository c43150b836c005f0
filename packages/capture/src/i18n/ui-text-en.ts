/**
 * The English text of the component's own labels (the `ui.*` keys), added to core's table. Every
 * locale has the same keys (checked by `locales.test.ts`); placeholders are `{name}`, and text with
 * a count has plural forms (`{seconds, plural, one {…} other {…}}`, core's `formatText`).
 */
export const uiEn = {
  'ui.title': 'Face check',
  'ui.intro.title': 'Take a selfie to confirm it’s you',
  'ui.intro.body':
    'We’ll use your camera to take one photo of your face and check that you are really here. Your browser will ask you to allow the camera.',
  'ui.start': 'Start the camera',
  'ui.capture': 'Take photo',
  'ui.retake': 'Take a new photo',
  'ui.retry': 'Try again',
  'ui.retryCamera': 'Try the camera again',
  'ui.cancel': 'Cancel',
  'ui.upload': 'Choose a photo instead',
  'ui.upload.description': 'A clear, recent photo of your face, alone, in good light.',
  'ui.upload.alternative': 'You can also choose a photo of your face from this device.',
  'ui.camera.label': 'Camera',
  'ui.camera.unnamed': 'Camera {number}',
  'ui.video.label': 'Camera preview',
  'ui.progress.starting-camera': 'Starting the camera…',
  'ui.progress.loading-model': 'Loading the face checker…',
  'ui.progress.capturing': 'Checking the photo…',
  'ui.progress.uploading': 'Sending your photo for checking…',
  'ui.progress.retrying': 'Trying again (attempt {attempt} of {attempts})…',
  'ui.progress.waiting':
    '{seconds, plural, one {Trying again in # second…} other {Trying again in # seconds…}}',
  'ui.refused': 'The photo was not taken. {hint}',
  'ui.photo.refused': 'This photo can’t be used. {hint}',
  'ui.result.approved': 'Thank you. You can continue.',
  'ui.result.review': 'We’ll let you know when the review is finished.',
  'ui.result.prompts': 'Before you try again:',
  'ui.result.final': 'This check can’t be repeated here. Please contact support if you need help.',
  'ui.step': 'Step {step} of {steps}: {name}',
  'ui.step.reference': 'ID photo',
  'ui.step.selfie': 'Your selfie',
  'ui.reference.title': 'Add a photo of your ID',
  'ui.reference.body':
    'Choose or take a photo of the page of your ID document with your portrait. Your face on it must be clear, well lit and without glare.',
  'ui.reference.choose': 'Choose a photo of your ID',
  'ui.reference.photograph': 'Take a photo of your ID',
  'ui.reference.checking': 'Checking your ID photo…',
  'ui.reference.ready': 'Your ID photo is ready.',
  'ui.reference.preview': 'Your ID photo',
  'ui.reference.usedLargest':
    '{count, plural, one {We found # face in this photo.} other {We found # faces in this photo and used the largest.}}',
  'ui.reference.problem.NO_FACE':
    'We couldn’t find a face in this photo. Choose a photo of the page with your portrait, upright and close enough that the portrait is clearly visible.',
  'ui.reference.problem.FACE_TOO_SMALL':
    'The face in this photo is too small to compare. Take the photo closer to your ID so the portrait fills more of it, or choose the original photo rather than a reduced copy.',
  'ui.reference.problem.TOO_DARK': 'This photo is too dark to see the face. Take it again in better light.',
  'ui.reference.problem.TOO_BRIGHT':
    'The face in this photo is washed out, often by glare on the card. Tilt the ID away from the light and take it again.',
  'ui.reference.problem.BLURRY':
    'This photo is too blurry to compare the face. Hold the phone still, not too close to the ID, let it focus, and take it again.',
  'ui.reference.problem.UNREADABLE':
    'This file could not be opened as a photo. It may be damaged; choose another one.',
  'ui.reference.problem.UNSUPPORTED_TYPE':
    'This file is not a photo we can use. Choose a JPEG, PNG, WebP or TIFF image.',
  'ui.retakeReference': 'Use another ID photo',
  'ui.retakeSelfie': 'Take a new selfie',
  'ui.progress.face-match': 'Comparing your selfie with your ID photo…',
  'ui.modelError.csp': 'This page’s security settings block the face checker. This is not your fault.',
  'ui.modelError.csp.action':
    'Reloading will not help until the site’s team fixes it. Please let the site’s support know.',
  'ui.modelError.not-found': 'The face checker’s files are missing from this site. This is not your fault.',
  'ui.modelError.not-found.action':
    'Reloading will not help until the site’s team fixes it. Please let the site’s support know.',
  'ui.modelError.http': 'This site could not send the face checker’s files.',
  'ui.modelError.http.action':
    'Try again in a moment. If it keeps happening, please let the site’s support know.',
  'ui.modelError.network': 'The face checker could not be downloaded.',
  'ui.modelError.network.action': 'Check your internet connection and try again.',
  'ui.modelError.invalid':
    'The face checker’s files on this site are damaged or wrong. This is not your fault.',
  'ui.modelError.invalid.action':
    'Reloading will not help until the site’s team fixes it. Please let the site’s support know.',
} as const;

/** A key of the component's own labels. */
export type UiTextKey = keyof typeof uiEn;
