import { isLivenessThreshold } from '@liveness-kit/core';
import { faceMatchEndpoint, LOCALE_CODES, type LocaleCode } from '@liveness-kit/react';

export type ThemeChoice = 'system' | 'light' | 'dark' | 'custom';

/** The colours and radius of the custom theme (sent to the component as `--lk-*` variables). */
export interface CustomTheme {
  primary: string;
  background: string;
  text: string;
  radius: number;
}

/** What the settings drawer changes; kept in localStorage. */
export interface DemoSettings {
  endpoint: string;
  /** `face_liveness_score_decline_threshold`, 0-100; `null` leaves it to the server. */
  threshold: number | null;
  /** `auto`: the browser's language. */
  locale: 'auto' | LocaleCode;
  theme: ThemeChoice;
  customTheme: CustomTheme;
  /** The component's `autoCapture`: the photo is taken once the face fits, or only with the button. */
  autoCapture: boolean;
  /** Liveness, then a face match of the selfie against an ID photo (the component's `faceMatch`). */
  faceMatch: boolean;
}

export const SETTINGS_STORAGE_KEY = 'liveness-kit-demo:settings';
export const DEFAULT_ENDPOINT = '/api/v3/passive-liveness/';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'custom'];

export const DEFAULT_CUSTOM_THEME: CustomTheme = {
  primary: '#6d28d9',
  background: '#faf7ff',
  text: '#1e1b4b',
  radius: 20,
};

export const DEFAULT_SETTINGS: DemoSettings = {
  endpoint: DEFAULT_ENDPOINT,
  threshold: null,
  locale: 'auto',
  theme: 'system',
  customTheme: DEFAULT_CUSTOM_THEME,
  autoCapture: true,
  faceMatch: true,
};

/** A path on this site (`/…`) or an absolute http(s) URL. */
export function isValidEndpoint(value: string): boolean {
  const text = value.trim();
  if (text.startsWith('/') && !text.startsWith('//')) return true;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function colour(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOUR.test(value) ? value.toLowerCase() : fallback;
}

/** Settings from stored JSON: every field that is missing or invalid takes its default. */
export function parseSettings(value: unknown): DemoSettings {
  const raw = record(value);
  const custom = record(raw.customTheme);
  const radius = custom.radius;
  return {
    endpoint:
      typeof raw.endpoint === 'string' && isValidEndpoint(raw.endpoint)
        ? raw.endpoint.trim()
        : DEFAULT_SETTINGS.endpoint,
    threshold: isLivenessThreshold(raw.threshold) ? raw.threshold : null,
    locale:
      typeof raw.locale === 'string' && (LOCALE_CODES as readonly string[]).includes(raw.locale)
        ? (raw.locale as LocaleCode)
        : 'auto',
    theme:
      typeof raw.theme === 'string' && (THEME_CHOICES as readonly string[]).includes(raw.theme)
        ? (raw.theme as ThemeChoice)
        : DEFAULT_SETTINGS.theme,
    customTheme: {
      primary: colour(custom.primary, DEFAULT_CUSTOM_THEME.primary),
      background: colour(custom.background, DEFAULT_CUSTOM_THEME.background),
      text: colour(custom.text, DEFAULT_CUSTOM_THEME.text),
      radius:
        typeof radius === 'number' && Number.isFinite(radius) && radius >= 0 && radius <= 40
          ? Math.round(radius)
          : DEFAULT_CUSTOM_THEME.radius,
    },
    autoCapture: typeof raw.autoCapture === 'boolean' ? raw.autoCapture : DEFAULT_SETTINGS.autoCapture,
    faceMatch: typeof raw.faceMatch === 'boolean' ? raw.faceMatch : DEFAULT_SETTINGS.faceMatch,
  };
}

/** The stored settings, or the defaults (also when storage is blocked or holds something else). */
export function loadSettings(): DemoSettings {
  try {
    const text = window.localStorage.getItem(SETTINGS_STORAGE_KEY);
    return parseSettings(text ? JSON.parse(text) : {});
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores the settings; does nothing where storage is blocked (they last for this visit). */
export function saveSettings(settings: DemoSettings): void {
  try {
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private modes and blocked storage.
  }
}

/** The tag the component gets: the chosen language, or the browser's. */
export function effectiveLocale(settings: DemoSettings): string {
  return settings.locale === 'auto' ? (navigator.language ?? 'en') : settings.locale;
}

/**
 * Where the face match goes for a liveness endpoint, by the component's own rule: the same server's
 * `/v3/face-match/` (`/api/v3/passive-liveness/` → `/api/v3/face-match/`); `null` when the endpoint
 * does not end in the contract's path, so no face-match URL can be told from it.
 */
export function faceMatchEndpointFor(endpoint: string): string | null {
  const found = faceMatchEndpoint({ endpoint: endpoint.trim() });
  return found === null ? null : String(found);
}
