import { SkipLink } from '@blason/react';
import { skipLinkExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/SkipLink',
  component: SkipLink,
  decorators: [
    (Story, { args }) => (
      <>
        <Story />
        <main id={args.targetId ?? 'contenu'} tabIndex={-1}>
          <h1>Contenu principal</h1>
        </main>
      </>
    ),
  ],
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden until focused: the first Tab reveals it, Enter moves focus to the main content. */
export const Default: Story = {
  ...example(skipLinkExamples, 'Default'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const link = canvas.getByRole('link', { name: 'Aller au contenu' });
    await expect(link).toHaveFocus();
    await expect(link).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};
export const CustomTarget: Story = example(skipLinkExamples, 'Custom target');
