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
} as const;

/** A key of the component's own labels. */
export type UiTextKey = keyof typeof uiEn;
