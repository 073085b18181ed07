import { FORMAT_IDS, TEMPLATE_IDS, type TemplateId, templates } from '@blason/templates';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { PartnerComparison } from './PartnerComparison.js';
import { sampleCampaign } from './sample-campaigns.js';

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

/** Also checks that the photo-led compositions were chosen: their alt text describes the photo. */
const rendersPhotoLed: Story['play'] = async (context) => {
  await rendersBothPartners?.(context);
  const images = within(context.canvasElement).getAllByRole('img');
  const withPhoto = images.filter((image) => image.getAttribute('alt')?.includes('Photo'));
  await expect(withPhoto.length).toBeGreaterThan(0);
};

/**
 * A sample campaign of `assets/campaigns/` with a photo: the template's photo-led compositions
 * beside its colour-led ones (squares, and formats where the content needs the photo's room).
 */
const byCampaign = (id: string): Story => ({
  args: { ...sampleCampaign(id), partners: PARTNERS },
  play: rendersPhotoLed,
});

export const EvenementPhoto: Story = {
  ...byCampaign('atelier-marketing-territorial'),
  name: 'Événement avec photo',
};
export const ChiffresClesPhoto: Story = {
  ...byCampaign('marais-chiffres'),
  name: 'Chiffres clés avec photo',
};
export const CitationPhoto: Story = { ...byCampaign('citation-elue'), name: 'Citation avec photo' };
