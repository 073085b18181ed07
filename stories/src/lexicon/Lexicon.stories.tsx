import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { GlossaryExplorer } from './GlossaryExplorer.js';
import { LintPlayground } from './LintPlayground.js';

const meta = {
  title: 'Lexicon',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Search the glossary, filter by kind, partner and channel; each entry shows what to write and what to avoid. */
export const Glossary: Story = {
  render: () => <GlossaryExplorer />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Rechercher'), 'saint omer');
    await expect(canvas.getByRole('heading', { name: 'Pays de Saint-Omer', level: 3 })).toBeVisible();
    await userEvent.clear(canvas.getByLabelText('Rechercher'));
    await userEvent.type(canvas.getByLabelText('Rechercher'), 'zzz introuvable');
    await expect(canvas.getByRole('status')).toHaveTextContent('Aucune entrée ne correspond.');
  },
};

const sample = [
  'Le congrès des maires organisé cette semaine au Pays de St-Omer est l’occasion de saluer les élus.',
  'Nous organisons un workshop sur le marketing territorial : inscrivez-vous vite !',
].join('\n');

/** A text with a misspelt brand name, an anglicism and French spacing to fix. */
export const LintPlaygroundStory: Story = {
  name: 'Lint playground',
  render: () => <LintPlayground initialText={sample} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const findings = within(canvas.getByRole('list', { name: 'Remarques du correcteur' })).getAllByRole(
      'listitem',
    );
    await expect(findings.length).toBeGreaterThan(0);
    const fixed = canvas.getByTestId('lint-fixed');
    await expect(fixed).toHaveTextContent('Pays de Saint-Omer');
    await expect(fixed).not.toHaveTextContent('St-Omer');
  },
};

/** Typing a clean sentence clears every finding. */
export const LintCleanText: Story = {
  name: 'Lint playground, clean text',
  render: () => <LintPlayground initialText="" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      canvas.getByLabelText('Votre texte'),
      'Le Pays de Saint-Omer accueille ses partenaires.',
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('Aucune remarque');
  },
};
