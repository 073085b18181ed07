import type { Meta, StoryObj } from '@storybook/react-vite';
import { Axes } from './Axes.js';

const meta = {
  title: 'Tokens/Thematic axes',
  component: Axes,
  tags: ['!autodocs', 'visual', 'visual-dark'],
} satisfies Meta<typeof Axes>;

export default meta;

/** The six axes with their pictograms and colour pairs. */
export const All: StoryObj<typeof meta> = {};
