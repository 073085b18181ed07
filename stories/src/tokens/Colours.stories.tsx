import type { Meta, StoryObj } from '@storybook/react-vite';
import { ColourPalette, Palettes } from './ColourPalette.js';

const meta = {
  title: 'Tokens/Colours',
  component: ColourPalette,
  tags: ['!autodocs', 'visual'],
} satisfies Meta<typeof ColourPalette>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Semantic colours with CSS variable, hex, CMYK and WCAG contrast against the surfaces. */
export const Semantic: Story = {};

/** Core ramps the semantic colours alias. */
export const Ramps: Story = { render: () => <Palettes /> };
