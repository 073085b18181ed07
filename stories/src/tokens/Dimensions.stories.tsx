import type { Meta, StoryObj } from '@storybook/react-vite';
import { Dimensions } from './Dimensions.js';

const meta = {
  title: 'Tokens/Spacing, radii, shadows',
  component: Dimensions,
  tags: ['!autodocs', 'visual'],
} satisfies Meta<typeof Dimensions>;

export default meta;

/** Spacing, radii, border widths, shadows and control/icon sizes. */
export const All: StoryObj<typeof meta> = {};
