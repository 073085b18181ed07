import { Alert } from '@blason/react';
import { alertExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/Alert',
  component: Alert,
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = { ...example(alertExamples, 'Info'), tags: ['visual'] };
export const Success: Story = example(alertExamples, 'Success');
export const Warning: Story = example(alertExamples, 'Warning');

/** An assertive alert is announced at once: it has the `alert` role. */
export const DangerLive: Story = {
  ...example(alertExamples, 'Danger, live'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('L’envoi a échoué');
  },
};

/** Without `live`, an alert is static content: no live role. */
export const WithoutTitle: Story = {
  ...example(alertExamples, 'Without title'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(within(canvasElement).queryByRole('status')).toBeNull();
  },
};
