import { Card } from '@blason/react';
import { cardExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/Card',
  component: Card,
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = example(cardExamples, 'Text');
/** The whole card is one link, named by its title only. */
export const LinkedWithAxis: Story = {
  ...example(cardExamples, 'Linked, with axis'),
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole('link');
    await expect(links).toHaveLength(1);
    await expect(links[0]).toHaveAccessibleName('S’implanter au Pays de Saint-Omer');
  },
};
export const WithImageAndFooter: Story = example(cardExamples, 'With image and footer');
