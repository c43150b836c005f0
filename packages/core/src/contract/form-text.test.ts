import { describe, expect, it } from 'vitest';
import { buildLivenessFormData } from '../upload/build-form-data.js';
import { optionsFromFormText, parseThresholdText, type LivenessFormText } from './form-text.js';
import { checkRequestOptions, LIVENESS_FORM_FIELDS, type LivenessRequestOptions } from './request-options.js';

describe('parseThresholdText', () => {
  it('reads plain decimal numbers in the contract range', () => {
    expect(parseThresholdText('30')).toBe(30);
    expect(parseThresholdText(' 42.5 ')).toBe(42.5);
    expect(parseThresholdText('0')).toBe(0);
    expect(parseThresholdText('100')).toBe(100);
    expect(parseThresholdText('1e1')).toBe(10);
    expect(parseThresholdText('.5')).toBe(0.5);
  });

  it('refuses what Number() would take but is not a threshold', () => {
    for (const text of ['', '  ', 'abc', '0x10', 'NaN', 'Infinity', '1e400', '-1', '101', '30%', '3 0']) {
      expect(parseThresholdText(text)).toBeUndefined();
    }
  });
});

describe('optionsFromFormText', () => {
  const check = (text: LivenessFormText) => checkRequestOptions(optionsFromFormText(text));

  it('decodes what buildLivenessFormData encodes', () => {
    const options: LivenessRequestOptions = {
      threshold: 42.5,
      rotateImage: true,
      saveApiRequest: false,
      vendorData: 'user-1',
      metadata: { a: [1, 2] },
    };
    const form = buildLivenessFormData(
      { blob: new Blob(['x'], { type: 'image/jpeg' }), type: 'image/jpeg', filename: 'selfie.jpg' },
      options,
    );
    const text: LivenessFormText = {};
    for (const key of Object.keys(options) as Array<keyof LivenessRequestOptions>) {
      text[key] = form.get(LIVENESS_FORM_FIELDS[key]) as string;
    }
    expect(check(text)).toEqual({ success: true, data: { ...options, metadata: '{"a":[1,2]}' } });
  });

  it('takes flags in any case with spaces, and nothing else', () => {
    expect(optionsFromFormText({ rotateImage: ' TRUE ', saveApiRequest: 'False' })).toEqual({
      rotateImage: true,
      saveApiRequest: false,
    });
    expect(check({ rotateImage: 'yes' })).toMatchObject({ success: false, option: 'rotateImage' });
    expect(check({ saveApiRequest: '1' })).toMatchObject({ success: false, option: 'saveApiRequest' });
  });

  it('leaves text that does not decode for the schema to name', () => {
    for (const threshold of ['', 'abc', '0x10', '1e400', '101']) {
      expect(check({ threshold })).toMatchObject({ success: false, option: 'threshold' });
    }
    expect(check({ metadata: '{not json' })).toMatchObject({ success: false, option: 'metadata' });
    expect(check({ vendorData: 'v'.repeat(2000) })).toMatchObject({ success: false, option: 'vendorData' });
    expect(optionsFromFormText({})).toEqual({});
  });
});
