import { Tag } from '@blason/react';
import { tagExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';

const meta = {
  title: 'Components/Tag',
  component: Tag,
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = example(tagExamples, 'Neutral');
export const Accent: Story = example(tagExamples, 'Accent');
export const Brand: Story = example(tagExamples, 'Brand');
export const Link: Story = example(tagExamples, 'Link');
