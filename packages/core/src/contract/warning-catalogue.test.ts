import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { parseLivenessResponse } from './liveness-response.js';
import {
  createWarning,
  describeWarningTag,
  logTypeForSeverity,
  severityForLogType,
  UNKNOWN_WARNING_ENTRY,
  WARNING_CATALOGUE,
} from './warning-catalogue.js';
import {
  FACE_MATCH_WARNING_TAGS,
  isKnownFaceMatchWarningTag,
  isKnownLivenessWarningTag,
  isKnownWarningTag,
  WARNING_TAGS,
} from './warning-tags.js';

/** The tags of the reference (didit-passive-liveness-api.md), written out independently. */
const REFERENCE_TAGS = [
  'NO_FACE_DETECTED',
  'LIVENESS_FACE_ATTACK',
  'FACE_IN_BLOCKLIST',
  'POSSIBLE_FACE_IN_BLOCKLIST',
  'LOW_LIVENESS_SCORE',
  'DUPLICATED_FACE',
  'POSSIBLE_DUPLICATED_FACE',
  'MULTIPLE_FACES_DETECTED',
  'LOW_FACE_QUALITY',
  'LOW_FACE_LUMINANCE',
  'HIGH_FACE_LUMINANCE',
];

/** The tags `POST /v3/face-match/` can raise (didit-face-match-api.md), written out independently. */
const FACE_MATCH_REFERENCE_TAGS = ['NO_REFERENCE_IMAGE', 'LOW_FACE_MATCH_SIMILARITY'];

describe('WARNING_CATALOGUE', () => {
  it('has exactly one entry per tag of the two references, with text for both keys', () => {
    expect([...WARNING_TAGS].sort()).toEqual([...REFERENCE_TAGS].sort());
    expect([...FACE_MATCH_WARNING_TAGS].sort()).toEqual([...FACE_MATCH_REFERENCE_TAGS].sort());
    expect(Object.keys(WARNING_CATALOGUE).sort()).toEqual(
      [...REFERENCE_TAGS, ...FACE_MATCH_REFERENCE_TAGS].sort(),
    );
    for (const tag of [...WARNING_TAGS, ...FACE_MATCH_WARNING_TAGS]) {
      const entry = WARNING_CATALOGUE[tag];
      expect(entry.tag).toBe(tag);
      expect(en[entry.titleKey]).toBeTruthy();
      expect(en[entry.adviceKey]).toBeTruthy();
      expect(entry.shortDescription.length).toBeGreaterThan(3);
      expect(entry.longDescription.length).toBeGreaterThan(entry.shortDescription.length);
      expect(entry.logType).toBe(logTypeForSeverity(entry.severity));
    }
  });

  it('follows the reference for severities', () => {
    for (const tag of [
      'NO_FACE_DETECTED',
      'LIVENESS_FACE_ATTACK',
      'FACE_IN_BLOCKLIST',
      'POSSIBLE_FACE_IN_BLOCKLIST',
    ] as const) {
      expect(WARNING_CATALOGUE[tag].severity).toBe('decline');
      expect(WARNING_CATALOGUE[tag].logType).toBe('error');
    }
    expect(WARNING_CATALOGUE.MULTIPLE_FACES_DETECTED.severity).toBe('review');
    expect(WARNING_CATALOGUE.MULTIPLE_FACES_DETECTED.logType).toBe('warning');
    expect(WARNING_CATALOGUE.DUPLICATED_FACE.severity).toBe('info');
    expect(WARNING_CATALOGUE.POSSIBLE_DUPLICATED_FACE.logType).toBe('information');
  });

  it('keeps fraud, blocklist and duplicate advice neutral and never coaches', () => {
    const neutral = WARNING_TAGS.filter((tag) => WARNING_CATALOGUE[tag].neutral);
    expect(neutral.sort()).toEqual(
      [
        'DUPLICATED_FACE',
        'FACE_IN_BLOCKLIST',
        'LIVENESS_FACE_ATTACK',
        'POSSIBLE_DUPLICATED_FACE',
        'POSSIBLE_FACE_IN_BLOCKLIST',
      ].sort(),
    );
    for (const tag of neutral) {
      const { titleKey, adviceKey } = WARNING_CATALOGUE[tag];
      const text = `${en[titleKey]} ${en[adviceKey]}`.toLowerCase();
      expect(text).toContain('support');
      for (const word of [
        'light',
        'camera',
        'photo of',
        'screen',
        'mask',
        'print',
        'blocklist',
        'duplicate',
        'attack',
        'spoof',
      ]) {
        expect(text).not.toContain(word);
      }
    }
    expect(WARNING_CATALOGUE.LIVENESS_FACE_ATTACK.retakeHelps).toBe(true);
    expect(en[WARNING_CATALOGUE.LIVENESS_FACE_ATTACK.adviceKey]).toMatch(/try again/i);
    expect(WARNING_CATALOGUE.FACE_IN_BLOCKLIST.retakeHelps).toBe(false);
    expect(WARNING_CATALOGUE.POSSIBLE_FACE_IN_BLOCKLIST.retakeHelps).toBe(false);
    expect(en[WARNING_CATALOGUE.FACE_IN_BLOCKLIST.adviceKey]).not.toMatch(/try again/i);
  });

  it('gives capture-quality tags concrete, distinct advice', () => {
    const capture = WARNING_TAGS.filter((tag) => WARNING_CATALOGUE[tag].kind === 'capture-quality');
    expect(capture.sort()).toEqual(
      [
        'HIGH_FACE_LUMINANCE',
        'LOW_FACE_LUMINANCE',
        'LOW_FACE_QUALITY',
        'MULTIPLE_FACES_DETECTED',
        'NO_FACE_DETECTED',
      ].sort(),
    );
    const advice = capture.map((tag) => en[WARNING_CATALOGUE[tag].adviceKey]);
    expect(new Set(advice).size).toBe(advice.length);
    for (const tag of capture) expect(WARNING_CATALOGUE[tag].retakeHelps).toBe(true);
  });
});

describe('the face-match tags', () => {
  it('always decline, can be cleared by new photos, and coach openly', () => {
    for (const tag of FACE_MATCH_WARNING_TAGS) {
      const entry = WARNING_CATALOGUE[tag];
      expect(entry).toMatchObject({
        severity: 'decline',
        logType: 'error',
        retakeHelps: true,
        neutral: false,
      });
    }
    expect(WARNING_CATALOGUE.NO_REFERENCE_IMAGE.kind).toBe('capture-quality');
    expect(WARNING_CATALOGUE.LOW_FACE_MATCH_SIMILARITY.kind).toBe('match');
  });

  it('name the photo to redo: the ID photo first for no face, either photo for a low similarity', () => {
    const noFace = en[WARNING_CATALOGUE.NO_REFERENCE_IMAGE.adviceKey];
    expect(noFace).toMatch(/ID photo or the selfie/);
    expect(noFace).toMatch(/clearer, well-lit ID photo/);
    const lowSimilarity = en[WARNING_CATALOGUE.LOW_FACE_MATCH_SIMILARITY.adviceKey];
    expect(lowSimilarity).toMatch(/same person/);
    expect(lowSimilarity).toMatch(/selfie again/);
    expect(lowSimilarity).toMatch(/clearer ID photo/);
  });

  it('are told apart from the liveness tags', () => {
    for (const tag of FACE_MATCH_WARNING_TAGS) {
      expect(isKnownWarningTag(tag)).toBe(true);
      expect(isKnownFaceMatchWarningTag(tag)).toBe(true);
      expect(isKnownLivenessWarningTag(tag)).toBe(false);
      expect(describeWarningTag(tag)).toBe(WARNING_CATALOGUE[tag]);
    }
    for (const tag of WARNING_TAGS) {
      expect(isKnownWarningTag(tag)).toBe(true);
      expect(isKnownLivenessWarningTag(tag)).toBe(true);
      expect(isKnownFaceMatchWarningTag(tag)).toBe(false);
    }
    for (const tag of ['FACE_MATCH_NOT_COMPUTED', 'NO_FACE_IN_SELFIE', 'no_reference_image', 42]) {
      expect(isKnownWarningTag(tag)).toBe(false);
    }
  });

  it('build warnings the local engine can send', () => {
    expect(createWarning('LOW_FACE_MATCH_SIMILARITY', { feature: 'FACEMATCH' })).toEqual({
      risk: 'LOW_FACE_MATCH_SIMILARITY',
      log_type: 'error',
      short_description: 'Low face match similarity',
      long_description: WARNING_CATALOGUE.LOW_FACE_MATCH_SIMILARITY.longDescription,
      feature: 'FACEMATCH',
    });
  });
});

describe('describeWarningTag', () => {
  it('returns the entry of a known tag and the generic entry otherwise', () => {
    expect(describeWarningTag('LOW_FACE_QUALITY')).toBe(WARNING_CATALOGUE.LOW_FACE_QUALITY);
    for (const tag of ['SOMETHING_NEW', '', 'low_face_quality', 'toString', '__proto__']) {
      expect(describeWarningTag(tag)).toBe(UNKNOWN_WARNING_ENTRY);
    }
    expect(en[UNKNOWN_WARNING_ENTRY.titleKey]).toBe(en['warning.UNKNOWN.title']);
    expect(UNKNOWN_WARNING_ENTRY.kind).toBe('unknown');
  });
});

describe('severity and log_type', () => {
  it('map both ways', () => {
    for (const severity of ['decline', 'review', 'info'] as const) {
      expect(severityForLogType(logTypeForSeverity(severity))).toBe(severity);
    }
    expect(severityForLogType('fatal')).toBeUndefined();
    expect(severityForLogType(null)).toBeUndefined();
  });
});

describe('createWarning', () => {
  it('builds a contract warning that parses back', () => {
    const warning = createWarning('LOW_FACE_LUMINANCE', { severity: 'review', feature: 'LIVENESS' });
    expect(warning).toEqual({
      risk: 'LOW_FACE_LUMINANCE',
      log_type: 'warning',
      short_description: 'Low face luminance',
      long_description: WARNING_CATALOGUE.LOW_FACE_LUMINANCE.longDescription,
      feature: 'LIVENESS',
    });
    expect(createWarning('NO_FACE_DETECTED').log_type).toBe('error');
    const parsed = parseLivenessResponse({
      request_id: 'r',
      liveness: { status: 'Declined', warnings: [warning, createWarning('NO_FACE_DETECTED')] },
    });
    expect(parsed.liveness.warnings).toHaveLength(2);
  });
});
