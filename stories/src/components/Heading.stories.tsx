import { Heading } from '@blason/react';
import { headingExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';

const meta = {
  title: 'Components/Heading',
  component: Heading,
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Level1: Story = example(headingExamples, 'Level 1');
export const Level2: Story = example(headingExamples, 'Level 2');
export const Level3: Story = example(headingExamples, 'Level 3');
export const Level2SizedAsATitle: Story = example(headingExamples, 'Level 2 sized as a title');
