import { Breadcrumb } from '@blason/react';
import { breadcrumbExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/Breadcrumb',
  component: Breadcrumb,
} satisfies Meta<typeof Breadcrumb>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The current page is the last item, marked `aria-current="page"` and not a link. */
export const ThreeLevels: Story = {
  ...example(breadcrumbExamples, 'Three levels'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation')).toBeInTheDocument();
    await expect(canvas.getAllByRole('link')).toHaveLength(2);
    await expect(canvas.getByText('Atelier marketing territorial')).toHaveAttribute('aria-current', 'page');
  },
};
export const HomeOnly: Story = example(breadcrumbExamples, 'Home only');
