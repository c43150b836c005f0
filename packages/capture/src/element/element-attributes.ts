import type { CaptureOptions } from '../options/capture-options.js';

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

/** Every attribute the element observes. */
export const OBSERVED_ATTRIBUTES: readonly string[] = Object.values(ELEMENT_ATTRIBUTES).map(
  (a) => a.attribute,
);

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

/** Reads every attribute option (`read` is `element.getAttribute`); absent ones are left out. */
export function optionsFromAttributes(read: (name: string) => string | null): AttributeOptions {
  const options: Record<string, unknown> = {};
  for (const [option, { attribute, type }] of Object.entries(ELEMENT_ATTRIBUTES)) {
    const value = parseAttribute(type, read(attribute));
    if (value !== undefined) options[option] = value;
  }
  return options as AttributeOptions;
}
