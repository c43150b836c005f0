import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story test, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
