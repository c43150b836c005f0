import type { CaptureOptions, FaceMatchCaptureOptions } from '../options/capture-options.js';

/** How an attribute's text becomes an option value. */
export type AttributeType = 'string' | 'number' | 'boolean';

/**
 * The contract options `<liveness-capture>` takes as attributes (each is also a property of the
 * same camel-case name that reflects to the attribute). The engine's option check
 * (`checkCaptureOptions`) judges the values; this table only turns text into typed values.
 */
export const ELEMENT_ATTRIBUTES = {
  endpoint: { attribute: 'endpoint', type: 'string' },
  threshold: { attribute: 'threshold', type: 'number' },
  locale: { attribute: 'locale', type: 'string' },
  autoCapture: { attribute: 'auto-capture', type: 'boolean' },
  autoStart: { attribute: 'auto-start', type: 'boolean' },
  photoUpload: { attribute: 'photo-upload', type: 'string' },
  mirrored: { attribute: 'mirrored', type: 'boolean' },
  vendorData: { attribute: 'vendor-data', type: 'string' },
  rotateImage: { attribute: 'rotate-image', type: 'boolean' },
  saveApiRequest: { attribute: 'save-api-request', type: 'boolean' },
} as const satisfies Record<string, { attribute: string; type: AttributeType }>;

export type AttributeOption = keyof typeof ELEMENT_ATTRIBUTES;

/** The options set through attributes, typed as the engine takes them. */
export type AttributeOptions = Pick<CaptureOptions, AttributeOption>;

/**
 * The attributes of the face-match flow, read together into the `faceMatch` option (not reflected
 * one by one: the `faceMatch` property is the whole option): `face-match` (boolean),
 * `face-match-endpoint` (text) and `face-match-threshold` (number). Any of them turns the flow on;
 * `face-match="false"` turns it off. A `faceMatch` property replaces what they say.
 */
export const FACE_MATCH_ATTRIBUTES = ['face-match', 'face-match-endpoint', 'face-match-threshold'] as const;

/** Every attribute the element observes. */
export const OBSERVED_ATTRIBUTES: readonly string[] = [
  ...Object.values(ELEMENT_ATTRIBUTES).map((a) => a.attribute),
  ...FACE_MATCH_ATTRIBUTES,
];

/**
 * The value of one attribute: `undefined` when it is absent (the engine's default applies).
 * Booleans: present, empty or `"true"` is true, `"false"` is false. Numbers: the number written.
 * Text that is not a boolean or a number is passed on as it is, so the engine's option check names
 * the option in its `INVALID_OPTIONS` error.
 */
export function parseAttribute(type: AttributeType, text: string | null): unknown {
  if (text === null) return undefined;
  const trimmed = text.trim();
  if (type === 'boolean') {
    const lower = trimmed.toLowerCase();
    if (lower === '' || lower === 'true') return true;
    if (lower === 'false') return false;
    return text;
  }
  if (type === 'number') return trimmed === '' ? text : Number(trimmed);
  return text;
}

/** The attribute text for a property value: `null` removes the attribute (back to the default). */
export function attributeText(type: AttributeType, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (type === 'boolean' && typeof value === 'boolean') return value ? '' : 'false';
  return String(value);
}

/**
 * The `faceMatch` option the face-match attributes give (`read` is `element.getAttribute`):
 * `undefined` when none is present. Text that is not a boolean or a number is passed on as it is,
 * so the engine's option check names `faceMatch` (or `faceMatch.threshold`).
 */
export function faceMatchFromAttributes(
  read: (name: string) => string | null,
): CaptureOptions['faceMatch'] | undefined {
  const on = parseAttribute('boolean', read('face-match'));
  if (on === false) return false;
  const own: Record<string, unknown> = {};
  const endpoint = parseAttribute('string', read('face-match-endpoint'));
  const threshold = parseAttribute('number', read('face-match-threshold'));
  if (endpoint !== undefined) own.endpoint = endpoint;
  if (threshold !== undefined) own.threshold = threshold;
  if (Object.keys(own).length === 0 || (on !== undefined && on !== true)) {
    return on as CaptureOptions['faceMatch'];
  }
  return own as FaceMatchCaptureOptions;
}

/**
 * Reads every attribute option (`read` is `element.getAttribute`), the face-match attributes as
 * `faceMatch`; absent ones are left out.
 */
export function optionsFromAttributes(
  read: (name: string) => string | null,
): AttributeOptions & Pick<CaptureOptions, 'faceMatch'> {
  const options: Record<string, unknown> = {};
  for (const [option, { attribute, type }] of Object.entries(ELEMENT_ATTRIBUTES)) {
    const value = parseAttribute(type, read(attribute));
    if (value !== undefined) options[option] = value;
  }
  const faceMatch = faceMatchFromAttributes(read);
  if (faceMatch !== undefined) options.faceMatch = faceMatch;
  return options as AttributeOptions & Pick<CaptureOptions, 'faceMatch'>;
}
