import { CoBrandingLockup } from '@blason/react';
import { coBrandingLockupExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { example } from './example.js';
import { partnerIdentity, sharedBrand } from './partner.js';

const meta = {
  title: 'Components/CoBrandingLockup',
  component: CoBrandingLockup,
} satisfies Meta<typeof CoBrandingLockup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SharedBrandAlone: Story = example(coBrandingLockupExamples, 'Shared brand alone');
export const TwoLinePartner: Story = example(coBrandingLockupExamples, 'Two-line partner');
export const Vertical: Story = example(coBrandingLockupExamples, 'Vertical');
export const LinkToHome: Story = example(coBrandingLockupExamples, 'Link to home');

/** The partner chosen in the toolbar, from its partner metadata file. */
export const ToolbarPartner: Story = {
  ...example(coBrandingLockupExamples, 'Shared brand alone'),
  name: 'Toolbar partner',
  tags: ['visual'],
  render: (args, { globals }) => (
    <CoBrandingLockup {...args} brand={sharedBrand} partner={partnerIdentity(globals.partner)} />
  ),
};
