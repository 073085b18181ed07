import { EventCard } from '@blason/react';
import { eventCardExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/EventCard',
  component: EventCard,
} satisfies Meta<typeof EventCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dates and times are `<time>` elements with machine-readable values. */
export const EveningEvent: Story = {
  ...example(eventCardExamples, 'Evening event'),
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const times = [...canvasElement.querySelectorAll('time')];
    await expect(times.length).toBeGreaterThan(0);
    for (const time of times) await expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  },
};
export const TrainingDayOverTwoDays: Story = example(eventCardExamples, 'Training day over two days');
export const WithoutRegistration: Story = example(eventCardExamples, 'Without registration');
