import { Text } from '@blason/react';
import { textExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';

const meta = {
  title: 'Components/Text',
  component: Text,
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Body: Story = example(textExamples, 'Body');
export const Lead: Story = example(textExamples, 'Lead');
export const SmallMuted: Story = example(textExamples, 'Small, muted');
export const Caption: Story = example(textExamples, 'Caption');
export const Label: Story = example(textExamples, 'Label');
