import { FORMAT_IDS, TEMPLATE_IDS, type TemplateId, templates } from '@blason/templates';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { PartnerComparison } from './PartnerComparison.js';

const meta = {
  title: 'Templates/Côte à côte',
  component: PartnerComparison,
  tags: ['!autodocs', 'heavy'],
  argTypes: {
    template: { control: 'select', options: TEMPLATE_IDS },
    content: { control: 'object', description: 'Contenu du visuel, comme dans un fichier de campagne' },
    partners: { control: 'object', description: 'Les deux partenaires comparés' },
    formats: { control: 'check', options: FORMAT_IDS, description: 'Formats à afficher (tous si aucun)' },
  },
} satisfies Meta<typeof PartnerComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agglomeration and the tourist office: one brand, two voices. */
const PARTNERS = ['capso', 'office-tourisme'] as const;

/** Waits for the engine, then checks both partners' visuals were drawn with their alternative text. */
const rendersBothPartners: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const status = canvas.getByRole('status');
  await waitFor(() => expect(status).not.toHaveTextContent('Rendu en cours'), { timeout: 120_000 });
  await expect(status).toHaveTextContent('visuels rendus');
  const images = canvas.getAllByRole('img');
  await expect(images.length).toBe(FORMAT_IDS.length * PARTNERS.length);
  for (const image of images) await expect(image).toHaveAttribute('alt');
};

const byTemplate = (template: TemplateId): Story => ({
  args: { template, content: templates[template].example, partners: PARTNERS },
  play: rendersBothPartners,
});

export const Evenement: Story = { ...byTemplate('evenement'), name: 'Événement' };
export const ChiffresCles: Story = { ...byTemplate('chiffres-cles'), name: 'Chiffres clés' };
export const Citation: Story = { ...byTemplate('citation'), name: 'Citation' };
export const Actualite: Story = { ...byTemplate('actualite'), name: 'Actualité' };
export const OffreThematique: Story = { ...byTemplate('offre-thematique'), name: 'Offre thématique' };
