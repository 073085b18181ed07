import { Footer } from '@blason/react';
import { footerExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';
import { partnerIdentity, sharedBrand } from './partner.js';

const meta = {
  title: 'Components/Footer',
  component: Footer,
} satisfies Meta<typeof Footer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CoBrandedCAPSO: Story = example(footerExamples, 'Co-branded, CAPSO');
export const SharedBrand: Story = example(footerExamples, 'Shared brand');

/** Co-branded with the partner chosen in the toolbar (contact line from its metadata file). */
export const ToolbarPartner: Story = {
  ...example(footerExamples, 'Co-branded, CAPSO'),
  name: 'Toolbar partner',
  render: (args, { globals }) => (
    <Footer {...args} brand={sharedBrand} partner={partnerIdentity(globals.partner)} />
  ),
};
