import { checkCaptureOptions } from '../options/check-capture-options.js';
import { describe, expect, it } from 'vitest';
import {
  attributeText,
  OBSERVED_ATTRIBUTES,
  optionsFromAttributes,
  parseAttribute,
} from './element-attributes.js';

const read = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('parseAttribute', () => {
  it('reads booleans as HTML does (present is true) and "false" as false', () => {
    expect(parseAttribute('boolean', '')).toBe(true);
    expect(parseAttribute('boolean', 'auto-start')).toBe('auto-start');
    expect(parseAttribute('boolean', ' TRUE ')).toBe(true);
    expect(parseAttribute('boolean', 'false')).toBe(false);
    expect(parseAttribute('boolean', null)).toBeUndefined();
  });

  it('reads numbers, and leaves text that is not one for the option check to name', () => {
    expect(parseAttribute('number', ' 42.5 ')).toBe(42.5);
    expect(parseAttribute('number', 'high')).toBeNaN();
    expect(parseAttribute('number', '')).toBe('');
    expect(parseAttribute('string', ' /api ')).toBe(' /api ');
  });
});

describe('optionsFromAttributes', () => {
  it('maps each contract attribute to its option, typed, and leaves absent ones out', () => {
    const options = optionsFromAttributes(
      read({
        endpoint: '/api/v3/passive-liveness/',
        threshold: '35',
        locale: 'fr-CA',
        'auto-capture': 'false',
        'auto-start': '',
        'photo-upload': 'always',
        mirrored: 'false',
        'vendor-data': 'user-7',
        'rotate-image': 'true',
        'save-api-request': 'false',
      }),
    );
    expect(options).toEqual({
      endpoint: '/api/v3/passive-liveness/',
      threshold: 35,
      locale: 'fr-CA',
      autoCapture: false,
      autoStart: true,
      photoUpload: 'always',
      mirrored: false,
      vendorData: 'user-7',
      rotateImage: true,
      saveApiRequest: false,
    });
    expect(() => checkCaptureOptions(options)).not.toThrow();
    expect(optionsFromAttributes(read({}))).toEqual({});
    expect(OBSERVED_ATTRIBUTES).toHaveLength(10);
  });

  it('lets the engine’s option check reject bad values, naming the option', () => {
    const bad = (attributes: Record<string, string>) => {
      try {
        checkCaptureOptions(optionsFromAttributes(read(attributes)));
      } catch (error) {
        return { code: (error as { code: string }).code, message: (error as Error).message };
      }
      return null;
    };
    expect(bad({ threshold: '150' })).toMatchObject({ code: 'INVALID_OPTIONS', message: /threshold/ });
    expect(bad({ threshold: 'high' })).toMatchObject({ code: 'INVALID_OPTIONS', message: /threshold/ });
    expect(bad({ 'auto-capture': 'sometimes' })).toMatchObject({ message: /autoCapture/ });
    expect(bad({ 'photo-upload': 'maybe' })).toMatchObject({ message: /photoUpload/ });
  });
});

describe('attributeText', () => {
  it('reflects property values back to attribute text that parses to the same value', () => {
    for (const [type, value] of [
      ['boolean', true],
      ['boolean', false],
      ['number', 12.5],
      ['string', '/api'],
    ] as const) {
      expect(parseAttribute(type, attributeText(type, value))).toBe(value);
    }
    expect(attributeText('number', undefined)).toBeNull();
    expect(attributeText('string', null)).toBeNull();
  });
});
