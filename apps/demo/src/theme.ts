import type { CSSProperties } from 'react';
import type { CustomTheme, ThemeChoice } from './settings.js';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` mixed with `b`: `share` of `a` (0-1). */
export function mix(a: string, b: string, share: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([0, 1, 2].map((i) => x[i]! * share + y[i]! * (1 - share)) as Rgb);
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1-21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrastRatio('#ffffff', background) >= contrastRatio('#111111', background) ? '#ffffff' : '#111111';
}

/** The contrast figures the settings drawer shows for a custom theme. */
export function customThemeContrast(theme: CustomTheme): { text: number; buttons: number } {
  return {
    text: contrastRatio(theme.text, theme.background),
    buttons: contrastRatio(readableOn(theme.primary), theme.primary),
  };
}

/** The component's `--lk-*` variables for a custom theme (set on its root through `style`). */
export function customThemeVariables(theme: CustomTheme): CSSProperties {
  const darkBackground = luminance(theme.background) < 0.2;
  return {
    '--lk-bg': theme.background,
    '--lk-fg': theme.text,
    '--lk-muted': mix(theme.text, theme.background, 0.8),
    '--lk-surface': mix(theme.text, theme.background, 0.06),
    '--lk-border': mix(theme.text, theme.background, 0.6),
    '--lk-primary': theme.primary,
    '--lk-primary-hover': mix(theme.primary, darkBackground ? '#ffffff' : '#000000', 0.8),
    '--lk-primary-fg': readableOn(theme.primary),
    '--lk-focus': theme.primary,
    '--lk-radius': `${theme.radius}px`,
  } as CSSProperties;
}

/** The page's own `--demo-*` colours for a custom theme (the demo's header, cards and buttons). */
export function customPageVariables(theme: CustomTheme): Record<string, string> {
  return {
    '--demo-accent': theme.primary,
    '--demo-accent-fg': readableOn(theme.primary),
    '--demo-radius': `${theme.radius}px`,
  };
}

/** `data-theme` on `<html>`: light or dark forced, custom on a light base, system follows the OS. */
export function pageThemeAttribute(choice: ThemeChoice): 'light' | 'dark' | undefined {
  if (choice === 'light' || choice === 'custom') return 'light';
  if (choice === 'dark') return 'dark';
  return undefined;
}
