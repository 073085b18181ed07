import { FORMAT_IDS, TEMPLATE_IDS, type TemplateId, templates } from '@blason/templates';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { sampleCampaign } from './sample-campaigns.js';
import { TemplateGallery } from './TemplateGallery.js';

const meta = {
  title: 'Templates',
  component: TemplateGallery,
  tags: ['!autodocs', 'heavy'],
  argTypes: {
    template: { control: 'select', options: TEMPLATE_IDS },
    content: { control: 'object', description: 'Contenu du visuel, comme dans un fichier de campagne' },
    showSafeZones: { control: 'boolean', description: 'Afficher les zones de sécurité' },
    formats: { control: 'check', options: FORMAT_IDS, description: 'Formats à afficher (tous si aucun)' },
  },
} satisfies Meta<typeof TemplateGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the engine, then checks every format was drawn with its alternative text. */
const rendersEveryFormat: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const status = canvas.getByRole('status');
  await waitFor(() => expect(status).not.toHaveTextContent('Rendu en cours'), { timeout: 60_000 });
  await expect(status).toHaveTextContent('formats rendus');
  for (const image of canvas.getAllByRole('img')) await expect(image).toHaveAttribute('alt');
};

const byTemplate = (template: TemplateId): Story => ({
  name: templates[template].label,
  args: { template, content: templates[template].example, showSafeZones: false },
  play: rendersEveryFormat,
});

export const Evenement: Story = { ...byTemplate('evenement'), name: 'Événement' };
export const ChiffresCles: Story = { ...byTemplate('chiffres-cles'), name: 'Chiffres clés' };
export const Citation: Story = { ...byTemplate('citation'), name: 'Citation' };
export const Actualite: Story = { ...byTemplate('actualite'), name: 'Actualité' };
export const OffreThematique: Story = { ...byTemplate('offre-thematique'), name: 'Offre thématique' };

/** The safe zone of every format, from the format tokens, over the visual. */
export const SafeZones: Story = {
  name: 'Zones de sécurité',
  args: { template: 'evenement', content: templates.evenement.example, showSafeZones: true },
  play: rendersEveryFormat,
};

/** A sample campaign of `assets/campaigns/`, exactly as `npm run kit` renders it. */
export const SampleCampaign: Story = {
  name: 'Campagne d’exemple',
  args: sampleCampaign('journee-formation-mandat'),
  play: rendersEveryFormat,
};

/** A quote over its length budget: the render refuses it, names the field and says by how much. */
export const TextTooLong: Story = {
  name: 'Texte trop long',
  args: {
    template: 'citation',
    content: { ...templates.citation.example, quote: 'Nous voulons travailler ensemble. '.repeat(8).trim() },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('en erreur'), {
      timeout: 60_000,
    });
    const alerts = canvas.getAllByRole('alert');
    await expect(alerts.length).toBeGreaterThan(0);
    await expect(alerts[0]).toHaveTextContent('content.quote');
    await expect(alerts[0]).toHaveTextContent('raccourcir');
  },
};
