import type { Decorator, Preview } from '@storybook/react-vite';
import { createElement } from 'react';

/**
 * The toolbar's theme: `data-theme` on a wrapper, which the component's stylesheet follows (like
 * `data-theme` on an app's `<html>`). "System" leaves it to `prefers-color-scheme`; a story's own
 * `theme` prop wins over it.
 */
const withTheme: Decorator = (Story, context) => {
  const theme = context.globals['theme'] as string | undefined;
  if (theme !== 'light' && theme !== 'dark') return Story();
  return createElement('div', { 'data-theme': theme }, Story());
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme of the liveness-kit stylesheet',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'system', title: 'System' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'system' },
  decorators: [withTheme],
  parameters: {
    // Accessibility violations fail the story test, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Docs',
          ['Props', 'Headless parts', 'Theming', 'Vite plugin', 'Server'],
          'LivenessCapture',
          [
            'Guidance',
            'Errors',
            'Retake prompts',
            'Results',
            'Loading',
            'Flows',
            'Photo from disk',
            'Themes',
            'Locales',
            'Headless parts',
            'Real detector',
          ],
          'Parts',
        ],
      },
    },
  },
};
export default preview;
