import { type Axis, ThematicBadge } from '@blason/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { brand } from '../brand/brand.js';

const meta = {
  title: 'Components/ThematicBadge',
  component: ThematicBadge,
  args: { axis: 'economie', label: 'Économie', tone: 'strong' },
  argTypes: {
    axis: { control: 'select', options: brand.axes.map((axis) => axis.id) },
    tone: { control: 'inline-radio', options: ['strong', 'subtle'] },
  },
} satisfies Meta<typeof ThematicBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One axis; the pictogram is decoration, the visible label names the axis. */
export const Economie: Story = {
  play: async ({ canvasElement }) => {
    const badge = within(canvasElement).getByText('Économie');
    await expect(badge).toBeVisible();
    await expect(badge.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  },
};

/** Every axis of the brand (from `tokens/axes/axes.json`), in both tones. */
export const AllAxes: Story = {
  name: 'All axes',
  tags: ['visual', 'visual-dark'],
  render: () => (
    <div style={{ display: 'grid', gap: 12 }}>
      {(['strong', 'subtle'] as const).map((tone) => (
        <div key={tone} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {brand.axes.map((axis) => (
            <ThematicBadge key={axis.id} axis={axis.id as Axis} label={axis.label} tone={tone} />
          ))}
        </div>
      ))}
    </div>
  ),
};
