import { KeyFigure } from '@blason/react';
import { keyFigureExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/KeyFigure',
  component: KeyFigure,
} satisfies Meta<typeof KeyFigure>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Years: Story = example(keyFigureExamples, 'Years');
/** French grouping: a narrow no-break space (U+202F) between thousands. */
export const GroupedThousands: Story = {
  ...example(keyFigureExamples, 'Grouped thousands'),
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    // toHaveTextContent() collapses every space, the narrow no-break one included: compare raw text.
    await expect(canvasElement.textContent).toContain('52\u202f560');
  },
};
export const Decimal: Story = example(keyFigureExamples, 'Decimal');
export const WithoutUnit: Story = example(keyFigureExamples, 'Without unit');
