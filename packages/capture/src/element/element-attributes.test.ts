import { checkCaptureOptions } from '../options/check-capture-options.js';
import { describe, expect, it } from 'vitest';
import {
  attributeText,
  faceMatchFromAttributes,
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
    expect(OBSERVED_ATTRIBUTES).toHaveLength(13);
    expect(OBSERVED_ATTRIBUTES).toEqual(
      expect.arrayContaining(['face-match', 'face-match-endpoint', 'face-match-threshold']),
    );
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

describe('faceMatchFromAttributes', () => {
  it('reads the face-match attributes into the faceMatch option: any of them turns the flow on', () => {
    expect(faceMatchFromAttributes(read({}))).toBeUndefined();
    expect(faceMatchFromAttributes(read({ 'face-match': '' }))).toBe(true);
    expect(faceMatchFromAttributes(read({ 'face-match': 'false', 'face-match-threshold': '40' }))).toBe(
      false,
    );
    expect(
      faceMatchFromAttributes(
        read({ 'face-match': '', 'face-match-endpoint': '/fm/', 'face-match-threshold': ' 45 ' }),
      ),
    ).toEqual({ endpoint: '/fm/', threshold: 45 });
    expect(faceMatchFromAttributes(read({ 'face-match-threshold': '40' }))).toEqual({ threshold: 40 });
    expect(
      optionsFromAttributes(read({ endpoint: '/api/v3/passive-liveness/', 'face-match': 'true' })),
    ).toEqual({ endpoint: '/api/v3/passive-liveness/', faceMatch: true });
  });

  it('lets the option check name faceMatch for text that is not a boolean or a number', () => {
    const message = (attributes: Record<string, string>) => {
      try {
        checkCaptureOptions({
          endpoint: '/api/v3/passive-liveness/',
          ...optionsFromAttributes(read(attributes)),
        });
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    expect(message({ 'face-match': 'yes' })).toMatch(/faceMatch/);
    expect(message({ 'face-match': 'yes', 'face-match-threshold': '40' })).toMatch(/faceMatch/);
    // A number that is not one: named inside the union of true/false/object.
    expect(message({ 'face-match-threshold': 'high' })).toMatch(/faceMatch\.threshold must be a number/);
    expect(message({ 'face-match-threshold': '140' })).toMatch(/faceMatch\.threshold/);
    expect(message({ 'face-match': '', 'face-match-threshold': '40' })).toBeNull();
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
