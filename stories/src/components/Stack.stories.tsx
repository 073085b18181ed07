import { Stack } from '@blason/react';
import { stackExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';

const meta = {
  title: 'Components/Stack',
  component: Stack,
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = example(stackExamples, 'Default');
export const List: Story = example(stackExamples, 'List');
