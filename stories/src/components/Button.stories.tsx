import { Button, type ButtonProps } from '@blason/react';
import { buttonExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { example } from './example.js';

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { onClick: fn() } as Partial<ButtonProps>,
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Clicking calls `onClick` once. */
export const Primary: Story = {
  ...example(buttonExamples, 'Primary'),
  tags: ['visual', 'visual-dark'],
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'S’inscrire' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};
export const Secondary: Story = example(buttonExamples, 'Secondary');
export const Tertiary: Story = example(buttonExamples, 'Tertiary');
export const Small: Story = example(buttonExamples, 'Small');
export const Large: Story = example(buttonExamples, 'Large');

/** A disabled button cannot be activated. */
export const Disabled: Story = {
  ...example(buttonExamples, 'Disabled'),
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Complet' });
    await expect(button).toBeDisabled();
    await userEvent.click(button, { pointerEventsCheck: 0 });
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** While loading the button keeps its name and focus, says it is busy and ignores clicks. */
export const Loading: Story = {
  ...example(buttonExamples, 'Loading'),
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /Envoyer/ });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(button).toHaveFocus();
  },
};
export const WithIcon: Story = example(buttonExamples, 'With icon');

/** The label of an icon-only button is its accessible name. */
export const IconOnly: Story = {
  ...example(buttonExamples, 'Icon only'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Ajouter un atelier' })).toBeVisible();
  },
};
