import { LivenessError, MODEL_LOAD_REASONS } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/create-translator.js';
import { loadLocale } from '../i18n/load-locale.js';
import { LOCALE_CODES } from '../i18n/locale-codes.js';
import { describeError } from './describe-error.js';

const modelError = (reason?: (typeof MODEL_LOAD_REASONS)[number]) =>
  new LivenessError('MODEL_LOAD_FAILED', reason ? { reason, detail: 'x' } : { detail: 'x' });

describe('describeError', () => {
  it('tells each model-load reason apart, and only a network failure blames the connection', () => {
    const { t } = createTranslator('en');
    const texts = MODEL_LOAD_REASONS.map((reason) => describeError(modelError(reason), t));
    expect(new Set(texts.map((text) => text.message)).size).toBe(MODEL_LOAD_REASONS.length);
    const byReason = Object.fromEntries(MODEL_LOAD_REASONS.map((reason, i) => [reason, texts[i]!]));
    expect(byReason.csp!.message).toBe(
      'This page’s security settings block the face checker. This is not your fault.',
    );
    expect(byReason.network!.action).toBe('Check your internet connection and try again.');
    for (const reason of ['csp', 'not-found', 'http', 'invalid'] as const) {
      expect(byReason[reason]!.action, reason).not.toMatch(/internet|connection/i);
    }
    // No reason (a timeout, a worker that did not start): core's text as before.
    expect(describeError(modelError(), t)).toEqual({
      message: 'The face checker could not be loaded.',
      action: 'Check your internet connection and reload the page.',
    });
  });

  it('uses the locale and the displayText overrides', async () => {
    for (const code of LOCALE_CODES) await loadLocale(code);
    const messages = LOCALE_CODES.map((code) => describeError(modelError('csp'), createTranslator(code).t));
    expect(new Set(messages.map((m) => m.message)).size).toBe(LOCALE_CODES.length);
    expect(describeError(modelError('csp'), createTranslator('fr').t).message).toBe(
      'Les réglages de sécurité de cette page bloquent le détecteur de visage. Vous n’y êtes pour rien.',
    );
    const { t } = createTranslator('de', { 'ui.modelError.not-found': 'Dateien fehlen.' });
    expect(describeError(modelError('not-found'), t).message).toBe('Dateien fehlen.');
  });

  it('leaves other errors to core', () => {
    const { t } = createTranslator('en');
    const rateLimited = new LivenessError('RATE_LIMITED', { retryAfterMs: 2000 });
    expect(describeError(rateLimited, t).action).toBe('Wait 2 seconds, then try again.');
  });
});
