import { useCallback, useEffect, useState } from 'react';
import { loadSettings, saveSettings, type DemoSettings } from './settings.js';
import { customPageVariables, pageThemeAttribute } from './theme.js';

const PAGE_VARIABLES = ['--demo-accent', '--demo-accent-fg', '--demo-radius'];

/** The settings, loaded from and saved to localStorage, with the page's theme kept in step. */
export function useSettings(): [DemoSettings, (settings: DemoSettings) => void] {
  const [settings, setSettings] = useState<DemoSettings>(loadSettings);
  const update = useCallback((next: DemoSettings) => {
    saveSettings(next);
    setSettings(next);
  }, []);
  useEffect(() => {
    const html = document.documentElement;
    const attribute = pageThemeAttribute(settings.theme);
    if (attribute) html.dataset.theme = attribute;
    else delete html.dataset.theme;
    for (const name of PAGE_VARIABLES) html.style.removeProperty(name);
    if (settings.theme === 'custom') {
      for (const [name, value] of Object.entries(customPageVariables(settings.customTheme))) {
        html.style.setProperty(name, value);
      }
    }
  }, [settings.theme, settings.customTheme]);
  return [settings, update];
}
