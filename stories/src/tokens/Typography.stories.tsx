import type { Meta, StoryObj } from '@storybook/react-vite';
import { TypeScale } from './TypeScale.js';

const meta = {
  title: 'Tokens/Typography',
  component: TypeScale,
  tags: ['!autodocs', 'visual'],
} satisfies Meta<typeof TypeScale>;

export default meta;

/** Text styles, families, size scale, weights, line heights and letter spacing in the brand fonts. */
export const Scale: StoryObj<typeof meta> = {};
