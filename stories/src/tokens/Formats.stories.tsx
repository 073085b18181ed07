import type { Meta, StoryObj } from '@storybook/react-vite';
import { Formats } from './Formats.js';

const meta = {
  title: 'Tokens/Formats and safe zones',
  component: Formats,
  tags: ['!autodocs', 'visual'],
} satisfies Meta<typeof Formats>;

export default meta;

/** Screen and print formats drawn to scale with their safe zones. */
export const All: StoryObj<typeof meta> = {};
