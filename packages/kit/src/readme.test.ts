import { expect, test } from 'vitest';
import type { KitFile } from './manifest.js';
import { kitReadme } from './readme.js';

const file = (path: string, section: KitFile['section']): KitFile => ({
  path,
  section,
  mediaType: 'image/png',
  bytes: 1,
  sha256: '0'.repeat(64),
});

const input = {
  brandName: 'Pays de Saint-Omer',
  partner: {
    id: 'capso',
    officialName: 'Communauté d’agglomération du Pays de Saint-Omer',
    article: 'la' as const,
    website: 'https://capso.example',
    contactLine:
      'Communauté d’agglomération du Pays de Saint-Omer – 62219 Longuenesse – contact@capso.example',
    sharedBrand: false,
  },
  brandContact: 'Pays de Saint-Omer – marque d’attractivité partagée – bonjour@pays-de-saint-omer.example',
  files: [file('visuals/a.png', 'visual'), file('visuals/b.png', 'visual'), file('print/a3.pdf', 'print')],
  illustrative: true,
};

test('lists only the sections present, with their file counts', () => {
  const readme = kitReadme(input);
  expect(readme).toContain('Visuels pour les réseaux sociaux et le web (`visuals/`, 2 fichiers)');
  expect(readme).toContain('Affiches à imprimer (`print/`, 1 fichier)');
  expect(readme).not.toContain('Logos et blocs-marque');
});

test('says plainly that a sample brand is illustrative, and not otherwise', () => {
  expect(kitReadme(input)).toContain('Marque d’exemple');
  expect(kitReadme({ ...input, illustrative: false })).not.toContain('Marque d’exemple');
});

test('states logo rules when given', () => {
  const readme = kitReadme({
    ...input,
    logoRules: { clearSpace: 'la hauteur du « P »', minSizeScreen: '120 px', minSizePrint: '25 mm' },
  });
  expect(readme).toContain('Taille minimale : 120 px à l’écran, 25 mm à l’impression.');
});

test('names the partner with its article, from partner data', () => {
  const readme = kitReadme(input);
  expect(readme).toContain('en co-signature avec la Communauté d’agglomération du Pays de Saint-Omer.');
  const office = {
    ...input.partner,
    officialName: 'Office de tourisme du Pays de Saint-Omer',
    article: 'l’' as const,
  };
  expect(kitReadme({ ...input, partner: office })).toContain('en co-signature avec l’Office de tourisme');
});

test('the shared brand’s own kit co-signs with no one', () => {
  const shared = {
    ...input.partner,
    id: 'territoire',
    officialName: 'Pays de Saint-Omer',
    article: 'le' as const,
    sharedBrand: true,
  };
  const readme = kitReadme({ ...input, partner: shared });
  expect(readme).not.toMatch(/co-signature|avec (le )?Pays de Saint-Omer/);
  expect(readme).toContain('# Kit de marque Pays de Saint-Omer\n');
});

test('the contact line is printed once, without repeating the name', () => {
  const readme = kitReadme(input);
  const contact = readme.slice(readme.indexOf('## Contact'));
  expect(contact.split('Communauté d’agglomération du Pays de Saint-Omer')).toHaveLength(2);
  expect(contact).toContain('bonjour@pays-de-saint-omer.example');
});

test('gives advice that works with only the zip: no command to run, whom to write to', () => {
  const readme = kitReadme({ ...input, files: [...input.files, file('glossary/glossary.html', 'glossary')] });
  expect(readme).not.toMatch(/npx|blason lint|npm /);
  expect(readme).toContain('écrivez à l’équipe de la marque');
});
