import { PartnerLogo } from '@blason/react';
import { partnerLogoExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';
import { partnerIdentity } from './partner.js';

const meta = {
  title: 'Components/PartnerLogo',
  component: PartnerLogo,
} satisfies Meta<typeof PartnerLogo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Wordmark: Story = example(partnerLogoExamples, 'Wordmark');
export const WordmarkNameOnly: Story = example(partnerLogoExamples, 'Wordmark, name only');
export const LogoFile: Story = example(partnerLogoExamples, 'Logo file');

/** The partner chosen in the toolbar, from its partner metadata file. */
export const ToolbarPartner: Story = {
  ...example(partnerLogoExamples, 'Wordmark'),
  name: 'Toolbar partner',
  render: (args, { globals }) => <PartnerLogo {...args} partner={partnerIdentity(globals.partner)} />,
};
