import { isLivenessThreshold } from '@liveness-kit/core';
import { LOCALE_CODES } from '@liveness-kit/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  listCameraOptions,
  readRememberedCamera,
  writeRememberedCamera,
  type CameraOption,
} from './camera-choice.js';
import { t, type DemoTextKey } from './demo-text.js';
import {
  DEFAULT_SETTINGS,
  faceMatchEndpointFor,
  isValidEndpoint,
  THEME_CHOICES,
  type CustomTheme,
  type DemoSettings,
  type ThemeChoice,
} from './settings.js';
import { customThemeContrast } from './theme.js';

export interface SettingsDrawerProps {
  open: boolean;
  settings: DemoSettings;
  onSave: (settings: DemoSettings) => void;
  onClose: () => void;
}

/** The language's own name ("Deutsch", "العربية"), where the browser knows it. */
function localeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Draft {
  endpoint: string;
  threshold: string;
  locale: DemoSettings['locale'];
  theme: ThemeChoice;
  customTheme: CustomTheme;
  autoCapture: boolean;
  faceMatch: boolean;
  camera: string;
}

function draftFrom(settings: DemoSettings): Draft {
  return {
    endpoint: settings.endpoint,
    threshold: settings.threshold === null ? '' : String(settings.threshold),
    locale: settings.locale,
    theme: settings.theme,
    customTheme: settings.customTheme,
    autoCapture: settings.autoCapture,
    faceMatch: settings.faceMatch,
    camera: readRememberedCamera() ?? '',
  };
}

/** The draft's problems, per field (empty when it can be saved). */
function validate(draft: Draft): { endpoint?: DemoTextKey; threshold?: DemoTextKey } {
  const errors: { endpoint?: DemoTextKey; threshold?: DemoTextKey } = {};
  if (!isValidEndpoint(draft.endpoint)) errors.endpoint = 'settings.endpoint.invalid';
  else if (draft.faceMatch && faceMatchEndpointFor(draft.endpoint) === null) {
    errors.endpoint = 'settings.endpoint.noFaceMatch';
  }
  if (draft.threshold.trim() !== '' && !isLivenessThreshold(Number(draft.threshold))) {
    errors.threshold = 'settings.threshold.invalid';
  }
  return errors;
}

/**
 * The settings, in a modal drawer (a native `<dialog>`: focus stays inside, Escape closes, focus
 * returns to the button that opened it). Saved to localStorage by the caller.
 */
export function SettingsDrawer({ open, settings, onSave, onClose }: SettingsDrawerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(settings));
  const [errors, setErrors] = useState<ReturnType<typeof validate>>({});
  const [cameras, setCameras] = useState<CameraOption[]>([]);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setDraft(draftFrom(settings));
      setErrors({});
      void listCameraOptions().then(setCameras);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
    // Only opening and closing matter; the draft is taken from the settings when opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const updateCustom = <K extends keyof CustomTheme>(key: K, value: CustomTheme[K]) =>
    setDraft((d) => ({ ...d, customTheme: { ...d.customTheme, [key]: value } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    const first = (['endpoint', 'threshold'] as const).find((key) => found[key]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    writeRememberedCamera(draft.camera || null);
    onSave({
      endpoint: draft.endpoint.trim(),
      threshold: draft.threshold.trim() === '' ? null : Number(draft.threshold),
      locale: draft.locale,
      theme: draft.theme,
      customTheme: draft.customTheme,
      autoCapture: draft.autoCapture,
      faceMatch: draft.faceMatch,
    });
  };

  const contrast = customThemeContrast(draft.customTheme);
  const lowContrast = contrast.text < 4.5 || contrast.buttons < 4.5;
  const rememberedUnlisted = draft.camera !== '' && !cameras.some((c) => c.deviceId === draft.camera);

  return (
    <dialog
      ref={dialog}
      className="drawer"
      aria-labelledby={`${id}-title`}
      data-dialog="settings"
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <div className="drawer-head">
          <h2 id={`${id}-title`}>{t('settings.title')}</h2>
          <button type="button" className="button ghost" onClick={onClose} aria-label={t('settings.close')}>
            ✕
          </button>
        </div>

        <div className="field">
          <label htmlFor={`${id}-endpoint`}>{t('settings.endpoint')}</label>
          <input
            id={`${id}-endpoint`}
            name="endpoint"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={draft.endpoint}
            onChange={(e) => update('endpoint', e.target.value)}
            aria-invalid={errors.endpoint ? true : undefined}
            aria-describedby={`${id}-endpoint-help${errors.endpoint ? ` ${id}-endpoint-error` : ''}`}
          />
          <p id={`${id}-endpoint-help`} className="help">
            {t('settings.endpoint.help')}
          </p>
          {errors.endpoint && (
            <p id={`${id}-endpoint-error`} className="field-error">
              {t(errors.endpoint)}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-threshold`}>{t('settings.threshold')}</label>
          <input
            id={`${id}-threshold`}
            name="threshold"
            type="number"
            min={0}
            max={100}
            step="any"
            inputMode="decimal"
            value={draft.threshold}
            onChange={(e) => update('threshold', e.target.value)}
            aria-invalid={errors.threshold ? true : undefined}
            aria-describedby={`${id}-threshold-help${errors.threshold ? ` ${id}-threshold-error` : ''}`}
          />
          <p id={`${id}-threshold-help`} className="help">
            {t('settings.threshold.help')}
          </p>
          {errors.threshold && (
            <p id={`${id}-threshold-error`} className="field-error">
              {t(errors.threshold)}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-locale`}>{t('settings.locale')}</label>
          <select
            id={`${id}-locale`}
            name="locale"
            value={draft.locale}
            onChange={(e) => update('locale', e.target.value as Draft['locale'])}
          >
            <option value="auto">{t('settings.locale.auto')}</option>
            {LOCALE_CODES.map((code) => (
              <option key={code} value={code} lang={code}>
                {localeName(code)} ({code})
              </option>
            ))}
          </select>
        </div>

        <fieldset className="field">
          <legend>{t('settings.theme')}</legend>
          <div className="choices">
            {THEME_CHOICES.map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name="theme"
                  value={choice}
                  checked={draft.theme === choice}
                  onChange={() => update('theme', choice)}
                />
                {t(`settings.theme.${choice}`)}
              </label>
            ))}
          </div>
        </fieldset>

        {draft.theme === 'custom' && (
          <fieldset className="field custom-theme">
            <legend>{t('settings.custom.title')}</legend>
            <div className="colour-grid">
              {(['primary', 'background', 'text'] as const).map((key) => (
                <label key={key} className="colour">
                  <input
                    type="color"
                    name={`custom-${key}`}
                    value={draft.customTheme[key]}
                    onChange={(e) => updateCustom(key, e.target.value)}
                  />
                  {t(`settings.custom.${key}`)}
                </label>
              ))}
            </div>
            <label htmlFor={`${id}-radius`}>{t('settings.custom.radius')}</label>
            <input
              id={`${id}-radius`}
              name="custom-radius"
              type="number"
              min={0}
              max={40}
              step={1}
              value={draft.customTheme.radius}
              onChange={(e) => {
                const value = Number(e.target.value);
                if (Number.isFinite(value))
                  updateCustom('radius', Math.min(40, Math.max(0, Math.round(value))));
              }}
            />
            <p className={lowContrast ? 'field-error' : 'help'} data-contrast={lowContrast ? 'low' : 'ok'}>
              {t('settings.custom.contrast', {
                text: contrast.text.toFixed(1),
                buttons: contrast.buttons.toFixed(1),
              })}{' '}
              {lowContrast && t('settings.custom.lowContrast')}
            </p>
          </fieldset>
        )}

        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              name="autoCapture"
              checked={draft.autoCapture}
              onChange={(e) => update('autoCapture', e.target.checked)}
              aria-describedby={`${id}-auto-help`}
            />
            {t('settings.autoCapture')}
          </label>
          <p id={`${id}-auto-help`} className="help">
            {t('settings.autoCapture.help')}
          </p>
        </div>

        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              name="faceMatch"
              checked={draft.faceMatch}
              onChange={(e) => update('faceMatch', e.target.checked)}
              aria-describedby={`${id}-face-match-help`}
            />
            {t('settings.faceMatch')}
          </label>
          <p id={`${id}-face-match-help`} className="help">
            {t('settings.faceMatch.help')}
          </p>
        </div>

        <div className="field">
          <label htmlFor={`${id}-camera`}>{t('settings.camera')}</label>
          <select
            id={`${id}-camera`}
            name="camera"
            value={draft.camera}
            onChange={(e) => update('camera', e.target.value)}
            aria-describedby={`${id}-camera-help`}
          >
            <option value="">{t('settings.camera.default')}</option>
            {cameras.map((camera, index) => (
              <option key={camera.deviceId} value={camera.deviceId}>
                {camera.label || t('settings.camera.unnamed', { number: index + 1 })}
              </option>
            ))}
            {rememberedUnlisted && (
              <option value={draft.camera}>
                {t('settings.camera.unnamed', { number: cameras.length + 1 })}
              </option>
            )}
          </select>
          <p id={`${id}-camera-help`} className="help">
            {t('settings.camera.help')}
          </p>
        </div>

        <div className="button-row drawer-actions">
          <button type="submit" className="button primary" data-action="save-settings">
            {t('settings.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('settings.cancel')}
          </button>
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              setDraft({ ...draftFrom(DEFAULT_SETTINGS), camera: '' });
              setErrors({});
            }}
          >
            {t('settings.reset')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
