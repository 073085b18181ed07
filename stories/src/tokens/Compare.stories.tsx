import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Compare } from './Compare.js';

const meta = {
  title: 'Tokens/Compare across partners',
  component: Compare,
  tags: ['!autodocs'],
  args: { token: 'color.accent.default' },
} satisfies Meta<typeof Compare>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The partner accent: the token that differs most between partners. */
export const Accent: Story = { tags: ['visual'] };

/** The headline text style in every partner × mode. */
export const Headline: Story = { args: { token: 'text.headline' } };

/** Picking another token re-renders the whole grid. */
export const PickAToken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Token'), 'color.surface.default');
    await expect(canvas.getByRole('table', { name: 'color.surface.default' })).toBeInTheDocument();
  },
};
