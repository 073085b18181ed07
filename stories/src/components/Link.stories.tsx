import { Link } from '@blason/react';
import { linkExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/Link',
  component: Link,
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Internal: Story = example(linkExamples, 'Internal');

/** An external link opens a new window, says so to screen readers, and drops the opener. */
export const External: Story = {
  ...example(linkExamples, 'External'),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /nouvelle fenêtre/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link.getAttribute('rel')).toContain('noopener');
  },
};
