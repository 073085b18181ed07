import { Header } from '@blason/react';
import { headerExamples } from '@blason/react/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { example } from './example.js';
import { partnerIdentity, sharedBrand } from './partner.js';

const meta = {
  title: 'Components/Header',
  component: Header,
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page's current section is marked `aria-current="page"` in the navigation. */
export const SharedBrand: Story = {
  ...example(headerExamples, 'Shared brand'),
  play: async ({ canvasElement }) => {
    const navigation = within(canvasElement).getByRole('navigation', { name: 'Navigation principale' });
    await expect(within(navigation).getByRole('link', { name: 'Agenda' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};
export const CoBrandedCAPSO: Story = example(headerExamples, 'Co-branded, CAPSO');
export const WithoutNavigation: Story = example(headerExamples, 'Without navigation');

/** Co-branded with the partner chosen in the toolbar (names from its partner metadata file). */
export const ToolbarPartner: Story = {
  ...example(headerExamples, 'Shared brand'),
  name: 'Toolbar partner',
  tags: ['visual', 'visual-dark'],
  render: (args, { globals }) => (
    <Header {...args} brand={sharedBrand} partner={partnerIdentity(globals.partner)} />
  ),
};
