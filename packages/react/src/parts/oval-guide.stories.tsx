import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { OvalGuide } from './oval-guide.js';

const meta = {
  title: 'Parts/OvalGuide',
  component: OvalGuide,
  args: { widthRatio: 0.55, heightRatio: 0.8, fitted: false },
  decorators: [
    (Story) => (
      <div style={{ position: 'relative', width: 320, height: 240, background: '#6b7280' }}>
        <Story />
      </div>
    ),
  ],
  render: (args) => (
    <OvalGuide {...args} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }} />
  ),
} satisfies Meta<typeof OvalGuide>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Searching: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="oval"]')).toHaveAttribute(
      'data-state',
      'searching',
    );
  },
};

export const Fitted: Story = {
  args: { fitted: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="oval"]')).toHaveAttribute('data-state', 'fitted');
  },
};
