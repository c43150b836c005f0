/**
 * The demo's own words (the check itself is translated by the component, see the locale setting).
 * Kept to a few strings in one table, so a product team can swap it for its own i18n.
 */
export const DEMO_TEXT = {
  'app.name': 'Northwind Bank',
  'app.tagline': 'liveness-kit demo',
  'app.skip': 'Skip to content',
  'app.settings': 'Settings',
  'app.engine': 'Engine',
  'welcome.title': 'Open your account in two minutes',
  'welcome.body':
    'To keep your money safe, we check that you are really you: a photo of your ID, then one selfie taken in your browser and compared with it. Nothing is recorded, and a photo is sent only once it has been checked.',
  'welcome.steps': 'What happens',
  'welcome.step1': 'Add a photo of your ID: choose one, take one, or use our sample.',
  'welcome.step2':
    'Allow the camera (or choose a photo if you have none) and fit your face in the oval; the selfie is taken by itself.',
  'welcome.step3': 'Get the result in a few seconds: is it a real person, and the person on the ID?',
  'check.sample': 'Use a sample ID photo',
  'check.sample.help':
    'A public-domain portrait (NASA). It is not you, so the check will say the faces do not match: a way to see that outcome.',
  'check.sample.failed':
    'The sample ID photo could not be loaded ({reason}). Choose or take a photo instead.',
  'welcome.start': 'Verify my identity',
  'check.title': 'Verify it’s you',
  'next.title': 'Next step',
  'next.approved': 'You are verified. Your account is ready to set up.',
  'next.continue': 'Continue',
  'next.review':
    'We need a little more time to review your photo. You can set up your account meanwhile; we will email you within one working day.',
  'next.retake': 'Follow the tips above and take a new photo.',
  'next.redo': 'Follow the tips above: take a new selfie or use another ID photo.',
  'next.declined':
    'We could not verify you with a selfie. You can verify with an identity document in a branch, or contact support.',
  'next.restart': 'Start over',
  'done.title': 'Welcome to Northwind Bank',
  'done.approved': 'Your identity is confirmed and your account is open.',
  'done.review': 'Your account is open; a few features stay locked until the review is done.',
  'done.restart': 'Run the demo again',
  'settings.title': 'Settings',
  'settings.close': 'Close settings',
  'settings.save': 'Save',
  'settings.cancel': 'Cancel',
  'settings.reset': 'Reset to defaults',
  'settings.saved': 'Settings saved.',
  'settings.endpoint': 'Endpoint',
  'settings.endpoint.help': 'Where the photo is sent: a path on this site or an https URL.',
  'settings.endpoint.noFaceMatch':
    'With the ID photo comparison on, the endpoint must end in /v3/passive-liveness/ (the face match goes to /v3/face-match/ beside it). Turn the comparison off to use another endpoint.',
  'settings.faceMatch': 'Compare the selfie with an ID photo',
  'settings.faceMatch.help':
    'Liveness, then face match: the flow first asks for an ID photo, and an approved selfie is compared with it.',
  'settings.endpoint.invalid': 'Enter a path starting with / or an http(s) URL.',
  'settings.threshold': 'Decline threshold (0-100)',
  'settings.threshold.help': 'Scores below it are declined. Leave empty for the server’s default.',
  'settings.threshold.invalid': 'Enter a number from 0 to 100, or leave it empty.',
  'settings.locale': 'Language of the check',
  'settings.locale.auto': 'Browser language',
  'settings.theme': 'Theme',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.custom': 'Custom',
  'settings.custom.title': 'Custom theme',
  'settings.custom.primary': 'Button colour',
  'settings.custom.background': 'Background',
  'settings.custom.text': 'Text colour',
  'settings.custom.radius': 'Corner radius (px)',
  'settings.custom.contrast': 'Contrast: text {text}:1, buttons {buttons}:1.',
  'settings.custom.lowContrast': 'Below 4.5:1: some people will not be able to read it (WCAG 2.2 AA).',
  'settings.autoCapture': 'Take the photo by itself',
  'settings.autoCapture.help': 'Once the face fits the oval. Off: only the “Take photo” button takes it.',
  'settings.camera': 'Camera',
  'settings.camera.default': 'Default (front camera)',
  'settings.camera.help':
    'The check offers a camera picker when you have several and remembers your choice in this browser; this sets that remembered camera. Names show once the camera has been allowed.',
  'settings.camera.unnamed': 'Camera {number}',
  'dev.title': 'Developer panel',
  'dev.engine': 'Answered by',
  'dev.engine.local': 'Local engine (development only)',
  'dev.engine.didit': 'Didit',
  'dev.engine.unknown': 'Unknown (health check failed)',
  'dev.engine.loading': 'Checking…',
  'dev.engine.custom': 'Your endpoint (not this demo’s server)',
  'dev.endpoint': 'Endpoint',
  'dev.state': 'Component state',
  'dev.timings': 'Timings',
  'dev.firstHint': 'Start → first hint',
  'dev.modelReady': 'Start → guiding (camera and model ready)',
  'dev.captureToResponse': 'Capture → response',
  'dev.upload': 'Upload → response',
  'dev.response': 'Raw response',
  'dev.faceMatch': 'Face match (outcome and raw response)',
  'dev.noResponse': 'No response yet.',
  'dev.error': 'Last error',
  'dev.ms': '{ms} ms',
  'dev.none': '—',
} as const;

export type DemoTextKey = keyof typeof DEMO_TEXT;

/** The text of `key`, with `{name}` placeholders filled from `values`. */
export function t(key: DemoTextKey, values: Record<string, string | number> = {}): string {
  return DEMO_TEXT[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
