import { Quote } from '@blason/react';
import { quoteExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';

const meta = {
  title: 'Components/Quote',
  component: Quote,
} satisfies Meta<typeof Quote>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Attributed: Story = example(quoteExamples, 'Attributed');
export const Anonymous: Story = example(quoteExamples, 'Anonymous');
